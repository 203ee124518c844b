import Foundation
import GRDB
import Testing
@testable import NewsGraph

@Suite struct MigrationsTests {
    static let schemaFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("schema")

    /// Fails when schema/ was edited without running scripts/gen-migrations.
    @Test func generatedMigrationsMatchSchemaFolder() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.schemaFolder.path)
            .filter { $0.hasSuffix(".sql") }.sorted()
        #expect(!files.isEmpty)
        #expect(files.count == Migration.all.count, "run scripts/gen-migrations")
        for (file, migration) in zip(files, Migration.all) {
            let base = String(file.dropLast(4))
            let number = try #require(Int(base.prefix(while: \.isNumber)))
            let sql = try String(contentsOf: Self.schemaFolder.appendingPathComponent(file), encoding: .utf8)
            #expect(migration.version == number, "run scripts/gen-migrations")
            #expect(migration.name == String(base.drop(while: \.isNumber).dropFirst()), "run scripts/gen-migrations")
            #expect(migration.sql == sql.replacingOccurrences(of: "\n$", with: "", options: .regularExpression),
                    "schema/\(file) differs from Migrations+Generated.swift: run scripts/gen-migrations")
        }
        #expect(Migration.all.map(\.version) == Array(1...Migration.all.count))
    }

    @Test func freshDatabaseIsMigratedWithWALAndForeignKeys() throws {
        let folder = try TemporaryDirectory()
        let store = try SQLiteGraphStore(path: folder.path("g.sqlite"))
        #expect(try store.schemaVersion() == Migration.latestVersion)
        let (tables, journal, foreignKeys) = try store.pool.read { db in
            (try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"),
             try String.fetchOne(db, sql: "PRAGMA journal_mode"),
             try Int.fetchOne(db, sql: "PRAGMA foreign_keys"))
        }
        #expect(tables == ["aliases", "article_entities", "articles", "entities", "entity_redirects", "evidence", "mentions", "relations", "sources", "user_corrections"])
        #expect(journal == "wal")
        #expect(foreignKeys == 1)
        // Opening again is a no-op.
        #expect(try SQLiteGraphStore(path: folder.path("g.sqlite")).schemaVersion() == Migration.latestVersion)
    }

    @Test func newDatabaseHas16KiBPagesAndAnOldOneKeepsItsOwn() throws {
        let folder = try TemporaryDirectory()
        let store = try SQLiteGraphStore(path: folder.path("new.sqlite"))
        #expect(try store.pool.read { db in try Int.fetchOne(db, sql: "PRAGMA page_size") } == 16384)
        #expect(try store.pool.read { db in try Int.fetchOne(db, sql: "PRAGMA temp_store") } == 2)   // MEMORY
        #expect(try store.pool.read { db in try Int.fetchOne(db, sql: "PRAGMA cache_size") } == -16384)   // KiB
        // A database made with SQLite's default pages keeps them (WAL cannot change them).
        let oldPath = folder.path("old.sqlite")
        let queue = try DatabaseQueue(path: oldPath)
        try queue.write { db in try db.execute(sql: "CREATE TABLE t (x)") }
        try queue.close()
        let old = try SQLiteGraphStore(path: oldPath)
        #expect(try old.pool.read { db in try Int.fetchOne(db, sql: "PRAGMA page_size") } == 4096)
        #expect(try old.schemaVersion() == Migration.latestVersion)
    }

    /// Version 4 drops relations_object: lookups by object read relations_object_weight.
    @Test func lookupsByObjectUseTheWeightIndexOnceRelationsObjectIsGone() throws {
        let folder = try TemporaryDirectory()
        let path = folder.path("v3.sqlite")
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            for migration in Migration.all where migration.version <= 3 { try db.execute(sql: migration.sql) }
            try db.execute(sql: "PRAGMA user_version = 3")
        }
        #expect(try queue.read { db in try Bool.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master WHERE name = 'relations_object'") } == true)
        try queue.close()
        let store = try SQLiteGraphStore(path: path)
        let (indexes, detail) = try store.pool.read { db in
            (try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'relations' AND sql IS NOT NULL ORDER BY name"),
             try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN SELECT id FROM relations WHERE object_id = 7 AND type = 'x'")
                .map { $0["detail"] as String? ?? "" })
        }
        #expect(indexes == ["relations_identity", "relations_object_weight", "relations_subject_weight"])
        #expect(detail.contains { $0.contains("USING INDEX relations_object_weight (object_id=?)") }, "\(detail)")
    }

    /// A database at `version`, with `rows` written with foreign-key enforcement off.
    static func database(at path: String, version: Int, rows: String) throws {
        let queue = try DatabaseQueue(path: path)
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA foreign_keys = OFF")
            for migration in Migration.all where migration.version <= version { try db.execute(sql: migration.sql) }
            try db.execute(sql: rows)
            try db.execute(sql: "PRAGMA user_version = \(version)")
        }
        try queue.close()
    }

    static let version4Rows = """
        INSERT INTO articles (id, url, fetched, content_hash, text) VALUES (1, 'https://n.example/a', '2024-01-01', 'h', 'Putin met Macron.');
        INSERT INTO entities (id, name, kind, key, mention_count, article_count) VALUES
            (7, 'Vladimir Putin', 'person', 'person:vladimir putin', 1, 1), (9, 'Emmanuel Macron', 'person', 'person:emmanuel macron', 1, 1);
        INSERT INTO aliases (entity_id, alias, key, count) VALUES (7, 'Putin', 'putin', 1), (9, 'Macron', 'macron', 1);
        INSERT INTO article_entities (article_id, entity_id, mention_count) VALUES (1, 7, 1), (1, 9, 1);
        INSERT INTO mentions (article_id, start_offset, end_offset, text, label, entity_id, confidence) VALUES
            (1, 0, 5, 'Putin', 'PER', 7, 0.9), (1, 10, 16, 'Macron', 'PER', 9, 0.9);
        INSERT INTO relations (id, subject_id, object_id, type, directed, weight, article_count) VALUES (3, 9, 7, 'co_mention', 0, 1, 1);
        INSERT INTO evidence (relation_id, article_id, sentence, start_offset, end_offset) VALUES (3, 1, 'Putin met Macron.', 0, 17);
        INSERT INTO entity_redirects (key, entity_id) VALUES ('person:putin', 7);
        """

    /// Version 5 rebuilds entities so that its kind CHECK needs no temporary table per insert;
    /// every row and id survives, the foreign keys still cascade, and enforcement is back on.
    @Test func entitiesRebuiltWithTheirRowsAndKeys() throws {
        let folder = try TemporaryDirectory()
        let path = folder.path("v4.sqlite")
        try Self.database(at: path, version: 4, rows: Self.version4Rows)
        let counts = """
            SELECT (SELECT group_concat(id || ' ' || name || ' ' || key, ', ') FROM entities), (SELECT count(*) FROM aliases),
                (SELECT count(*) FROM article_entities), (SELECT count(*) FROM mentions WHERE entity_id IS NOT NULL),
                (SELECT count(*) FROM relations), (SELECT count(*) FROM evidence), (SELECT count(*) FROM entity_redirects)
            """
        let before = try DatabaseQueue(path: path).read { db in try Row.fetchOne(db, sql: counts)?.description }
        let store = try SQLiteGraphStore(path: path)
        #expect(try store.schemaVersion() == Migration.latestVersion)
        let insert = "INSERT INTO entities (name, kind, key) VALUES ('x', 'person', 'person:x')"
        let (after, program, definition, indexes) = try store.pool.read { db in
            (try Row.fetchOne(db, sql: counts)?.description,
             try Row.fetchAll(db, sql: "EXPLAIN \(insert)").map { $0["opcode"] as String? ?? "" },
             try String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE name = 'entities'"),
             try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'entities' ORDER BY name"))
        }
        #expect(after == before)
        #expect(before?.contains("7 Vladimir Putin person:vladimir putin, 9 Emmanuel Macron") == true)
        #expect(!program.contains("OpenEphemeral"), "\(program)")
        #expect(program.contains("Insert"))
        #expect(definition?.contains("kind = 'person' OR kind = 'organization'") == true)
        #expect(indexes == ["entities_kind", "entities_name", "sqlite_autoindex_entities_1"])
        try store.pool.write { db in
            #expect(try Int.fetchOne(db, sql: "PRAGMA foreign_keys") == 1)
            #expect(throws: DatabaseError.self) {
                try db.execute(sql: "INSERT INTO entities (name, kind, key) VALUES ('y', 'planet', 'planet:y')")
            }
            try db.execute(sql: "DELETE FROM relations")
            try db.execute(sql: "DELETE FROM entities WHERE id = 7")
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM aliases WHERE entity_id = 7") == 0)
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM entity_redirects") == 0)
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM mentions WHERE entity_id IS NULL") == 1)
        }
    }

    /// A database whose rows break a foreign key is not migrated: a clear error, and the file
    /// stays at its version.
    @Test func brokenForeignKeysStopTheMigration() throws {
        let folder = try TemporaryDirectory()
        let path = folder.path("v4.sqlite")
        try Self.database(at: path, version: 4, rows: Self.version4Rows + "INSERT INTO aliases (entity_id, alias, key, count) VALUES (99, 'Ghost', 'ghost', 1);")
        do {
            _ = try SQLiteGraphStore(path: path)
            Issue.record("a database with a dangling alias was migrated")
        } catch {
            #expect(error.description.contains("foreign key check failed"), "\(error.description)")
            #expect(error.description.hasPrefix(path))
        }
        #expect(try DatabaseQueue(path: path).read { db in try Int.fetchOne(db, sql: "PRAGMA user_version") } == 4)
    }

    @Test func newerDatabaseIsRefusedWithClearMessage() throws {
        let folder = try TemporaryDirectory()
        let path = folder.path("newer.sqlite")
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in try db.execute(sql: "PRAGMA user_version = 999") }
        try queue.close()
        do {
            _ = try SQLiteGraphStore(path: path)
            Issue.record("a newer database was opened")
        } catch {
            #expect(error.reason == .newerSchema(found: 999, supported: Migration.latestVersion))
            #expect(error.description.contains("schema version 999 is newer than this newsgraph supports"))
            #expect(error.description.hasPrefix(path))
        }
    }

    @Test func notADatabaseIsReportedNotCrashed() throws {
        let folder = try TemporaryDirectory()
        let path = folder.path("junk.sqlite")
        try Data(String(repeating: "this is not sqlite ", count: 200).utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: StoreError.self) { try SQLiteGraphStore(path: path) }
    }
}
