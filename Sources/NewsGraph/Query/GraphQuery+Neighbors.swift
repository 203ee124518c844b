import GRDB

/// Neighbors, level by level.
extension GraphQuery {
    /// The relations around `entity`, strongest first, breadth first up to `filter.depth` hops.
    ///
    /// Each level keeps at most the rows still allowed by `filter.limit`, and only the entities
    /// kept at one level are expanded at the next, so the work stays proportional to the
    /// answer even around hubs with tens of thousands of relations.
    ///
    /// - Complexity: one indexed query per level, plus one evidence lookup per returned row.
    public func neighbors(of entity: EntitySummary, _ filter: NeighborFilter = NeighborFilter()) throws -> NeighborResult {
        try read { db in
            var visited: Set<Int64> = [entity.id]
            var frontier: [Int64] = [entity.id]
            var rows: [Neighbor] = []
            var totalDirect = 0
            for depth in 1...filter.depth where !frontier.isEmpty && rows.count < filter.limit {
                if depth == 1 { totalDirect = try countLevel(db, frontier: frontier, filter: filter) }
                let remaining = filter.limit - rows.count
                // Fetch a margin over what is left: rows leading back to visited entities are skipped.
                let margin = remaining.addingReportingOverflow(visited.count + 16)
                let fetched = try level(db, frontier: frontier, filter: filter, limit: margin.overflow ? Int.max : margin.partialValue)
                var next: [Int64] = []
                var seenThisLevel: Set<Int64> = []
                for var neighbor in fetched where rows.count < filter.limit {
                    guard !visited.contains(neighbor.entity.id) else { continue }
                    neighbor.depth = depth
                    rows.append(neighbor)
                    if seenThisLevel.insert(neighbor.entity.id).inserted { next.append(neighbor.entity.id) }
                }
                visited.formUnion(next)
                frontier = next
            }
            for index in rows.indices {
                rows[index].evidence = try String.fetchOne(db, sql: """
                    SELECT sentence FROM evidence WHERE relation_id = ? ORDER BY published DESC, id DESC LIMIT 1
                    """, arguments: [rows[index].relationID])
            }
            return NeighborResult(entity: entity, neighbors: rows, totalDirect: totalDirect)
        }
    }

    /// The relations at the frontier as `x`, joined to the entity at their far end as `e`.
    /// Without a kind filter the join waits until after sorting and limiting, and a count
    /// needs no join at all: around hubs most of the work is then reading relations by index.
    private func levelSQL(frontier: [Int64], filter: NeighborFilter, select: String, limit: Int?) -> (String, StatementArguments) {
        let (conditions, relationArguments) = filter.relationConditions()
        let placeholders = frontier.map { _ in "?" }.joined(separator: ",")
        let relations = """
            SELECT r.id AS rid, r.subject_id AS from_id, r.object_id AS to_id, CASE r.directed WHEN 1 THEN 'outgoing' ELSE 'undirected' END AS direction,
                   r.type, r.attribute, r.weight, r.article_count, r.first_seen, r.last_seen
            FROM relations r WHERE r.subject_id IN (\(placeholders))\(conditions)
            UNION ALL
            SELECT r.id, r.object_id, r.subject_id, CASE r.directed WHEN 1 THEN 'incoming' ELSE 'undirected' END,
                   r.type, r.attribute, r.weight, r.article_count, r.first_seen, r.last_seen
            FROM relations r WHERE r.object_id IN (\(placeholders))\(conditions)
            """
        let order = " ORDER BY x.weight DESC, x.last_seen DESC, x.rid"
        var arguments: [any DatabaseValueConvertible] = frontier
        arguments += relationArguments as [any DatabaseValueConvertible]
        arguments += frontier as [any DatabaseValueConvertible]
        arguments += relationArguments as [any DatabaseValueConvertible]
        let sql: String
        switch (filter.kinds.isEmpty, limit) {
        case (true, nil):
            sql = "SELECT \(select) FROM (\(relations)) x"
        case (true, let limit?):
            sql = "SELECT \(select) FROM (SELECT * FROM (\(relations)) x\(order) LIMIT ?) x JOIN entities e ON e.id = x.to_id\(order)"
            arguments.append(limit)
        case (false, nil):
            sql = "SELECT \(select) FROM (\(relations)) x JOIN entities e ON e.id = x.to_id\(filter.kindCondition())"
        case (false, let limit?):
            sql = "SELECT \(select) FROM (\(relations)) x JOIN entities e ON e.id = x.to_id\(filter.kindCondition())\(order) LIMIT ?"
            arguments.append(limit)
        }
        return (sql, StatementArguments(arguments))
    }

    private func countLevel(_ db: Database, frontier: [Int64], filter: NeighborFilter) throws -> Int {
        let (sql, arguments) = levelSQL(frontier: frontier, filter: filter, select: "count(*)", limit: nil)
        return try Int.fetchOne(db, sql: sql, arguments: arguments) ?? 0
    }

    private func level(_ db: Database, frontier: [Int64], filter: NeighborFilter, limit: Int) throws -> [Neighbor] {
        let (sql, arguments) = levelSQL(frontier: frontier, filter: filter, select: "x.*, \(Self.summaryColumns)", limit: limit)
        return try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
            Neighbor(entity: Self.summary(row), depth: 1, via: row["from_id"], relation: row["type"], attribute: row["attribute"],
                     direction: Neighbor.Direction(rawValue: row["direction"]) ?? .undirected, weight: row["weight"],
                     articles: row["article_count"], firstSeen: StoreDate.day(row["first_seen"]),
                     lastSeen: StoreDate.day(row["last_seen"]), evidence: nil, relationID: row["rid"])
        }
    }
}
