import CSQLiteSetup
import Foundation
import GRDBSQLite
import Testing
@testable import NewsGraph

@Suite struct SQLiteSetUpTests {
    /// The setting is process-wide and only takes before SQLite starts, so in a test process
    /// where something else opened SQLite first it may not have been applied; either way the
    /// flag must tell the truth: statistics are off (SQLite then counts 0 bytes in use while
    /// a connection is open) exactly when the setup says it applied them.
    @Test func memoryStatisticsAreOffWhenTheSetUpSaysSo() async throws {
        let folder = try TemporaryDirectory()
        let store = try SQLiteGraphStore(path: folder.path("g.sqlite"))
        _ = try await store.counts()
        #expect(SQLiteGraphStore.sqliteSetUp == (sqlite3_memory_used() == 0))
    }

    /// Once SQLite runs, the C call is refused (SQLITE_MISUSE) rather than half-applied.
    @Test func theSetUpIsRefusedOnceSQLiteRuns() throws {
        let folder = try TemporaryDirectory()
        _ = try SQLiteGraphStore(path: folder.path("g.sqlite"))
        #expect(newsgraph_sqlite_disable_memory_statistics() == SQLITE_MISUSE)
    }
}
