import Foundation
import GRDB

/// Saving an article and merging its graph; every function runs inside the caller's
/// transaction, so an article is stored whole or not at all.
extension SQLiteGraphStore {
    static func save(_ db: Database, record: ArticleRecord, graph: ArticleGraph, source: String?) throws -> SaveOutcome {
        let sourceID = try sourceID(db, url: source, create: true)
        let articleID: Int64
        let outcome: SaveOutcome
        if let existing = try findArticle(db, record, sourceID: sourceID) {
            if existing.isSame(as: record) { return .unchanged }
            articleID = existing.id
            try retract(db, articleID: articleID)
            // The identity columns stay: the stored row may have been matched by guid or hash,
            // and another row may already own the incoming URL.
            try db.executeCached(sql: """
                UPDATE articles SET guid = coalesce(guid, ?), source_id = coalesce(source_id, ?), title = ?, byline = ?,
                    published = ?, fetched = ?, language = ?, site_name = ?, content_hash = ?, text = ?
                WHERE id = ?
                """, arguments: [record.guid, sourceID, record.title, record.byline, record.published, record.fetched,
                                 record.language, record.siteName, record.contentHash, record.text, articleID])
            outcome = .updated
        } else {
            try db.executeCached(sql: """
                INSERT INTO articles (url, canonical_url, guid, source_id, title, byline, published, fetched, language,
                    site_name, content_hash, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [record.url, record.canonicalURL, record.guid, sourceID, record.title, record.byline,
                                 record.published, record.fetched, record.language, record.siteName, record.contentHash, record.text])
            articleID = db.lastInsertedRowID
            outcome = .inserted
        }
        try merge(db, graph: graph, articleID: articleID, date: record.date)
        return outcome
    }

    /// The id of a source row, inserting it when `create` is set.
    static func sourceID(_ db: Database, url: String?, create: Bool) throws -> Int64? {
        guard let url else { return nil }
        if let id = try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM sources WHERE url = ?"), arguments: [url]) { return id }
        guard create else { return nil }
        try db.executeCached(sql: "INSERT INTO sources (url) VALUES (?)", arguments: [url])
        return db.lastInsertedRowID
    }

    /// The stored article this one is a version of: same canonical URL (else URL), same guid
    /// in the same source, or the same content.
    static func findArticle(_ db: Database, _ record: ArticleRecord, sourceID: Int64?) throws -> ExistingArticle? {
        // Ids first, through the C API: most articles of a run are new, and GRDB's Row fetch
        // cost more than the three index lookups. The stored row is read only on a match.
        let byIdentity = try BoundStatement(db, sql: "SELECT id FROM articles WHERE coalesce(canonical_url, url) = ?")
        byIdentity.bind(1, record.identity)
        if let id = try byIdentity.fetchInt64() { return try storedArticle(db, id: id) }
        if let guid = record.guid {
            let byGuid = try BoundStatement(db, sql: "SELECT id FROM articles WHERE guid = ? AND source_id IS ?")
            byGuid.bind(1, guid)
            byGuid.bind(2, sourceID)
            if let id = try byGuid.fetchInt64() { return try storedArticle(db, id: id) }
        }
        if record.identifiableByHash {
            let byContent = try BoundStatement(db, sql: "SELECT id FROM articles WHERE content_hash = ?")
            byContent.bind(1, record.contentHash)
            if let id = try byContent.fetchInt64() { return try storedArticle(db, id: id) }
        }
        return nil
    }

    private static func storedArticle(_ db: Database, id: Int64) throws -> ExistingArticle? {
        try Row.fetchOne(db.cachedStatement(sql: "SELECT * FROM articles WHERE id = ?"), arguments: [id]).map { row in
            ExistingArticle(id: row["id"], row: row)
        }
    }

    // MARK: Retract

    /// Takes back everything an article contributed, before its new version is merged.
    static func retract(_ db: Database, articleID: Int64) throws {
        let contributions = try Row.fetchAll(db.cachedStatement(sql: "SELECT entity_id, mention_count, aliases FROM article_entities WHERE article_id = ?"),
                                             arguments: [articleID])
        let relationIDs = try Int64.fetchAll(db.cachedStatement(sql: "SELECT DISTINCT relation_id FROM evidence WHERE article_id = ?"), arguments: [articleID])
        try db.executeCached(sql: "DELETE FROM evidence WHERE article_id = ?", arguments: [articleID])
        try db.executeCached(sql: "DELETE FROM mentions WHERE article_id = ?", arguments: [articleID])
        try db.executeCached(sql: "DELETE FROM article_entities WHERE article_id = ?", arguments: [articleID])

        for relationID in relationIDs {
            try db.executeCached(sql: """
                UPDATE relations SET weight = (SELECT count(*) FROM evidence WHERE relation_id = relations.id),
                    article_count = (SELECT count(DISTINCT article_id) FROM evidence WHERE relation_id = relations.id),
                    first_seen = (SELECT min(published) FROM evidence WHERE relation_id = relations.id),
                    last_seen = (SELECT max(published) FROM evidence WHERE relation_id = relations.id)
                WHERE id = ?
                """, arguments: [relationID])
            try db.executeCached(sql: "DELETE FROM relations WHERE id = ? AND weight = 0", arguments: [relationID])
        }

        for row in contributions {
            let entityID: Int64 = row["entity_id"]
            let aliases = aliasCounts(row["aliases"])
            for (alias, count) in aliases {
                try db.executeCached(sql: "UPDATE aliases SET count = max(0, count - ?) WHERE entity_id = ? AND key = ?",
                               arguments: [count, entityID, EntityKey.fold(alias)])
            }
            try db.executeCached(sql: "DELETE FROM aliases WHERE entity_id = ? AND origin = 'observed' AND count = 0", arguments: [entityID])
            try db.executeCached(sql: """
                UPDATE entities SET mention_count = max(0, mention_count - ?), article_count = max(0, article_count - 1),
                    first_seen = (SELECT min(coalesce(a.published, a.fetched)) FROM article_entities ae JOIN articles a ON a.id = ae.article_id WHERE ae.entity_id = entities.id),
                    last_seen = (SELECT max(coalesce(a.published, a.fetched)) FROM article_entities ae JOIN articles a ON a.id = ae.article_id WHERE ae.entity_id = entities.id)
                WHERE id = ?
                """, arguments: [row["mention_count"] as Int, entityID])
            // An entity no article mentions any more goes, unless a user named it.
            try db.executeCached(sql: """
                DELETE FROM entities WHERE id = ? AND article_count = 0
                    AND NOT EXISTS (SELECT 1 FROM aliases WHERE entity_id = entities.id AND origin = 'user')
                    AND NOT EXISTS (SELECT 1 FROM relations WHERE subject_id = entities.id OR object_id = entities.id)
                """, arguments: [entityID])
        }
    }

    static func aliasJSON(_ aliases: [String: Int]) throws -> String {
        if let json = plainAliasJSON(aliases) { return json }
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return String(decoding: try encoder.encode(aliases), as: UTF8.self)
    }

    /// What `JSONEncoder` with sorted keys writes, built by hand when no key needs escaping
    /// and the order is plain: one key without control characters, quotes, backslashes or
    /// slashes, or several printable ASCII keys (sorted by code point, as the encoder does).
    /// Nil otherwise; the encoder then does it.
    static func plainAliasJSON(_ aliases: [String: Int]) -> String? {
        func isPlain(_ key: String, asciiOnly: Bool) -> Bool {
            key.unicodeScalars.allSatisfy { scalar in
                switch scalar.value {
                case 0x20...0x7E: scalar != "\"" && scalar != "\\" && scalar != "/"
                case 0xA0..<0x2028, 0x202A...: !asciiOnly
                default: false
                }
            }
        }
        let asciiOnly = aliases.count > 1
        guard aliases.keys.allSatisfy({ isPlain($0, asciiOnly: asciiOnly) }) else { return nil }
        var json = "{"
        for (index, key) in aliases.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }).enumerated() {
            if index > 0 { json += "," }
            json += "\"\(key)\":\(aliases[key] ?? 0)"
        }
        return json + "}"
    }

    static func aliasCounts(_ json: String?) -> [String: Int] {
        guard let json, let counts = try? JSONDecoder().decode([String: Int].self, from: Data(json.utf8)) else { return [:] }
        return counts
    }
}

extension Database {
    /// Runs one statement from the connection's statement cache. Compiling (and authorizing)
    /// the same SQL again for every mention and relation took a tenth of ingest time.
    func executeCached(sql: String, arguments: StatementArguments = StatementArguments()) throws {
        try cachedStatement(sql: sql).execute(arguments: arguments)
    }
}
