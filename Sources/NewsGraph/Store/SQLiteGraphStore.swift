import CSQLiteSetup
import Foundation
import GRDB

/// The graph in one SQLite file, through GRDB.
///
/// Opening applies any pending migrations from ``Migration/all`` and refuses a database
/// written by a newer newsgraph. The file runs in WAL mode with foreign keys on and a busy
/// timeout, so several processes can ingest into it at once: writes are `BEGIN IMMEDIATE`
/// transactions, each holding one article or a batch of whole articles.
///
/// ```swift
/// let store = try SQLiteGraphStore(path: "news.sqlite")
/// let outcome = try await store.save(article, graph: graph, source: nil, fetched: .now)
/// ```
public final class SQLiteGraphStore: GraphStore {
    /// `./newsgraph.sqlite`, unless `NEWSGRAPH_DB` says otherwise.
    public static var defaultPath: String {
        if let path = ProcessInfo.processInfo.environment["NEWSGRAPH_DB"], !path.isEmpty { return path }
        return "newsgraph.sqlite"
    }

    public let path: String
    let pool: DatabasePool
    /// Records built by ``isStored(_:source:)`` for the save of the same article.
    let records = ArticleRecordMemo()

    /// Opens (creating if needed) the database at `path` and migrates it.
    /// - Parameter busyTimeout: how long a write waits for another process's transaction.
    public init(path: String = SQLiteGraphStore.defaultPath, busyTimeout: TimeInterval = 60) throws(StoreError) {
        self.path = path
        var configuration = Configuration()
        configuration.busyMode = .timeout(busyTimeout)
        configuration.foreignKeysEnabled = true
        configuration.label = "newsgraph"
        configuration.prepareDatabase { db in
            // In WAL mode NORMAL still survives a killed process (commits are in the log);
            // only a power cut may lose the last few, never corrupt. FULL fsyncs per article.
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            // A new file gets 16 KiB pages (this runs before the first write; an existing
            // file keeps its size): each commit logs a few hundred index pages, and with
            // SQLite's default 4 KiB that is about four times as many pages to log, look up
            // and checkpoint. Ingest is about 1.5 % faster. The page cache is 16 MiB, not
            // SQLite's 2 MiB, so that it still holds the index pages an ingest revisits.
            try db.execute(sql: "PRAGMA page_size = 16384")
            try db.execute(sql: "PRAGMA cache_size = -16384")
            // Statement journals (constraint checks inside a transaction) in memory, not
            // in temp files: 1,296 fewer writes for the 181 benchmark pages.
            try db.execute(sql: "PRAGMA temp_store = MEMORY")
        }
        _ = Self.sqliteSetUp
        pool = try Self.openPool(path: path, configuration: configuration, busyTimeout: busyTimeout)
        try migrate()
    }

    /// Process-wide SQLite settings, applied once before the first connection opens (SQLite
    /// refuses them later, and then runs with its defaults). Memory statistics off: they
    /// take a global mutex on every allocation SQLite makes, about 1 % of ingest time.
    /// Nothing reads them (GRDB does not; `sqlite3_memory_used` then reports 0).
    static let sqliteSetUp: Bool = newsgraph_sqlite_disable_memory_statistics() == 0

    /// Opens the pool, waiting while another process holds the lock. Switching a new file to
    /// WAL takes an exclusive lock without consulting the busy handler, so two ingests that
    /// start together on a fresh database could fail with "database is locked"; we retry
    /// for as long as the busy timeout allows.
    private static func openPool(path: String, configuration: Configuration, busyTimeout: TimeInterval) throws(StoreError) -> DatabasePool {
        let deadline = Date().addingTimeInterval(busyTimeout)
        while true {
            do {
                return try DatabasePool(path: path, configuration: configuration)
            } catch let error as DatabaseError where (error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED) && Date() < deadline {
                Thread.sleep(forTimeInterval: 0.05)
            } catch {
                throw StoreError(path: path, reason: .cannotOpen(Self.message(error)))
            }
        }
    }

