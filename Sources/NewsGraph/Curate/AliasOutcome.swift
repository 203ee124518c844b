/// What `alias NAME CANONICAL` changed.
public struct AliasOutcome: Sendable, Hashable, Codable {
    public var alias: String
    /// The canonical entity, after the change.
    public var target: EntitySummary
    /// True when NAME became a user alias of the target now (false: it was one already).
    public var added: Bool
    /// Set when NAME was an entity of its own, of the target's kind, and was merged in.
    public var merged: MergeOutcome?
    /// Other entities of the same kind that had NAME as a user alias and lost it (a later
    /// decision overrides an earlier one).
    public var reassignedFrom: [EntitySummary]
    /// Entities of other kinds named NAME: left alone (a user alias only applies to
    /// mentions of the target's kind); `merge` joins them if they are the same.
    public var otherKinds: [EntitySummary] = []

    /// False when the store already said exactly this.
    public var changed: Bool { added || merged != nil || !reassignedFrom.isEmpty }

    public init(alias: String, target: EntitySummary, added: Bool, merged: MergeOutcome? = nil, reassignedFrom: [EntitySummary] = []) {
        self.alias = alias
        self.target = target
        self.added = added
        self.merged = merged
        self.reassignedFrom = reassignedFrom
    }
}
