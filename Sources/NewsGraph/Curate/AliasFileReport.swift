/// What applying an aliases file did.
public struct AliasFileReport: Sendable, Hashable {
    /// A rule that changed the graph, and what it did.
    public struct Change: Sendable, Hashable {
        public var rule: AliasRule
        public var outcome: AliasOutcome
    }

    /// Rules that changed the graph.
    public var applied: [Change]
    /// Rules the graph already followed.
    public var unchanged: [AliasRule]
    /// Rules whose canonical entity is not in the graph yet; applied by a later run once an
    /// article names it.
    public var pending: [AliasRule]

    init(applied: [Change] = [], unchanged: [AliasRule] = [], pending: [AliasRule] = []) {
        self.applied = applied
        self.unchanged = unchanged
        self.pending = pending
    }

    /// "3 rules: 1 applied, 1 unchanged, 1 pending (canonical not in the graph yet)".
    public var summary: String {
        let total = applied.count + unchanged.count + pending.count
        var text = "\(total) rule\(total == 1 ? "" : "s"): \(applied.count) applied, \(unchanged.count) unchanged"
        if !pending.isEmpty { text += ", \(pending.count) pending (canonical not in the graph yet)" }
        return text
    }
}
