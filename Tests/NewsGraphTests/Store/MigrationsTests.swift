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
