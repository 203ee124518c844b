import Foundation
import GRDB

/// `newsgraph merge A B`: one entity becomes another.
extension SQLiteGraphStore {
    /// Merges entity `source` into `target` in one transaction and deletes `source`.
    ///
    /// Mentions and article rows move (an article that named both gets one row, counts and
    /// surface forms added up); aliases move, and the source's name becomes a user alias of
    /// the target; relations are re-pointed, and where one then has the same identity as
    /// one of the target's (ends, type, attribute) the two become one, with their evidence
    /// together and weight, article count and dates recomputed from it (a sentence both
    /// had counts once); relations between the two are dropped. The source's key is
    /// redirected to the target, so a later article naming the source joins the target.
    ///
    /// ```swift
    /// let outcome = try await store.mergeEntity(putinID, into: vladimirPutinID)
    /// outcome.target.mentions // both entities' mentions
    /// ```
    /// - Throws: ``CurationError/sameEntity(name:entity:)``, ``CurationError/entityGone(id:)``, ``StoreError``.
    public func mergeEntity(_ source: Int64, into target: Int64) async throws -> MergeOutcome {
        try await correct { db in
            let outcome = try Self.mergeEntity(db, source: source, into: target)
            try Self.recordCorrection(db, action: "merge", name: outcome.source.name, target: outcome.target.name,
                                      targetID: target, detail: outcome)
            return outcome
        }
    }

    /// - Parameter userDecision: false for merges newsgraph decides itself (``joinSurnames()``):
    ///   the source's name then becomes an observed alias of the target, not a user one.
    static func mergeEntity(_ db: Database, source: Int64, into target: Int64, userDecision: Bool = true) throws -> MergeOutcome {
        let from = try summary(db, id: source)
        let into = try summary(db, id: target)
        guard source != target else { throw CurationError.sameEntity(name: from.name, entity: into) }
        var outcome = MergeOutcome(source: from, target: into)

        try db.execute(sql: "UPDATE mentions SET entity_id = ? WHERE entity_id = ?", arguments: [target, source])
        outcome.mentions = db.changesCount

        for row in try Row.fetchAll(db, sql: "SELECT article_id, mention_count, aliases FROM article_entities WHERE entity_id = ?",
                                    arguments: [source]) {
            let articleID: Int64 = row["article_id"]
            outcome.articles += 1
            if let existing = try Row.fetchOne(db.cachedStatement(sql: "SELECT mention_count, aliases FROM article_entities WHERE article_id = ? AND entity_id = ?"),
                                               arguments: [articleID, target]) {
                outcome.sharedArticles += 1
                var aliases = aliasCounts(existing["aliases"])
                for (alias, count) in aliasCounts(row["aliases"]) { aliases[alias, default: 0] += count }
                try db.execute(sql: "UPDATE article_entities SET mention_count = ?, aliases = ? WHERE article_id = ? AND entity_id = ?",
                               arguments: [(existing["mention_count"] as Int) + (row["mention_count"] as Int), try aliasJSON(aliases),
                                           articleID, target])
                try db.execute(sql: "DELETE FROM article_entities WHERE article_id = ? AND entity_id = ?", arguments: [articleID, source])
            } else {
                try db.executeCached(sql: "UPDATE article_entities SET entity_id = ? WHERE article_id = ? AND entity_id = ?",
                               arguments: [target, articleID, source])
            }
        }

        for row in try Row.fetchAll(db, sql: "SELECT alias, key, count, origin FROM aliases WHERE entity_id = ?", arguments: [source]) {
            try db.execute(sql: """
                INSERT INTO aliases (entity_id, alias, key, count, origin) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (entity_id, key) DO UPDATE SET count = count + excluded.count,
                    origin = CASE WHEN excluded.origin = 'user' THEN 'user' ELSE origin END
                """, arguments: [target, row["alias"] as String, row["key"] as String, row["count"] as Int, row["origin"] as String])
            outcome.aliases += 1
        }
        if userDecision {
            try addUserAliasRow(db, alias: from.name, entity: target)
        } else {
            try db.execute(sql: "INSERT OR IGNORE INTO aliases (entity_id, alias, key, count, origin) VALUES (?, ?, ?, 0, 'observed')",
                           arguments: [target, from.name, EntityKey.fold(from.name)])
        }

        try repointRelations(db, from: source, to: target, outcome: &outcome)

        let dates = try Row.fetchOne(db, sql: "SELECT first_seen, last_seen FROM entities WHERE id = ?", arguments: [source])
        try db.execute(sql: """
            UPDATE entities SET mention_count = mention_count + :mentions, iso_code = coalesce(iso_code, :iso),
                article_count = (SELECT count(*) FROM article_entities WHERE entity_id = entities.id),
                first_seen = CASE WHEN first_seen IS NULL OR (:first IS NOT NULL AND :first < first_seen) THEN :first ELSE first_seen END,
                last_seen = CASE WHEN last_seen IS NULL OR (:last IS NOT NULL AND :last > last_seen) THEN :last ELSE last_seen END
            WHERE id = :id
            """, arguments: ["mentions": from.mentions, "iso": from.isoCode, "first": dates?["first_seen"] as String?,
                             "last": dates?["last_seen"] as String?, "id": target])

        // Earlier merges into the source now lead to the target; then the source's own key.
        try db.execute(sql: "UPDATE entity_redirects SET entity_id = ? WHERE entity_id = ?", arguments: [target, source])
        let sourceKey = try String.fetchOne(db, sql: "SELECT key FROM entities WHERE id = ?", arguments: [source]) ?? ""
        try db.execute(sql: "DELETE FROM entities WHERE id = ?", arguments: [source])
        try db.execute(sql: "INSERT OR REPLACE INTO entity_redirects (key, entity_id) VALUES (?, ?)", arguments: [sourceKey, target])
        outcome.target = try summary(db, id: target)
        return outcome
    }

