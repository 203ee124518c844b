import Foundation

/// The default ``ArticleAnalyzer``: tags the article with an injected ``MentionTagger``,
/// splits it into sentences, resolves mentions into entities and extracts typed relations.
///
/// ```swift
/// let builder = GraphBuilder(tagger: myTagger)              // the Text layer's SentenceSplitter
/// let graph = GraphBuilder(tagger: myTagger) { text in      // or any splitter
///     [0..<text.unicodeScalars.count]
/// }
/// let graph = builder.analyze(article)
/// ```
public struct GraphBuilder: ArticleAnalyzer {
    public typealias SentenceSplitting = @Sendable (String) -> [Range<Int>]

    private let tagger: any MentionTagger
    private let splitSentences: SentenceSplitting
    private let resolver: EntityResolver
    private let extractor: RelationExtractor

    /// - Parameters:
    ///   - tagger: finds mentions in the article text.
    ///   - gazetteer: countries and cities (the shipped one by default).
    ///   - organizations: the curated table of well-known organizations.
    ///   - sentenceSplitter: sentence ranges in Unicode-scalar offsets, end exclusive.
    public init(tagger: any MentionTagger, gazetteer: PlaceGazetteer = .shared, organizations: OrganizationTable = .shared,
                sentenceSplitter: @escaping SentenceSplitting = { SentenceSplitter().split($0).map(\.range) }) {
        self.tagger = tagger
        self.splitSentences = sentenceSplitter
        self.resolver = EntityResolver(gazetteer: gazetteer, organizations: organizations)
        self.extractor = RelationExtractor(gazetteer: gazetteer)
    }

    public func analyze(_ article: Article) -> ArticleGraph {
        let text = article.text
        return analyze(text: text, mentions: tagger.mentions(in: text), published: article.published)
    }

    /// Builds the graph of a text whose mentions are already known (gold mentions, tests).
    public func analyze(text: String, mentions: [Mention], published: Date? = nil) -> ArticleGraph {
        let scalars = ScalarText(text)
        let sentences = splitSentences(text).filter { $0.lowerBound >= 0 && $0.upperBound <= scalars.count }
        let document = resolver.resolve(text: text, mentions: mentions, sentences: sentences)
        let (entities, relations, map) = extractor.extract(text: scalars, sentences: sentences, document: document, published: published)
        let resolvedMentions = mentions.enumerated().map { index, mention in
            ResolvedMention(mention: mention, entity: document.mentionEntity[index].flatMap { map[$0] })
        }
        return ArticleGraph(entities: entities, relations: relations, mentions: resolvedMentions)
    }
}
