import GRDB

/// Streaming the selected graph into a writer.
extension GraphQuery {
    /// Writes the selected part of the graph to `writer` and finishes it; returns the counts.
    ///
    /// Entities and relations stream from database cursors; only the set of selected entity
    /// ids is held (when a selection needs one), so memory stays bounded by the node count.
    @discardableResult
    public func export(_ selection: ExportSelection, to writer: inout some GraphExportWriter) throws -> (nodes: Int, edges: Int) {
        let center = try selection.around.map { try entity(named: $0) }
        return try read { db in
            let filter = selection.filter
            var selected: Set<Int64>? = nil
            if let center {
                selected = try reachable(db, from: center.id, filter: filter)
            } else if selection.filtersRelations && selection.top == nil {
                selected = try endpoints(db, filter: filter)
            }
            if let top = selection.top {
                selected = try topByDegree(db, filter: filter, within: selected, count: top)
            }
            let nodes = try writeNodes(db, filter: filter, selected: selected, to: &writer)
            let edges = try writeEdges(db, filter: filter, selected: selected, to: &writer)
            try writer.finish()
            return (nodes, edges)
        }
    }

    /// Entities within `filter.depth` hops of `start` (itself included).
    private func reachable(_ db: Database, from start: Int64, filter: NeighborFilter) throws -> Set<Int64> {
        var seen: Set<Int64> = [start]
        var frontier = [start]
        let (conditions, arguments) = filter.relationConditions()
        for _ in 0..<filter.depth where !frontier.isEmpty {
            var next: [Int64] = []
            // Chunks keep the statement under SQLite's variable limit on wide frontiers.
            for chunk in stride(from: 0, to: frontier.count, by: 500).map({ Array(frontier[$0..<min($0 + 500, frontier.count)]) }) {
                let marks = chunk.map { _ in "?" }.joined(separator: ",")
                var values: [any DatabaseValueConvertible] = chunk
                values += arguments as [any DatabaseValueConvertible]
                values += chunk as [any DatabaseValueConvertible]
                values += arguments as [any DatabaseValueConvertible]
                let ids = try Int64.fetchAll(db, sql: """
                    SELECT x.id FROM (
                        SELECT r.object_id AS id FROM relations r WHERE r.subject_id IN (\(marks))\(conditions)
                        UNION SELECT r.subject_id FROM relations r WHERE r.object_id IN (\(marks))\(conditions)
                    ) x JOIN entities e ON e.id = x.id WHERE 1\(filter.kindCondition())
                    """, arguments: StatementArguments(values))
                for id in ids where seen.insert(id).inserted { next.append(id) }
            }
            frontier = next
        }
        return seen
    }

    /// Entities touched by a relation that passes the filters.
    private func endpoints(_ db: Database, filter: NeighborFilter) throws -> Set<Int64> {
        let (sql, arguments) = edgeSQL(filter: filter, columns: "r.subject_id, r.object_id")
        var ids: Set<Int64> = []
        let cursor = try Row.fetchCursor(db, sql: sql, arguments: arguments)
        while let row = try cursor.next() {
            ids.insert(row[0])
            ids.insert(row[1])
        }
        return ids
    }

    /// The `count` entities with the most filtered relations, among `within` when given.
    private func topByDegree(_ db: Database, filter: NeighborFilter, within: Set<Int64>?, count: Int) throws -> Set<Int64> {
        let (sql, arguments) = edgeSQL(filter: filter, columns: "r.subject_id, r.object_id")
        var degree: [Int64: Int] = [:]
        let cursor = try Row.fetchCursor(db, sql: sql, arguments: arguments)
        while let row = try cursor.next() {
            let a: Int64 = row[0]
            let b: Int64 = row[1]
            if let within, !within.contains(a) || !within.contains(b) { continue }
            degree[a, default: 0] += 1
            degree[b, default: 0] += 1
        }
        let ranked = degree.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
        return Set(ranked.prefix(max(0, count)).map(\.key))
    }

    /// Relations passing the filters, with both ends of an allowed kind.
    private func edgeSQL(filter: NeighborFilter, columns: String) -> (String, StatementArguments) {
        let (conditions, arguments) = filter.relationConditions()
        var sql = "SELECT \(columns) FROM relations r"
        if !filter.kinds.isEmpty {
            sql += " JOIN entities s ON s.id = r.subject_id JOIN entities o ON o.id = r.object_id"
        }
        sql += " WHERE 1\(conditions)\(filter.kindCondition("s"))\(filter.kindCondition("o")) ORDER BY r.id"
        return (sql, StatementArguments(arguments as [any DatabaseValueConvertible]))
    }

    private func writeNodes(_ db: Database, filter: NeighborFilter, selected: Set<Int64>?, to writer: inout some GraphExportWriter) throws -> Int {
        let entities = try Row.fetchCursor(db, sql: """
            SELECT e.id, e.name, e.kind, e.iso_code, e.mention_count FROM entities e WHERE 1\(filter.kindCondition()) ORDER BY e.id
            """)
        // Aliases arrive sorted by entity, so one pass over both cursors pairs them up.
        let aliases = try Row.fetchCursor(db, sql: "SELECT entity_id, alias FROM aliases ORDER BY entity_id, count DESC, alias")
        var pending: (id: Int64, alias: String)? = try aliases.next().map { ($0[0], $0[1]) }
        var count = 0
        while let row = try entities.next() {
            let id: Int64 = row[0]
            var names: [String] = []
            while let alias = pending, alias.id <= id {
                if alias.id == id { names.append(alias.alias) }
                pending = try aliases.next().map { ($0[0], $0[1]) }
            }
            if let selected, !selected.contains(id) { continue }
            try writer.writeNode(GraphNode(id: id, label: row[1], kind: EntityKind(rawValue: row[2]) ?? .misc,
                                           aliases: names, mentions: row[4], isoCode: row[3]))
            count += 1
        }
        return count
    }

    private func writeEdges(_ db: Database, filter: NeighborFilter, selected: Set<Int64>?, to writer: inout some GraphExportWriter) throws -> Int {
        let (sql, arguments) = edgeSQL(filter: filter, columns: """
            r.subject_id, r.object_id, r.type, r.directed, r.weight, r.first_seen, r.last_seen, r.article_count,
            (SELECT sentence FROM evidence WHERE relation_id = r.id ORDER BY article_id DESC LIMIT 1)
            """)
        let cursor = try Row.fetchCursor(db, sql: sql, arguments: arguments)
        var count = 0
        while let row = try cursor.next() {
            let source: Int64 = row[0]
            let target: Int64 = row[1]
            if let selected, !selected.contains(source) || !selected.contains(target) { continue }
            let first: String? = row[5]
            let last: String? = row[6]
            try writer.writeEdge(GraphEdge(source: source, target: target, relation: row[2], weight: row[4],
                                           firstSeen: first.flatMap(StoreDate.parse), lastSeen: last.flatMap(StoreDate.parse),
                                           evidence: row[8], articles: row[7], directed: row[3]))
            count += 1
        }
        return count
    }
}
