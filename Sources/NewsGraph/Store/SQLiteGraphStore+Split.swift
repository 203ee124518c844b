import Foundation
import GRDB

/// `newsgraph split NAME --alias ALIAS`: the reverse of a merge, for names that are
/// somebody else.
extension SQLiteGraphStore {
    /// Moves some aliases of entity `source` to a new entity, in one transaction.
    ///
    /// What moves, exactly: the alias rows (as user aliases of the new entity, so later
    /// articles naming them join it); the mention rows whose surface form folds to one of
    /// them; in each article, their share of the counts (from the per-article surface-form
    /// counts); and the evidence sentences that contain a moved mention and no remaining
    /// mention of `source` (their relation is re-created on the new entity). What stays:
    /// evidence sentences naming both forms (``SplitOutcome/evidenceAmbiguous``) and
    /// sentences with no stored mention of either (``SplitOutcome/evidenceUnattributed``).
    ///
    /// ```swift
    /// // "Jordan" was merged into the country, but some articles meant Michael Jordan.
    /// let outcome = try await store.splitEntity(jordanID, aliases: ["Michael Jordan", "MJ"], name: nil, kind: .person)
    /// ```
    /// - Parameters:
    ///   - name: the new entity's name; the first alias when nil.
    ///   - kind: the new entity's kind; the source's when nil.
    /// - Throws: ``CurationError`` (unknown alias, the source's own name, a name taken), ``StoreError``.
    public func splitEntity(_ source: Int64, aliases: [String], name: String? = nil, kind: EntityKind? = nil) async throws -> SplitOutcome {
        try await correct { db in
            let outcome = try Self.splitEntity(db, source: source, aliases: aliases, name: name, kind: kind)
            try Self.recordCorrection(db, action: "split", name: outcome.source.name, target: outcome.created.name,
                                      targetID: outcome.created.id, detail: outcome)
            return outcome
        }
    }

    static func splitEntity(_ db: Database, source: Int64, aliases requested: [String], name: String?, kind: EntityKind?) throws -> SplitOutcome {
        let entity = try summary(db, id: source)
        let ownFolded = EntityKey.fold(entity.name)
        let stored = try Row.fetchAll(db, sql: "SELECT alias, key FROM aliases WHERE entity_id = ? ORDER BY count DESC, alias", arguments: [source])
        var keys: [String] = []
        var moved: [String] = []
        for alias in requested {
            let folded = EntityKey.fold(alias)
            guard !folded.isEmpty else { throw CurationError.emptyName(alias) }
            if folded == ownFolded { throw CurationError.ownName(alias: alias, entity: entity) }
            guard let row = stored.first(where: { $0["key"] == folded }) else {
                throw CurationError.notAnAlias(alias: alias, entity: entity, aliases: stored.map { $0["alias"] })
            }
            if !keys.contains(folded) {
                keys.append(folded)
                moved.append(row["alias"])
            }
        }
        guard let first = requested.first else { throw CurationError.emptyName("") }
        let newName = (name ?? first).trimmingCharacters(in: .whitespacesAndNewlines)
        // The new name, when the source has it as an alias (a merge left it there), goes too.
        let newFolded = EntityKey.fold(newName)
        if !keys.contains(newFolded), newFolded != ownFolded, let row = stored.first(where: { $0["key"] == newFolded }) {
            keys.append(newFolded)
            moved.append(row["alias"])
        }
        let newKind = kind ?? entity.kind
        let newKey = EntityKey(kind: newKind, name: newName)
        guard !newKey.folded.isEmpty else { throw CurationError.emptyName(newName) }
        if let existing = try Int64.fetchOne(db, sql: "SELECT id FROM entities WHERE key = ?", arguments: [newKey.key]) {
            throw CurationError.entityExists(name: newName, existing: try summary(db, id: existing))
        }
        try db.execute(sql: "INSERT INTO entities (name, kind, key) VALUES (?, ?, ?)", arguments: [newName, newKind.rawValue, newKey.key])
        let created = db.lastInsertedRowID
        try db.execute(sql: "DELETE FROM entity_redirects WHERE key = ?", arguments: [newKey.key])
        // A merge sent these names to the source; from now on they mean the new entity.
        for key in keys {
            try db.execute(sql: "UPDATE entity_redirects SET entity_id = ? WHERE key = ? AND entity_id = ?",
                           arguments: [created, EntityKey(kind: entity.kind, name: key).key, source])
        }
        var outcome = SplitOutcome(source: entity, created: try summary(db, id: created), aliases: moved)

        let keySet = Set(keys)
        let placeholders = keys.map { _ in "?" }.joined(separator: ",")
        try db.execute(sql: "UPDATE aliases SET entity_id = ?, origin = 'user' WHERE entity_id = ? AND key IN (\(placeholders))",
                       arguments: StatementArguments([created, source] + keys))
        // The new entity's own name as a user alias too: it survives re-ingests that take back
        // every mention, and lookups by alias see it.
        try addUserAliasRow(db, alias: newName, entity: created)

        for row in try Row.fetchAll(db, sql: "SELECT id, text FROM mentions WHERE entity_id = ?", arguments: [source])
        where keySet.contains(EntityKey.fold(row["text"])) {
            try db.execute(sql: "UPDATE mentions SET entity_id = ? WHERE id = ?", arguments: [created, row["id"] as Int64])
            outcome.mentions += 1
        }

        for row in try Row.fetchAll(db, sql: "SELECT article_id, mention_count, aliases FROM article_entities WHERE entity_id = ?",
                                    arguments: [source]) {
            let counts = aliasCounts(row["aliases"])
            let share = counts.filter { keySet.contains(EntityKey.fold($0.key)) }
            guard !share.isEmpty else { continue }
            let rest = counts.filter { !keySet.contains(EntityKey.fold($0.key)) }
            let shareCount = share.values.reduce(0, +)
            let remaining = max(0, (row["mention_count"] as Int) - shareCount)
            let articleID: Int64 = row["article_id"]
            try db.execute(sql: "INSERT INTO article_entities (article_id, entity_id, mention_count, aliases) VALUES (?, ?, ?, ?)",
                           arguments: [articleID, created, shareCount, try aliasJSON(share)])
            if rest.isEmpty && remaining == 0 {
                try db.execute(sql: "DELETE FROM article_entities WHERE article_id = ? AND entity_id = ?", arguments: [articleID, source])
            } else {
                try db.execute(sql: "UPDATE article_entities SET mention_count = ?, aliases = ? WHERE article_id = ? AND entity_id = ?",
                               arguments: [remaining, try aliasJSON(rest), articleID, source])
            }
            outcome.articles += 1
        }

        try moveEvidence(db, from: source, to: created, outcome: &outcome)
        try recomputeEntity(db, id: source)
        try recomputeEntity(db, id: created)
        outcome.source = try summary(db, id: source)
        outcome.created = try summary(db, id: created)
        return outcome
    }

