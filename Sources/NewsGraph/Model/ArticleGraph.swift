import Foundation

/// The kind of a node in the knowledge graph.
public enum EntityKind: String, Sendable, Hashable, Codable, CaseIterable {
    case person, organization, country, location, event, misc
}

/// An entity as resolved within one article, before it is merged into the stored graph.
public struct ResolvedEntity: Sendable, Hashable, Codable {
    /// The canonical name ("Vladimir Putin", "Russia", "National Security Council").
    public var name: String
    public var kind: EntityKind
    /// ISO 3166-1 alpha-2 code, for countries.
    public var isoCode: String?
    /// Every surface form seen in the article, with how often it was seen.
    public var aliases: [String: Int]
    /// Number of mentions in the article.
    public var mentions: Int
    /// For events: the day it happened (yyyy-MM-dd), from the sentence or the article's date.
    public var date: String?

    public init(name: String, kind: EntityKind, isoCode: String? = nil, aliases: [String: Int] = [:], mentions: Int = 0,
                date: String? = nil) {
        self.name = name
        self.kind = kind
        self.isoCode = isoCode
        self.aliases = aliases
        self.mentions = mentions
        self.date = date
    }
}

/// Where a relation was read: a sentence of the article, by offsets into ``Article/text``.
public struct Evidence: Sendable, Hashable, Codable {
    public var sentence: String
    /// Offsets of the sentence in the article text, Unicode scalars, end exclusive.
    public var start: Int
    public var end: Int

    public init(sentence: String, start: Int, end: Int) {
        self.sentence = sentence
        self.start = start
        self.end = end
    }
}

/// A typed edge between two entities of one article, with the sentence that justifies it.
public struct ResolvedRelation: Sendable, Hashable, Codable {
    /// Index into ``ArticleGraph/entities``.
    public var subject: Int
    /// Index into ``ArticleGraph/entities``.
    public var object: Int
    /// "co_mention", "ambassador_of", "spokesperson_of", "part_of", "accused" …
    public var type: String
    /// False for symmetric relations such as co_mention.
    public var directed: Bool
    /// An extra qualifier, such as the title in a role ("Ambassador").
    public var attribute: String?
    public var evidence: Evidence

    public init(subject: Int, object: Int, type: String, directed: Bool, attribute: String? = nil, evidence: Evidence) {
        self.subject = subject
        self.object = object
        self.type = type
        self.directed = directed
        self.attribute = attribute
        self.evidence = evidence
    }
}

/// A tagger mention and the index of the entity it resolved to (nil when the resolver dropped it).
public struct ResolvedMention: Sendable, Hashable, Codable {
    public var mention: Mention
    /// Index into ``ArticleGraph/entities``.
    public var entity: Int?

    public init(mention: Mention, entity: Int?) {
        self.mention = mention
        self.entity = entity
    }
}

/// What the analysis of one article produces: its entities and the relations between them.
/// The store merges it into the graph in one transaction.
public struct ArticleGraph: Sendable, Hashable, Codable {
    public var entities: [ResolvedEntity]
    public var relations: [ResolvedRelation]
    /// The tagger's mentions, each with the entity it resolved to.
    public var mentions: [ResolvedMention]

    public init(entities: [ResolvedEntity] = [], relations: [ResolvedRelation] = [], mentions: [ResolvedMention] = []) {
        self.entities = entities
        self.relations = relations
        self.mentions = mentions
    }

    public static let empty = ArticleGraph()
}

/// Turns an article into its graph: tagging, resolution and relation extraction.
/// The ingest pipeline depends on this seam only, so each stage can be swapped or tested alone.
public protocol ArticleAnalyzer: Sendable {
    func analyze(_ article: Article) -> ArticleGraph
}
