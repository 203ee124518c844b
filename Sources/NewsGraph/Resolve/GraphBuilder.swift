import Foundation

/// The default ``ArticleAnalyzer``: tags the article with an injected ``MentionTagger``,
/// splits it into sentences, resolves mentions into entities and extracts typed relations.
///
/// ```swift
/// let builder = GraphBuilder(tagger: myTagger)              // the tagger's own sentences
/// let graph = GraphBuilder(tagger: myTagger) { text in      // or any splitter
///     [0..<text.unicodeScalars.count]
/// }
/// let graph = builder.analyze(article)
/// ```
public struct GraphBuilder: ArticleAnalyzer {
    public typealias SentenceSplitting = @Sendable (String) -> [Range<Int>]

    private let tagger: any MentionTagger
    /// nil: the tagger's sentences (``MentionTagger/mentionsAndSentences(in:)``).
    private let splitSentences: SentenceSplitting?
    private let resolver: EntityResolver
    private let extractor: RelationExtractor

    /// - Parameters:
    ///   - tagger: finds mentions in the article text.
    ///   - gazetteer: countries and cities (the shipped one by default).
    ///   - organizations: the curated table of well-known organizations.
    ///   - sentenceSplitter: sentence ranges in Unicode-scalar offsets, end exclusive; by
    ///     default the tagger's own (``SentenceSplitter`` unless the tagger splits otherwise).
    public init(tagger: any MentionTagger, gazetteer: PlaceGazetteer = .shared, organizations: OrganizationTable = .shared,
                sentenceSplitter: SentenceSplitting? = nil) {
        self.tagger = tagger
        self.splitSentences = sentenceSplitter
        self.resolver = EntityResolver(gazetteer: gazetteer, organizations: organizations)
        self.extractor = RelationExtractor(gazetteer: gazetteer)
    }

    public func analyze(_ article: Article) -> ArticleGraph {
        let text = article.text
        if let splitSentences {
            return analyze(text: text, mentions: tagger.mentions(in: text), sentences: splitSentences(text), published: article.published)
        }
        if let tagger = tagger as? NamedEntityTagger {
            // The shipped tagger reads the scalars the resolver reads: decoded once.
            let scalars = ScalarText(text)
            let (mentions, sentences) = tagger.mentionsAndSentences(in: scalars)
            return analyze(scalars: scalars, mentions: mentions, sentences: sentences, published: article.published)
        }
        let (mentions, sentences) = tagger.mentionsAndSentences(in: text)
        return analyze(text: text, mentions: mentions, sentences: sentences, published: article.published)
    }

    /// Builds the graph of a text whose mentions are already known (gold mentions, tests).
    public func analyze(text: String, mentions: [Mention], published: Date? = nil) -> ArticleGraph {
        let sentences = splitSentences?(text) ?? SentenceSplitter().ranges(text)
        return analyze(text: text, mentions: mentions, sentences: sentences, published: published)
    }

    private func analyze(text: String, mentions: [Mention], sentences: [Range<Int>], published: Date?) -> ArticleGraph {
        analyze(scalars: ScalarText(text), mentions: mentions, sentences: sentences, published: published)
    }

    private func analyze(scalars: ScalarText, mentions: [Mention], sentences rawSentences: [Range<Int>], published: Date?) -> ArticleGraph {
        let sentences = rawSentences.filter { $0.lowerBound >= 0 && $0.upperBound <= scalars.count }
        let document = resolver.resolve(scalars, mentions: mentions, sentences: sentences)
        let (entities, relations, map) = extractor.extract(text: scalars, sentences: sentences, document: document, published: published)
        let resolvedMentions = mentions.enumerated().map { index, mention in
            ResolvedMention(mention: mention, entity: document.mentionEntity[index].flatMap { map[$0] })
        }
        return ArticleGraph(entities: entities, relations: relations, mentions: resolvedMentions)
    }
}
