import Foundation
import GRDB

/// Shared pieces of the user corrections (alias, merge, split): each runs in one
/// `BEGIN IMMEDIATE` transaction, so a correction is applied whole or not at all, and
/// concurrent ingests wait for it on the busy timeout.
extension SQLiteGraphStore {
    /// Like ``write(_:)``, but lets a ``CurationError`` through unchanged.
    func correct<T: Sendable>(_ body: @Sendable @escaping (Database) throws -> T) async throws -> T {
        do {
            return try await immediateTransaction(body)
        } catch let error as CurationError {
            throw error
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError(path: path, reason: .database(Self.message(error)))
        }
    }

    /// One entity as queries list it, or ``CurationError/entityGone(id:)``.
    static func summary(_ db: Database, id: Int64) throws -> EntitySummary {
        guard let row = try Row.fetchOne(db, sql: """
            SELECT id, name, kind, iso_code, mention_count, article_count FROM entities WHERE id = ?
            """, arguments: [id]) else { throw CurationError.entityGone(id: id) }
        return EntitySummary(id: row["id"], name: row["name"], kind: EntityKind(rawValue: row["kind"]) ?? .misc,
                             isoCode: row["iso_code"], mentions: row["mention_count"], articles: row["article_count"])
    }

    /// Weight, article count and dates of a relation from its evidence, as after a retract;
    /// a relation left without evidence is deleted. Returns false when it was deleted.
    @discardableResult
    static func recomputeRelation(_ db: Database, id: Int64) throws -> Bool {
        try db.executeCached(sql: """
            UPDATE relations SET weight = (SELECT count(*) FROM evidence WHERE relation_id = relations.id),
                article_count = (SELECT count(DISTINCT article_id) FROM evidence WHERE relation_id = relations.id),
                first_seen = (SELECT min(published) FROM evidence WHERE relation_id = relations.id),
                last_seen = (SELECT max(published) FROM evidence WHERE relation_id = relations.id)
            WHERE id = ?
            """, arguments: [id])
        try db.executeCached(sql: "DELETE FROM relations WHERE id = ? AND weight = 0", arguments: [id])
        return db.changesCount == 0
    }

    /// Mention and article counts and first/last seen of an entity from its article rows.
    static func recomputeEntity(_ db: Database, id: Int64) throws {
        try db.executeCached(sql: """
            UPDATE entities SET
                mention_count = coalesce((SELECT sum(mention_count) FROM article_entities WHERE entity_id = entities.id), 0),
                article_count = (SELECT count(*) FROM article_entities WHERE entity_id = entities.id),
                first_seen = (SELECT min(coalesce(a.published, a.fetched)) FROM article_entities ae JOIN articles a ON a.id = ae.article_id WHERE ae.entity_id = entities.id),
                last_seen = (SELECT max(coalesce(a.published, a.fetched)) FROM article_entities ae JOIN articles a ON a.id = ae.article_id WHERE ae.entity_id = entities.id)
            WHERE id = ?
            """, arguments: [id])
    }

    /// The relation with this identity, created (empty) when missing.
    static func relationID(_ db: Database, subject: Int64, object: Int64, type: String, directed: Bool, attribute: String?,
                           excluding: Int64? = nil) throws -> Int64? {
        try Int64.fetchOne(db.cachedStatement(sql: """
            SELECT id FROM relations WHERE subject_id = ? AND object_id = ? AND type = ? AND coalesce(attribute, '') = ? AND id IS NOT ?
            """), arguments: [subject, object, type, attribute ?? "", excluding])
    }

    /// Appends to `user_corrections`.
    static func recordCorrection(_ db: Database, action: String, name: String, target: String, targetID: Int64?,
                                 detail: some Encodable) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let json = String(decoding: try encoder.encode(detail), as: UTF8.self)
        try db.execute(sql: "INSERT INTO user_corrections (action, name, target, target_id, detail, created) VALUES (?, ?, ?, ?, ?, ?)",
                       arguments: [action, name, target, targetID, json, Date()])
    }

    /// Every recorded correction, oldest first.
    public func corrections() async throws -> [UserCorrection] {
        try await read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM user_corrections ORDER BY id").map { row in
                UserCorrection(id: row["id"], action: row["action"], name: row["name"], target: row["target"],
                               targetID: row["target_id"], detail: row["detail"], created: row["created"])
            }
        }
    }
}