    /// The schema version of the open database (`PRAGMA user_version`).
    public func schemaVersion() throws(StoreError) -> Int {
        try run { db in try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0 }
    }

    private func migrate() throws(StoreError) {
        let latest = Migration.latestVersion
        // Cheap check first, so a newer database is refused without taking the write lock.
        let current = try run { db in try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0 }
        if current > latest { throw StoreError(path: path, reason: .newerSchema(found: current, supported: latest)) }
        if current == latest { return }
        let path = self.path
        do {
            try pool.writeWithoutTransaction { db in
                // Enforcement off while migrating (it can only change outside a transaction):
                // a table rebuild (schema/005) drops the old table, which would otherwise
                // delete or null every row that refers to it. The keys are checked before commit.
                try db.execute(sql: "PRAGMA foreign_keys = OFF")
                do {
                    try migrate(db, to: latest)
                } catch {
                    try db.execute(sql: "PRAGMA foreign_keys = ON")
                    throw error
                }
                try db.execute(sql: "PRAGMA foreign_keys = ON")
            }
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError(path: path, reason: .database(Self.message(error)))
        }
    }

    /// Applies the migrations after the database's version, in one transaction.
    private func migrate(_ db: Database, to latest: Int) throws {
        let path = self.path
        // IMMEDIATE: two processes opening a fresh file must not both run migration 1.
        try db.inTransaction(.immediate) {
            let version = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
            if version > latest { throw StoreError(path: path, reason: .newerSchema(found: version, supported: latest)) }
            for migration in Migration.all where migration.version > version {
                do {
                    try db.execute(sql: migration.sql)
                    try db.execute(sql: "PRAGMA user_version = \(migration.version)")
                } catch let error as DatabaseError {
                    throw StoreError(path: path, reason: .migrationFailed(version: migration.version, message: error.message ?? "\(error)"))
                }
            }
            if let violation = try Row.fetchOne(db, sql: "PRAGMA foreign_key_check") {
                throw StoreError(path: path, reason: .migrationFailed(version: latest, message: "foreign key check failed: \(violation)"))
            }
            return .commit
        }
    }

    // MARK: GraphStore

