import GRDB

/// Which neighbors a query returns. Every filter applies to every hop, so `--kind person
/// --depth 2` walks through people only.
public struct NeighborFilter: Sendable, Hashable {
    /// Hops from the entity (1 = direct neighbors).
    public var depth: Int
    /// Kinds of neighbor to keep; empty keeps all.
    public var kinds: Set<EntityKind>
    /// Relation types to follow ("co_mention", "spokesperson_of" …); empty follows all.
    public var relations: Set<String>
    /// Only relations last seen on or after this store date (see ``StoreDate/since(_:)``).
    public var since: String?
    /// Only relations with at least this weight (evidence sentences).
    public var minWeight: Double?
    /// Most rows to return.
    public var limit: Int

    public init(depth: Int = 1, kinds: Set<EntityKind> = [], relations: Set<String> = [], since: String? = nil,
                minWeight: Double? = nil, limit: Int = 20) {
        self.depth = max(1, depth)
        self.kinds = kinds
        self.relations = relations
        self.since = since
        self.minWeight = minWeight
        self.limit = max(0, limit)
    }

    /// SQL conditions on `relations r` for the relation filters, with their arguments.
    func relationConditions() -> (sql: String, arguments: [any DatabaseValueConvertibleSendable]) {
        var sql = ""
        var arguments: [any DatabaseValueConvertibleSendable] = []
        if !relations.isEmpty {
            sql += " AND r.type IN (\(relations.map { _ in "?" }.joined(separator: ",")))"
            arguments += relations.sorted() as [any DatabaseValueConvertibleSendable]
        }
        if let since {
            sql += " AND r.last_seen >= ?"
            arguments.append(since)
        }
        if let minWeight {
            sql += " AND r.weight >= ?"
            arguments.append(minWeight)
        }
        return (sql, arguments)
    }

    /// SQL condition on `entities e` for the kind filter.
    func kindCondition(_ alias: String = "e") -> String {
        kinds.isEmpty ? "" : " AND \(alias).kind IN (\(kinds.map { "'\($0.rawValue)'" }.sorted().joined(separator: ",")))"
    }
}

/// A database value that can cross concurrency domains with the filter.
public typealias DatabaseValueConvertibleSendable = DatabaseValueConvertible & Sendable
