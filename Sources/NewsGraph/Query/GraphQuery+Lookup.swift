import GRDB

/// Finding an entity by what a user types.
extension GraphQuery {
    /// The entity a user means by `name`: its name or any alias, ignoring case, accents,
    /// width and punctuation (``EntityKey/fold(_:)``); `#42` picks entity 42.
    ///
    /// When one entity has the name itself and others only have it as an alias, the name
    /// wins ("Jordan" the country over "Michael Jordan"), unless another entity was called so
    /// more often than the named one was mentioned ("Trump", an organization the tagger made
    /// up in 17 mentions, against "Donald Trump", called "Trump" 98 times): then, as with
    /// several matches, the name is ambiguous and the candidates are listed.
    /// - Throws: ``QueryError/ambiguous(name:candidates:)`` or ``QueryError/notFound(name:suggestions:)``.
    public func entity(named name: String) throws -> EntitySummary {
        let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
        return try read { db in
            if trimmed.hasPrefix("#"), let id = Int64(trimmed.dropFirst()) {
                guard let row = try Row.fetchOne(db, sql: "SELECT \(Self.summaryColumns) FROM entities e WHERE e.id = ?", arguments: [id]) else {
                    throw QueryError.notFound(name: trimmed, suggestions: [])
                }
                return Self.summary(row)
            }
            let folded = EntityKey.fold(trimmed)
            guard !folded.isEmpty else { throw QueryError.notFound(name: trimmed, suggestions: []) }
            let keys = EntityKind.allCases.map { EntityKey(kind: $0, name: trimmed).key }
            let byName = try Row.fetchAll(db, sql: """
                SELECT \(Self.summaryColumns) FROM entities e WHERE e.key IN (\(keys.map { _ in "?" }.joined(separator: ",")))
                ORDER BY e.mention_count DESC, e.id
                """, arguments: StatementArguments(keys)).map(Self.summary)
            let aliasRows = try Row.fetchAll(db, sql: """
                SELECT \(Self.summaryColumns), max(a.count) AS alias_count FROM aliases a JOIN entities e ON e.id = a.entity_id
                WHERE a.key = ? GROUP BY e.id ORDER BY e.mention_count DESC, e.id LIMIT 50
                """, arguments: [folded])
            let byAlias = aliasRows.map(Self.summary)
            if byName.count == 1 {
                let named = byName[0]
                let outweighed = aliasRows.contains { row in
                    Self.summary(row).id != named.id && (row["alias_count"] as Int? ?? 0) > named.mentions
                }
                if !outweighed { return named }
            }
            var candidates = byName
            for entity in byAlias where !candidates.contains(entity) { candidates.append(entity) }
            if candidates.count == 1 { return candidates[0] }
            if candidates.count > 1 {
                // Most mentioned first: the likeliest meaning heads the list.
                let ranked = candidates.enumerated().sorted { ($0.element.mentions, -$0.offset) > ($1.element.mentions, -$1.offset) }.map(\.element)
                throw QueryError.ambiguous(name: trimmed, candidates: ranked)
            }
            throw QueryError.notFound(name: trimmed, suggestions: try suggestions(db, folded: folded))
        }
    }

    /// Entities whose name or alias is close to `folded`: same start, containing a word of
    /// it, or within a few edits; ranked by edit distance, then by mentions.
    func suggestions(_ db: Database, folded: String, limit: Int = 5) throws -> [EntitySummary] {
        let words = folded.split(separator: " ").filter { $0.count >= 3 }.map(String.init)
        var conditions = ["a.key LIKE ? ESCAPE '\\'"]
        var arguments: [any DatabaseValueConvertible] = [Self.likePrefix(String(folded.prefix(2)))]
        for word in words.prefix(4) {
            conditions.append("instr(a.key, ?) > 0")
            arguments.append(word)
        }
        let rows = try Row.fetchAll(db, sql: """
            SELECT \(Self.summaryColumns), a.key AS alias_key FROM aliases a JOIN entities e ON e.id = a.entity_id
            WHERE \(conditions.joined(separator: " OR ")) LIMIT 5000
            """, arguments: StatementArguments(arguments))
        var best: [Int64: (distance: Int, entity: EntitySummary)] = [:]
        for row in rows {
            let entity = Self.summary(row)
            let key: String = row["alias_key"]
            var distance = EditDistance.between(folded, key)
            // A containing name ("putin" in "vladimir putin") is as good as a small typo.
            if key.contains(folded) || words.contains(where: key.contains) { distance = min(distance, 2) }
            if distance <= max(2, folded.count / 3), distance < best[entity.id]?.distance ?? .max {
                best[entity.id] = (distance, entity)
            }
        }
        return best.values.sorted {
            ($0.distance, -$0.entity.mentions, $0.entity.id) < ($1.distance, -$1.entity.mentions, $1.entity.id)
        }.prefix(limit).map(\.entity)
    }

    /// Entities whose name or alias contains `text` (folded), most mentioned first.
    public func search(_ text: String, kinds: Set<EntityKind> = [], limit: Int = 20) throws -> [EntitySummary] {
        let folded = EntityKey.fold(text)
        guard !folded.isEmpty else { return [] }
        let kindFilter = kinds.isEmpty ? "" : "AND e.kind IN (\(kinds.map { "'\($0.rawValue)'" }.sorted().joined(separator: ",")))"
        return try read { db in
            try Row.fetchAll(db, sql: """
                SELECT \(Self.summaryColumns) FROM entities e WHERE e.id IN (
                    SELECT entity_id FROM aliases WHERE instr(key, ?) > 0
                    UNION SELECT id FROM entities WHERE instr(substr(key, instr(key, ':') + 1), ?) > 0)
                \(kindFilter)
                ORDER BY e.mention_count DESC, e.id LIMIT ?
                """, arguments: [folded, folded, max(0, limit)]).map(Self.summary)
        }
    }

    static func likePrefix(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
            .replacingOccurrences(of: "_", with: "\\_") + "%"
    }
}
