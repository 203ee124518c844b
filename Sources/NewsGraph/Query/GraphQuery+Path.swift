import GRDB

/// Shortest paths.
extension GraphQuery {
    /// A shortest path from `start` to `goal` over relations passing `filter`'s relation
    /// filters (kinds are ignored: a path may go through anything), at most `maxHops` long.
    /// Among equally short paths, stronger relations are preferred hop by hop.
    ///
    /// Searches from both ends at once, always widening the smaller frontier, so the work
    /// stays far below a one-sided search around hubs.
    /// - Throws: ``QueryError/noPath(from:to:maxDepth:)`` when none is that short.
    public func path(from start: EntitySummary, to goal: EntitySummary, filter: NeighborFilter = NeighborFilter(),
                     maxHops: Int = 6) throws -> [PathHop] {
        if start.id == goal.id { return [] }
        return try read { db in
            // parent[x] = (the node x was reached from, the relation used)
            var forward: [Int64: (Int64, Int64)] = [start.id: (start.id, 0)]
            var backward: [Int64: (Int64, Int64)] = [goal.id: (goal.id, 0)]
            var forwardFrontier = [start.id]
            var backwardFrontier = [goal.id]
            var meeting: Int64?
            var hops = 0
            while meeting == nil && hops < maxHops && !forwardFrontier.isEmpty && !backwardFrontier.isEmpty {
                let expandForward = forwardFrontier.count <= backwardFrontier.count
                let frontier = expandForward ? forwardFrontier : backwardFrontier
                var next: [Int64] = []
                for (relation, from, to) in try adjacent(db, frontier, filter: filter) {
                    if expandForward {
                        guard forward[to] == nil else { continue }
                        forward[to] = (from, relation)
                        if backward[to] != nil { meeting = to; break }
                    } else {
                        guard backward[to] == nil else { continue }
                        backward[to] = (from, relation)
                        if forward[to] != nil { meeting = to; break }
                    }
                    next.append(to)
                }
                if expandForward { forwardFrontier = next } else { backwardFrontier = next }
                hops += 1
            }
            guard let meeting else { throw QueryError.noPath(from: start.name, to: goal.name, maxDepth: maxHops) }
            var chain: [(from: Int64, to: Int64, relation: Int64)] = []
            var node = meeting
            while node != start.id, let (parent, relation) = forward[node] {
                chain.insert((parent, node, relation), at: 0)
                node = parent
            }
            node = meeting
            while node != goal.id, let (parent, relation) = backward[node] {
                chain.append((node, parent, relation))
                node = parent
            }
            return try chain.map { step in try hop(db, step.from, step.to, relationID: step.relation) }
        }
    }

    /// (relation id, frontier end, other end) of every filtered relation at the frontier, strongest first.
    private func adjacent(_ db: Database, _ frontier: [Int64], filter: NeighborFilter) throws -> [(Int64, Int64, Int64)] {
        let (conditions, arguments) = filter.relationConditions()
        var result: [(Int64, Int64, Int64)] = []
        for offset in stride(from: 0, to: frontier.count, by: 400) {
            let chunk = Array(frontier[offset..<min(offset + 400, frontier.count)])
            let marks = chunk.map { _ in "?" }.joined(separator: ",")
            var values: [any DatabaseValueConvertible] = chunk
            values += arguments as [any DatabaseValueConvertible]
            values += chunk as [any DatabaseValueConvertible]
            values += arguments as [any DatabaseValueConvertible]
            let rows = try Row.fetchAll(db, sql: """
                SELECT r.id, r.subject_id AS here, r.object_id AS there, r.weight FROM relations r WHERE r.subject_id IN (\(marks))\(conditions)
                UNION ALL
                SELECT r.id, r.object_id, r.subject_id, r.weight FROM relations r WHERE r.object_id IN (\(marks))\(conditions)
                ORDER BY 4 DESC, 1
                """, arguments: StatementArguments(values))
            result += rows.map { ($0[0], $0[1], $0[2]) }
        }
        return result
    }

    private func hop(_ db: Database, _ from: Int64, _ to: Int64, relationID: Int64) throws -> PathHop {
        guard let row = try Row.fetchOne(db, sql: """
                SELECT r.subject_id, r.type, r.directed, r.weight,
                       (SELECT sentence FROM evidence WHERE relation_id = r.id ORDER BY published DESC, id DESC LIMIT 1) AS sentence
                FROM relations r WHERE r.id = ?
                """, arguments: [relationID]),
              let fromRow = try Row.fetchOne(db, sql: "SELECT \(Self.summaryColumns) FROM entities e WHERE e.id = ?", arguments: [from]),
              let toRow = try Row.fetchOne(db, sql: "SELECT \(Self.summaryColumns) FROM entities e WHERE e.id = ?", arguments: [to])
        else { throw StoreError(path: store.path, reason: .database("relation \(relationID) vanished during the query")) }
        let subject: Int64 = row["subject_id"]
        let directed: Bool = row["directed"]
        return PathHop(from: Self.summary(fromRow), to: Self.summary(toRow), relation: row["type"],
                       direction: directed ? (subject == from ? .outgoing : .incoming) : .undirected,
                       weight: row["weight"], evidence: row["sentence"], relationID: relationID)
    }
}