    /// Moves each evidence sentence of `from`'s relations that names only the new entity.
    private static func moveEvidence(_ db: Database, from source: Int64, to created: Int64, outcome: inout SplitOutcome) throws {
        let relations = try Row.fetchAll(db, sql: """
            SELECT id, subject_id, object_id, type, directed, attribute FROM relations WHERE subject_id = ?1 OR object_id = ?1 ORDER BY id
            """, arguments: [source])
        for relation in relations {
            let relationID: Int64 = relation["id"]
            let directed: Bool = relation["directed"]
            let attribute: String? = relation["attribute"]
            var subject: Int64 = relation["subject_id"] == source ? created : relation["subject_id"]
            var object: Int64 = relation["object_id"] == source ? created : relation["object_id"]
            if !directed && subject > object { swap(&subject, &object) }
            var target: Int64?
            for evidence in try Row.fetchAll(db, sql: "SELECT id, article_id, start_offset, end_offset FROM evidence WHERE relation_id = ?",
                                             arguments: [relationID]) {
                let names = try Row.fetchOne(db, sql: """
                    SELECT coalesce(sum(entity_id = ?), 0) AS old, coalesce(sum(entity_id = ?), 0) AS new FROM mentions
                    WHERE article_id = ? AND start_offset >= ? AND end_offset <= ?
                    """, arguments: [source, created, evidence["article_id"] as Int64, evidence["start_offset"] as Int, evidence["end_offset"] as Int])
                let old: Int = names?["old"] ?? 0
                let new: Int = names?["new"] ?? 0
                if new == 0 {
                    if old == 0 { outcome.evidenceUnattributed += 1 }
                    continue
                }
                if old > 0 {
                    outcome.evidenceAmbiguous += 1
                    continue
                }
                if target == nil {
                    target = try Self.relationID(db, subject: subject, object: object, type: relation["type"], directed: directed, attribute: attribute)
                    if target == nil {
                        try db.execute(sql: "INSERT INTO relations (subject_id, object_id, type, directed, attribute) VALUES (?, ?, ?, ?, ?)",
                                       arguments: [subject, object, relation["type"] as String, directed, attribute])
                        target = db.lastInsertedRowID
                    }
                }
                try db.execute(sql: "UPDATE evidence SET relation_id = ? WHERE id = ?", arguments: [target, evidence["id"] as Int64])
                outcome.evidenceMoved += 1
            }
            if let target {
                try recomputeRelation(db, id: target)
                try recomputeRelation(db, id: relationID)
            }
        }
    }
}
