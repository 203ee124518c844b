/// One step of a path between two entities, with the sentence that justifies it.
public struct PathHop: Sendable, Hashable, Codable {
    public var from: EntitySummary
    public var to: EntitySummary
    public var relation: String
    /// Seen from `from`: outgoing when `from` is the subject.
    public var direction: Neighbor.Direction
    public var weight: Int
    public var evidence: String?
    public var relationID: Int64
}
