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
        if let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT * FROM articles WHERE coalesce(canonical_url, url) = ?"), arguments: [record.identity]) {
            return ExistingArticle(id: row["id"], row: row)
        }
        if let guid = record.guid,
           let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT * FROM articles WHERE guid = ? AND source_id IS ?"), arguments: [guid, sourceID]) {
            return ExistingArticle(id: row["id"], row: row)
        }
        if record.text.unicodeScalars.count >= ArticleRecord.minimumTextForHashMatch,
           let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT * FROM articles WHERE content_hash = ?"), arguments: [record.contentHash]) {
            return ExistingArticle(id: row["id"], row: row)
        }
        return nil
    }

    // MARK: Merge

    /// Adds an article's graph to the stored graph: counts go up, evidence rows are added.
    static func merge(_ db: Database, graph: ArticleGraph, articleID: Int64, date: Date) throws {
        // GRDB formats a Date with a DateFormatter on every use (a third of the store's
        // time); the article's date is the same in every row, so it is formatted once.
        let dateValue = date.databaseValue
        // Several entities of one article can resolve to one stored entity; add them up first.
        var storedIDs: [Int64?] = []
        var contributions: [Int64: (mentions: Int, aliases: [String: Int])] = [:]
        var order: [Int64] = []
        for entity in graph.entities {
            let id = try entityID(db, for: entity)
            storedIDs.append(id)
            if contributions[id] == nil { order.append(id); contributions[id] = (0, [:]) }
            contributions[id]?.mentions += max(0, entity.mentions)
            for (alias, count) in entity.aliases where !alias.isEmpty {
                contributions[id]?.aliases[alias, default: 0] += max(0, count)
            }
        }
        for id in order {
            guard let contribution = contributions[id] else { continue }
            try db.executeCached(sql: """
                UPDATE entities SET mention_count = mention_count + ?, article_count = article_count + 1,
                    first_seen = CASE WHEN first_seen IS NULL OR first_seen > ? THEN ? ELSE first_seen END,
                    last_seen = CASE WHEN last_seen IS NULL OR last_seen < ? THEN ? ELSE last_seen END
                WHERE id = ?
                """, arguments: [contribution.mentions, dateValue, dateValue, dateValue, dateValue, id])
            for (alias, count) in contribution.aliases.sorted(by: { $0.key < $1.key }) {
                try db.executeCached(sql: """
                    INSERT INTO aliases (entity_id, alias, key, count) VALUES (?, ?, ?, ?)
                    ON CONFLICT (entity_id, key) DO UPDATE SET count = count + excluded.count
                    """, arguments: [id, alias, EntityKey.fold(alias), count])
            }
            try db.executeCached(sql: "INSERT INTO article_entities (article_id, entity_id, mention_count, aliases) VALUES (?, ?, ?, ?)",
                           arguments: [articleID, id, contribution.mentions, try aliasJSON(contribution.aliases)])
        }

        for resolved in graph.mentions {
            let mention = resolved.mention
            let entityID = resolved.entity.flatMap { storedIDs.indices.contains($0) ? storedIDs[$0] : nil }
            try db.executeCached(sql: """
                INSERT OR IGNORE INTO mentions (article_id, start_offset, end_offset, text, label, entity_id, confidence)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """, arguments: [articleID, mention.start, mention.end, mention.text, mention.label.rawValue, entityID, mention.confidence])
        }

        var touched: Set<Int64> = []
        for relation in graph.relations {
            guard storedIDs.indices.contains(relation.subject), storedIDs.indices.contains(relation.object),
                  var subject = storedIDs[relation.subject], var object = storedIDs[relation.object],
                  subject != object else { continue }
            if !relation.directed && subject > object { swap(&subject, &object) }
            let attribute = relation.attribute.flatMap { $0.isEmpty ? nil : $0 }
            let relationID: Int64
            if let id = try Int64.fetchOne(db.cachedStatement(sql: """
                SELECT id FROM relations WHERE subject_id = ? AND object_id = ? AND type = ? AND coalesce(attribute, '') = ?
                """), arguments: [subject, object, relation.type, attribute ?? ""]) {
                relationID = id
            } else {
                try db.executeCached(sql: "INSERT INTO relations (subject_id, object_id, type, directed, attribute) VALUES (?, ?, ?, ?, ?)",
                               arguments: [subject, object, relation.type, relation.directed, attribute])
                relationID = db.lastInsertedRowID
            }
            let evidence = relation.evidence
            try db.executeCached(sql: """
                INSERT OR IGNORE INTO evidence (relation_id, article_id, sentence, start_offset, end_offset, published)
                VALUES (?, ?, ?, ?, ?, ?)
                """, arguments: [relationID, articleID, evidence.sentence, evidence.start, evidence.end, dateValue])
            guard db.changesCount > 0 else { continue }
            let firstForArticle = touched.insert(relationID).inserted
            try db.executeCached(sql: """
                UPDATE relations SET weight = weight + 1, article_count = article_count + ?,
                    first_seen = CASE WHEN first_seen IS NULL OR first_seen > ? THEN ? ELSE first_seen END,
                    last_seen = CASE WHEN last_seen IS NULL OR last_seen < ? THEN ? ELSE last_seen END
                WHERE id = ?
                """, arguments: [firstForArticle ? 1 : 0, dateValue, dateValue, dateValue, dateValue, relationID])
        }
    }

    /// The stored entity for a resolved one: by key (kind and folded name), else where a
    /// user's merge redirected that key, else by an alias of the same kind (user aliases
    /// first, then the most frequent); created when new.
    static func entityID(_ db: Database, for entity: ResolvedEntity) throws -> Int64 {
        let key = EntityKey(kind: entity.kind, name: entity.name)
        if let id = try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM entities WHERE key = ?"), arguments: [key.key]) {
            if let iso = entity.isoCode {
                try db.executeCached(sql: "UPDATE entities SET iso_code = ? WHERE id = ? AND iso_code IS NULL", arguments: [iso, id])
            }
            return id
        }
        if let id = try Int64.fetchOne(db.cachedStatement(sql: "SELECT entity_id FROM entity_redirects WHERE key = ?"), arguments: [key.key]) {
            return id
        }
        if !key.folded.isEmpty, let id = try Int64.fetchOne(db.cachedStatement(sql: """
            SELECT a.entity_id FROM aliases a JOIN entities e ON e.id = a.entity_id
            WHERE a.key = ? AND e.kind = ? ORDER BY a.origin = 'user' DESC, a.count DESC, a.entity_id LIMIT 1
            """), arguments: [key.folded, entity.kind.rawValue]) {
            return id
        }
        try db.executeCached(sql: "INSERT INTO entities (name, kind, iso_code, key) VALUES (?, ?, ?, ?)",
                       arguments: [entity.name, entity.kind.rawValue, entity.isoCode, key.key])
        return db.lastInsertedRowID
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
