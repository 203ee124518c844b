import Foundation
import GRDB

/// Checks a database for what a half-written article would break: SQLite's own integrity,
/// foreign keys, and every aggregate agreeing with the rows it summarises.
enum GraphInvariants {
    /// Problems found, empty when the graph is consistent.
    static func violations(in path: String) throws -> [String] {
        let queue = try DatabaseQueue(path: path)
        defer { try? queue.close() }
        return try queue.read { db in
            var problems: [String] = []
            let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check")
            if integrity != ["ok"] { problems.append("integrity_check: \(integrity.joined(separator: "; "))") }
            let foreignKeys = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check")
            if !foreignKeys.isEmpty { problems.append("\(foreignKeys.count) foreign key violations") }
            let checks: [(String, String)] = [
                ("relation weight differs from its evidence", """
                    SELECT count(*) FROM relations r WHERE r.weight != (SELECT count(*) FROM evidence e WHERE e.relation_id = r.id)
                    """),
                ("relation article_count differs from its evidence", """
                    SELECT count(*) FROM relations r WHERE r.article_count != (SELECT count(DISTINCT article_id) FROM evidence e WHERE e.relation_id = r.id)
                    """),
                ("entity mention_count differs from its articles", """
                    SELECT count(*) FROM entities x WHERE x.mention_count != (SELECT coalesce(sum(mention_count), 0) FROM article_entities ae WHERE ae.entity_id = x.id)
                    """),
                ("entity article_count differs from its articles", """
                    SELECT count(*) FROM entities x WHERE x.article_count != (SELECT count(*) FROM article_entities ae WHERE ae.entity_id = x.id)
                    """),
                ("article without text or hash", "SELECT count(*) FROM articles WHERE text IS NULL OR length(content_hash) != 64"),
            ]
            for (name, sql) in checks {
                let count = try Int.fetchOne(db, sql: sql) ?? 0
                if count > 0 { problems.append("\(count): \(name)") }
            }
            return problems
        }
    }
}
