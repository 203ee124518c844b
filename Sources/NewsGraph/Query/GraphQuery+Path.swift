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
            // parent[x] = (the node x was reached from, the relation used, summed weight from the end)
            var forward: [Int64: Step] = [start.id: Step(parent: start.id, relation: 0, strength: 0)]
            var backward: [Int64: Step] = [goal.id: Step(parent: goal.id, relation: 0, strength: 0)]
            var forwardFrontier = [start.id]
            var backwardFrontier = [goal.id]
            var meeting: Int64?
            var hops = 0
            while meeting == nil && hops < maxHops && !forwardFrontier.isEmpty && !backwardFrontier.isEmpty {
                let expandForward = forwardFrontier.count <= backwardFrontier.count
                let frontier = expandForward ? forwardFrontier : backwardFrontier
                var parents = expandForward ? forward : backward
                let others = expandForward ? backward : forward
                var next: [Int64] = []
                var discovered: Set<Int64> = []
                // A whole level is read before choosing, so among equally short paths the one
                // with the most evidence wins.
                for edge in try adjacent(db, frontier, filter: filter) {
                    let strength = (parents[edge.here]?.strength ?? 0) + edge.weight
                    if let known = parents[edge.there] {
                        if discovered.contains(edge.there) && strength > known.strength {
                            parents[edge.there] = Step(parent: edge.here, relation: edge.relation, strength: strength)
                        }
                        continue
                    }
                    parents[edge.there] = Step(parent: edge.here, relation: edge.relation, strength: strength)
                    discovered.insert(edge.there)
                    next.append(edge.there)
                }
                let total = { (id: Int64) in (parents[id]?.strength ?? 0) + (others[id]?.strength ?? 0) }
                meeting = next.filter { others[$0] != nil }.max { (total($0), -$0) < (total($1), -$1) }
                if expandForward {
                    forward = parents
                    forwardFrontier = next
                } else {
                    backward = parents
                    backwardFrontier = next
                }
                hops += 1
            }
            guard let meeting else { throw QueryError.noPath(from: start.name, to: goal.name, maxDepth: maxHops) }
            var chain: [(from: Int64, to: Int64, relation: Int64)] = []
            var node = meeting
            while node != start.id, let step = forward[node] {
                chain.insert((step.parent, node, step.relation), at: 0)
                node = step.parent
            }
            node = meeting
            while node != goal.id, let step = backward[node] {
                chain.append((node, step.parent, step.relation))
                node = step.parent
            }
            return try chain.map { step in try hop(db, step.from, step.to, relationID: step.relation) }
        }
    }

    private struct Step {
        var parent: Int64
        var relation: Int64
        var strength: Int
    }

    private struct Adjacent {
        var relation: Int64
        var here: Int64
        var there: Int64
        var weight: Int
    }

    /// Every filtered relation at the frontier, strongest first.
    private func adjacent(_ db: Database, _ frontier: [Int64], filter: NeighborFilter) throws -> [Adjacent] {
        let (conditions, arguments) = filter.relationConditions()
        var result: [Adjacent] = []
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
            result += rows.map { Adjacent(relation: $0[0], here: $0[1], there: $0[2], weight: $0[3]) }
        }
        return result
    }

    private func hop(_ db: Database, _ from: Int64, _ to: Int64, relationID: Int64) throws -> PathHop {
        guard let row = try Row.fetchOne(db, sql: """
                SELECT r.subject_id, r.type, r.directed, r.weight,
                       (SELECT sentence FROM evidence WHERE relation_id = r.id ORDER BY article_id DESC LIMIT 1) AS sentence
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
