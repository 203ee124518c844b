import GRDB

/// Entity lookup restricted to one kind, for corrections that say which entity they mean.
extension GraphQuery {
    /// ``entity(named:)``, but only entities of `kind` count when it is given: the entity
    /// with that name and kind, else the one with that alias and kind.
    /// - Throws: ``QueryError/ambiguous(name:candidates:)`` or ``QueryError/notFound(name:suggestions:)``.
    public func entity(named name: String, kind: EntityKind?) throws -> EntitySummary {
        guard let kind else { return try entity(named: name) }
        let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.hasPrefix("#") {
            let entity = try entity(named: trimmed)
            guard entity.kind == kind else { throw QueryError.notFound(name: "\(trimmed) (\(kind.rawValue))", suggestions: [entity]) }
            return entity
        }
        let key = EntityKey(kind: kind, name: trimmed)
        return try read { db in
            if let row = try Row.fetchOne(db, sql: "SELECT \(Self.summaryColumns) FROM entities e WHERE e.key = ?", arguments: [key.key]) {
                return Self.summary(row)
            }
            let byAlias = try Row.fetchAll(db, sql: """
                SELECT DISTINCT \(Self.summaryColumns) FROM aliases a JOIN entities e ON e.id = a.entity_id
                WHERE a.key = ? AND e.kind = ? ORDER BY e.mention_count DESC, e.id LIMIT 50
                """, arguments: [key.folded, kind.rawValue]).map(Self.summary)
            if byAlias.count == 1 { return byAlias[0] }
            if byAlias.count > 1 { throw QueryError.ambiguous(name: trimmed, candidates: byAlias) }
            let suggestions = key.folded.isEmpty ? [] : try suggestions(db, folded: key.folded).filter { $0.kind == kind }
            throw QueryError.notFound(name: "\(trimmed) (\(kind.rawValue))", suggestions: suggestions)
        }
    }
}
