/// One relation from a queried entity (or, deeper, from an entity on the way) to a neighbor.
public struct Neighbor: Sendable, Hashable, Codable {
    /// How the relation points, seen from the entity it was reached from.
    public enum Direction: String, Sendable, Hashable, Codable {
        /// from → neighbor (the entity is the subject).
        case outgoing
        /// neighbor → from (the entity is the object).
        case incoming
        /// A symmetric relation such as co_mention.
        case undirected

        /// "→", "←" or "—", for tables.
        public var arrow: String {
            switch self {
            case .outgoing: "→"
            case .incoming: "←"
            case .undirected: "—"
            }
        }
    }

    public var entity: EntitySummary
    /// Hops from the queried entity.
    public var depth: Int
    /// The entity this one was reached from (the queried one at depth 1).
    public var via: Int64
    public var relation: String
    /// A qualifier of the relation, such as the title in a role.
    public var attribute: String?
    public var direction: Direction
    /// Evidence sentences supporting the relation.
    public var weight: Int
    public var articles: Int
    /// `YYYY-MM-DD`.
    public var firstSeen: String?
    public var lastSeen: String?
    /// A sentence that supports the relation, from the most recently stored article.
    public var evidence: String?
    /// The store's relation id.
    public var relationID: Int64
}

/// The answer to a neighbors query.
public struct NeighborResult: Sendable, Hashable, Codable {
    public var entity: EntitySummary
    public var neighbors: [Neighbor]
    /// Relations of the entity itself that pass the filters, before `limit`. When filters are
    /// given, counting stops past 1,000 (see ``isTotalCapped``).
    public var totalDirect: Int

    /// True when counting ``totalDirect`` stopped early: there are more.
    public var isTotalCapped: Bool = false
}