    /// Makes `alias` a user alias of `entity`; true when it was not one before.
    @discardableResult
    static func addUserAliasRow(_ db: Database, alias: String, entity: Int64) throws -> Bool {
        let key = EntityKey.fold(alias)
        let before = try String.fetchOne(db, sql: "SELECT origin FROM aliases WHERE entity_id = ? AND key = ?", arguments: [entity, key])
        if before == "user" { return false }
        try db.execute(sql: """
            INSERT INTO aliases (entity_id, alias, key, count, origin) VALUES (?, ?, ?, 0, 'user')
            ON CONFLICT (entity_id, key) DO UPDATE SET origin = 'user'
            """, arguments: [entity, alias, key])
        return true
    }

    /// Re-points every relation of `from` to `to`, combining collisions and dropping self-loops.
    private static func repointRelations(_ db: Database, from source: Int64, to target: Int64, outcome: inout MergeOutcome) throws {
        let relations = try Row.fetchAll(db.cachedStatement(sql: """
            SELECT id, subject_id, object_id, type, directed, attribute FROM relations WHERE subject_id = ?1 OR object_id = ?1 ORDER BY id
            """), arguments: [source])
        for row in relations {
            let id: Int64 = row["id"]
            var subject: Int64 = row["subject_id"] == source ? target : row["subject_id"]
            var object: Int64 = row["object_id"] == source ? target : row["object_id"]
            let directed: Bool = row["directed"]
            let attribute: String? = row["attribute"]
            let evidence = try Int.fetchOne(db.cachedStatement(sql: "SELECT count(*) FROM evidence WHERE relation_id = ?"), arguments: [id]) ?? 0
            if subject == object {
                try db.executeCached(sql: "DELETE FROM relations WHERE id = ?", arguments: [id])
                outcome.selfLoopsDropped += 1
                outcome.evidenceDropped += evidence
                continue
            }
            if !directed && subject > object { swap(&subject, &object) }
            if let existing = try relationID(db, subject: subject, object: object, type: row["type"], directed: directed,
                                             attribute: attribute, excluding: id) {
                try db.executeCached(sql: "UPDATE OR IGNORE evidence SET relation_id = ? WHERE relation_id = ?", arguments: [existing, id])
                let moved = db.changesCount
                try db.executeCached(sql: "DELETE FROM relations WHERE id = ?", arguments: [id])
                try recomputeRelation(db, id: existing)
                outcome.relationsCombined += 1
                outcome.evidenceMoved += moved
                outcome.evidenceDropped += evidence - moved
            } else {
                try db.executeCached(sql: "UPDATE relations SET subject_id = ?, object_id = ? WHERE id = ?", arguments: [subject, object, id])
                outcome.relationsRepointed += 1
                outcome.evidenceMoved += evidence
            }
        }
    }
}
