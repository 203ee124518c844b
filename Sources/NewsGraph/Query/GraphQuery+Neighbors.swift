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
            var totalDirect = (count: 0, capped: false)
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
                    SELECT sentence FROM evidence WHERE relation_id = ? ORDER BY article_id DESC LIMIT 1
                    """, arguments: [rows[index].relationID])
            }
            return NeighborResult(entity: entity, neighbors: rows, totalDirect: totalDirect.count, isTotalCapped: totalDirect.capped)
        }
    }

    /// The relations at the frontier as `x`, joined to the entity at their far end as `e`.
    ///
    /// With a limit, each side (frontier as subject, as object) is read in weight order from
    /// the `relations_*_weight` indexes and stops after `limit` rows that pass the filters, so
    /// a hub with 20,000 relations costs about as much as an entity with 20. A count needs no
    /// entity join unless kinds are filtered.
    private func levelSQL(frontier: [Int64], filter: NeighborFilter, select: String, limit: Int?) -> (String, StatementArguments) {
        let (conditions, relationArguments) = filter.relationConditions()
        let placeholders = frontier.map { _ in "?" }.joined(separator: ",")
        let kinds = filter.kindCondition()
        let join = kinds.isEmpty && limit == nil ? "" : " JOIN entities e ON e.id = r.%@"
        func side(_ here: String, _ there: String, _ directed: String, index: String) -> String {
            let indexed = limit == nil ? "" : " INDEXED BY \(index)"
            // A count reads the index alone: any other column would visit every relation row.
            let columns = limit == nil ? "r.id AS rid" : """
                r.id AS rid, r.\(here) AS from_id, r.\(there) AS to_id,
                       CASE r.directed WHEN 1 THEN '\(directed)' ELSE 'undirected' END AS direction,
                       r.type, r.attribute, r.weight, r.article_count AS rel_articles, r.first_seen, r.last_seen, \(Self.summaryColumns)
                """
            var sql = """
                SELECT \(columns)
                FROM relations r\(indexed)\(join.isEmpty ? "" : join.replacingOccurrences(of: "%@", with: there))
                WHERE r.\(here) IN (\(placeholders))\(conditions)\(kinds)
                """
            if limit != nil { sql += " ORDER BY r.weight DESC, r.last_seen DESC LIMIT ?" }
            return "SELECT * FROM (\(sql))"
        }
        var arguments: [any DatabaseValueConvertible] = []
        for _ in 0..<2 {
            arguments += frontier as [any DatabaseValueConvertible]
            arguments += relationArguments as [any DatabaseValueConvertible]
            if let limit { arguments.append(limit) }
        }
        let union = side("subject_id", "object_id", "outgoing", index: "relations_subject_weight") + " UNION ALL "
            + side("object_id", "subject_id", "incoming", index: "relations_object_weight")
        var sql = "SELECT \(select) FROM (\(union)) x"
        if let limit {
            sql += " ORDER BY x.weight DESC, x.last_seen DESC, x.rid LIMIT ?"
            arguments.append(limit)
        }
        return (sql, StatementArguments(arguments))
    }

    /// Relations counted for the "N of M" header stop at ``countCap``: with filters, counting
    /// reads every relation row, which around a hub would cost more than the answer.
    static var countCap: Int { 1_000 }

    private func countLevel(_ db: Database, frontier: [Int64], filter: NeighborFilter) throws -> (count: Int, capped: Bool) {
        let (sql, arguments) = levelSQL(frontier: frontier, filter: filter, select: "1", limit: nil)
        let unfiltered = filter.kinds.isEmpty && filter.relations.isEmpty && filter.since == nil && filter.minWeight == nil
        // Without filters the count reads only the index, so it may be exact.
        let capped = unfiltered ? sql : sql + " LIMIT \(Self.countCap + 1)"
        let count = try Int.fetchOne(db, sql: "SELECT count(*) FROM (\(capped))", arguments: arguments) ?? 0
        return (count, !unfiltered && count > Self.countCap)
    }

    private func level(_ db: Database, frontier: [Int64], filter: NeighborFilter, limit: Int) throws -> [Neighbor] {
        let (sql, arguments) = levelSQL(frontier: frontier, filter: filter, select: "x.*", limit: limit)
        return try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
            Neighbor(entity: Self.summary(row), depth: 1, via: row["from_id"], relation: row["type"], attribute: row["attribute"],
                     direction: Neighbor.Direction(rawValue: row["direction"]) ?? .undirected, weight: row["weight"],
                     articles: row["rel_articles"], firstSeen: StoreDate.day(row["first_seen"]),
                     lastSeen: StoreDate.day(row["last_seen"]), evidence: nil, relationID: row["rid"])
        }
    }
}
