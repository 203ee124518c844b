/// One row of `user_corrections`: a decision a user made (alias, merge or split).
public struct UserCorrection: Sendable, Hashable, Codable {
    public var id: Int64
    /// "alias", "merge" or "split".
    public var action: String
    /// The alias, the merged-away entity, or the entity split.
    public var name: String
    /// The canonical entity, the entity merged into, or the new entity.
    public var target: String
    public var targetID: Int64?
    /// JSON object: what moved.
    public var detail: String
    /// When, in the store's date format.
    public var created: String
}