    public func sourceState(url: String) async throws -> SourceState? {
        try await read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM sources WHERE url = ?", arguments: [url]).map { row in
                SourceState(url: row["url"], title: row["title"], etag: row["etag"], lastModified: row["last_modified"],
                            lastFetched: row["last_fetched"], lastStatus: row["last_status"])
            }
        }
    }

    public func updateSource(_ state: SourceState) async throws {
        try await write { db in
            try db.execute(sql: """
                INSERT INTO sources (url, title, etag, last_modified, last_fetched, last_status) VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (url) DO UPDATE SET title = coalesce(excluded.title, title), etag = excluded.etag,
                    last_modified = excluded.last_modified, last_fetched = excluded.last_fetched, last_status = excluded.last_status
                """, arguments: [state.url, state.title, state.etag, state.lastModified, state.lastFetched, state.lastStatus])
        }
    }

    public func isStored(_ article: Article, source: String?) async throws -> Bool {
        let record = records.record(for: article, fetched: Date())
        let stored = try await read { db in
            let sourceID = try Self.sourceID(db, url: source, create: false)
            guard let existing = try Self.findArticle(db, record, sourceID: sourceID) else { return false }
            return existing.isSame(as: record)
        }
        if stored { records.forget(article) }
        return stored
    }

    public func save(_ article: Article, graph: ArticleGraph, source: String?, fetched: Date) async throws -> SaveOutcome {
        let record = records.take(article, fetched: fetched)
        return try await write { db in try Self.save(db, record: record, graph: graph, source: source) }
    }

    /// One `BEGIN IMMEDIATE` transaction for the whole batch: committing once for many
    /// articles writes each index page they share to the log once instead of once per
    /// article. Should one article fail, the batch is rolled back and each article saved in
    /// a transaction of its own, so only that one fails. (Savepoints per article would do
    /// it in one pass, but journal every page each article touches: 60 MB of temp-file
    /// writes for 181 pages.)
    public func save(_ batch: [PendingArticle]) async -> [Result<SaveOutcome, any Error>] {
        guard batch.count > 1 else { return await saveOneByOne(batch) }
        let records = batch.map { self.records.take($0.article, fetched: $0.fetched) }
        do {
            let outcomes = try await immediateTransaction { db in
                try zip(batch, records).map { item, record in try Self.save(db, record: record, graph: item.graph, source: item.source) }
            }
            return outcomes.map { .success($0) }
        } catch {
            return await saveOneByOne(batch)
        }
    }

    public func counts() async throws -> StoreCounts {
        try await read { db in
            func count(_ table: String) throws -> Int { try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") ?? 0 }
            return StoreCounts(articles: try count("articles"), sources: try count("sources"), entities: try count("entities"),
                               relations: try count("relations"), mentions: try count("mentions"), evidence: try count("evidence"))
        }
    }

    public func recentArticles(_ query: ArticleQuery) async throws -> [StoredArticle] {
        try await read { db in
            var conditions: [String] = []
            var arguments: StatementArguments = []
            if let source = query.source {
                conditions.append("(instr(s.url, ?) > 0 OR instr(lower(s.title), lower(?)) > 0 OR instr(lower(a.site_name), lower(?)) > 0 OR instr(a.url, ?) > 0)")
                arguments += [source, source, source, source]
            }
            if let since = query.since {
                conditions.append("coalesce(a.published, a.fetched) >= ?")
                arguments += [since]
            }
            if let until = query.until {
                conditions.append("coalesce(a.published, a.fetched) < ?")
                arguments += [until]
            }
            let whereClause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
            arguments += [max(0, query.limit)]
            let rows = try Row.fetchAll(db, sql: """
                SELECT a.*, s.url AS source_url FROM articles a LEFT JOIN sources s ON s.id = a.source_id
                \(whereClause) ORDER BY coalesce(a.published, a.fetched) DESC, a.id DESC LIMIT ?
                """, arguments: arguments)
            return rows.map { row in
                StoredArticle(id: row["id"], url: row["url"], canonicalURL: row["canonical_url"], guid: row["guid"],
                              source: row["source_url"], title: row["title"], byline: row["byline"], published: row["published"],
                              fetched: row["fetched"], language: row["language"], siteName: row["site_name"],
                              contentHash: row["content_hash"], text: row["text"])
            }
        }
    }

    // MARK: Access helpers

    private func run<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try pool.read(body)
        } catch {
            throw StoreError(path: path, reason: .database(Self.message(error)))
        }
    }

    func read<T: Sendable>(_ body: @Sendable @escaping (Database) throws -> T) async throws(StoreError) -> T {
        do {
            return try await pool.read(body)
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError(path: path, reason: .database(Self.message(error)))
        }
    }

    /// One `BEGIN IMMEDIATE` transaction: takes the write lock up front, so a concurrent
    /// process waits on the busy timeout instead of failing with SQLITE_BUSY on upgrade.
    func write<T: Sendable>(_ body: @Sendable @escaping (Database) throws -> T) async throws(StoreError) -> T {
        do {
            return try await immediateTransaction(body)
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError(path: path, reason: .database(Self.message(error)))
        }
    }

    /// Runs `body` in `BEGIN IMMEDIATE … COMMIT`, errors untranslated (callers map them).
    func immediateTransaction<T: Sendable>(_ body: @Sendable @escaping (Database) throws -> T) async throws -> T {
        try await pool.writeWithoutTransaction { db in
            var result: T?
            try db.inTransaction(.immediate) {
                result = try body(db)
                return .commit
            }
            guard let result else { throw StoreError(path: "", reason: .database("transaction produced no result")) }
            return result
        }
    }

    static func message(_ error: any Error) -> String {
        if let error = error as? DatabaseError {
            return error.message ?? error.description
        }
        return "\(error)"
    }
}
