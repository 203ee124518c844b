import Foundation

/// An edge as the exporters see it: one relation between two stored entities, aggregated over
/// every article that supports it.
///
/// ```swift
/// let edge = GraphEdge(source: 1, target: 7, relation: "spokesperson_of", weight: 3,
///                      evidence: "Dmitry Peskov, the Kremlin spokesman, said …", articles: 3)
/// ```
public struct GraphEdge: Sendable, Hashable, Codable {
    /// ``GraphNode/id`` of the subject (or of either end when the edge is undirected).
    public var source: Int64
    /// ``GraphNode/id`` of the object.
    public var target: Int64
    /// "co_mention", "spokesperson_of", "ambassador_of" …
    public var relation: String
    /// Strength of the relation, usually the number of supporting sentences.
    public var weight: Double
    /// Publication date of the first and last article that supports the relation.
    public var firstSeen: Date?
    public var lastSeen: Date?
    /// One sentence that justifies the edge.
    public var evidence: String?
    /// Number of distinct articles that support the relation.
    public var articles: Int
    /// False for symmetric relations such as co_mention.
    public var directed: Bool

    /// The relation every pair of entities of one sentence gets; writers draw it plainly.
    public static let coMention = "co_mention"

    public init(source: Int64, target: Int64, relation: String, weight: Double = 1,
                firstSeen: Date? = nil, lastSeen: Date? = nil, evidence: String? = nil,
                articles: Int = 1, directed: Bool? = nil) {
        self.source = source
        self.target = target
        self.relation = relation
        self.weight = weight
        self.firstSeen = firstSeen
        self.lastSeen = lastSeen
        self.evidence = evidence
        self.articles = articles
        self.directed = directed ?? (relation != Self.coMention)
    }

    /// True for the untyped co-occurrence edge, which the DOT writer draws without a label.
    public var isCoMention: Bool { relation == Self.coMention }
}
