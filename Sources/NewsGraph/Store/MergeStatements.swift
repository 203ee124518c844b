import GRDB

/// The statements merging one article's graph runs, each looked up once per article.
///
/// Their SQL is fixed here so that every caller binds the same parameter positions; the
/// comments give them.
struct MergeStatements {
    /// 1 key → id
    let entityByKey: BoundStatement
    /// 1 iso, 2 id
    let setISOCode: BoundStatement
    /// 1 key → id
    let redirect: BoundStatement
    /// 1 folded name, 2 kind → id
    let entityByAlias: BoundStatement
    /// 1 name, 2 kind, 3 iso, 4 key, 5 mentions, 6 date (first and last seen)
    let insertEntity: BoundStatement
    /// 1 mentions, 2 date, 3 id
    let countEntity: BoundStatement
    /// 1 entity, 2 alias, 3 folded alias, 4 count
    let upsertAlias: BoundStatement
    /// 1 article, 2 entity, 3 mentions, 4 aliases JSON
    let insertArticleEntity: BoundStatement
    /// 1 article, 2 start, 3 end, 4 text, 5 label, 6 entity, 7 confidence
    let insertMention: BoundStatement
    /// 1 subject, 2 object, 3 type, 4 attribute or '' → id
    let relationByIdentity: BoundStatement
    /// 1 subject, 2 object, 3 type, 4 directed, 5 attribute, 6 weight, 7 article count, 8 date
    /// (first and last seen); does nothing when the relation is there already
    let insertRelation: BoundStatement
    /// 1 relation, 2 article, 3 sentence, 4 start, 5 end, 6 date
    let insertEvidence: BoundStatement
    /// 1 evidence rows added, 2 date, 3 id
    let countRelation: BoundStatement

    init(_ db: Database) throws {
        entityByKey = try BoundStatement(db, sql: "SELECT id FROM entities WHERE key = ?")
        setISOCode = try BoundStatement(db, sql: "UPDATE entities SET iso_code = ? WHERE id = ? AND iso_code IS NULL")
        redirect = try BoundStatement(db, sql: "SELECT entity_id FROM entity_redirects WHERE key = ?")
        // The candidates (rarely more than one) are ranked in Swift: an ORDER BY ... LIMIT 1
        // made SQLite build and drop a temporary B-tree on every look-up, about 1 % of an
        // ingest. CROSS JOIN keeps the plan that starts from the alias key's index.
        entityByAlias = try BoundStatement(db, sql: """
            SELECT a.entity_id, a.origin = 'user', a.count FROM aliases a CROSS JOIN entities e ON e.id = a.entity_id
            WHERE a.key = ? AND e.kind = ?
            """)
        insertEntity = try BoundStatement(db, sql: """
            INSERT INTO entities (name, kind, iso_code, key, mention_count, article_count, first_seen, last_seen)
            VALUES (?1, ?2, ?3, ?4, ?5, 1, ?6, ?6)
            """)
        countEntity = try BoundStatement(db, sql: """
            UPDATE entities SET mention_count = mention_count + ?1, article_count = article_count + 1,
                first_seen = CASE WHEN first_seen IS NULL OR first_seen > ?2 THEN ?2 ELSE first_seen END,
                last_seen = CASE WHEN last_seen IS NULL OR last_seen < ?2 THEN ?2 ELSE last_seen END
            WHERE id = ?3
            """)
        upsertAlias = try BoundStatement(db, sql: """
            INSERT INTO aliases (entity_id, alias, key, count) VALUES (?, ?, ?, ?)
            ON CONFLICT (entity_id, key) DO UPDATE SET count = count + excluded.count
            """)
        insertArticleEntity = try BoundStatement(db, sql: """
            INSERT INTO article_entities (article_id, entity_id, mention_count, aliases) VALUES (?, ?, ?, ?)
            """)
        insertMention = try BoundStatement(db, sql: """
            INSERT OR IGNORE INTO mentions (article_id, start_offset, end_offset, text, label, entity_id, confidence)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        relationByIdentity = try BoundStatement(db, sql: """
            SELECT id FROM relations WHERE subject_id = ? AND object_id = ? AND type = ? AND coalesce(attribute, '') = ?
            """)
        insertRelation = try BoundStatement(db, sql: """
            INSERT INTO relations (subject_id, object_id, type, directed, attribute, weight, article_count, first_seen, last_seen)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8) ON CONFLICT DO NOTHING
            """)
        insertEvidence = try BoundStatement(db, sql: """
            INSERT OR IGNORE INTO evidence (relation_id, article_id, sentence, start_offset, end_offset, published)
            VALUES (?, ?, ?, ?, ?, ?)
            """)
        countRelation = try BoundStatement(db, sql: """
            UPDATE relations SET weight = weight + ?1, article_count = article_count + 1,
                first_seen = CASE WHEN first_seen IS NULL OR first_seen > ?2 THEN ?2 ELSE first_seen END,
                last_seen = CASE WHEN last_seen IS NULL OR last_seen < ?2 THEN ?2 ELSE last_seen END
            WHERE id = ?3
            """)
    }
}
