import GRDB
import GRDBSQLite

/// One of the connection's cached statements, bound and stepped through the SQLite C API.
///
/// GRDB's `execute(arguments:)` builds a `StatementArguments` array of boxed values for
/// every row and checks it against the statement; the store's ingest writes ~100 rows per
/// article through a dozen statements, and that boxing, plus looking the statement up by
/// its SQL text each time, cost more than SQLite's own work on those rows. A
/// `BoundStatement` is looked up once per article and binds each value straight into
/// SQLite, storing exactly what GRDB would: integers as INTEGER, `Double` as REAL,
/// `String` as UTF-8 TEXT up to any NUL, `nil` as NULL (dates are formatted by GRDB once, then bound as text).
///
/// ```swift
/// let insert = try BoundStatement(db, sql: "INSERT INTO t (a, b) VALUES (?, ?)")
/// insert.bind(1, 42)
/// insert.bind(2, "Zoë")
/// try insert.execute()
/// ```
///
/// Every value of a statement is bound before each use: bindings persist between uses.
/// `execute`, `fetchInt64` and `forEachRow` reset the statement, so GRDB may use it again afterwards.
struct BoundStatement {
    private let statement: Statement
    private let handle: OpaquePointer
    private let database: Database

    /// - Throws: GRDB's `DatabaseError` when the SQL does not compile.
    init(_ db: Database, sql: String) throws {
        statement = try db.cachedStatement(sql: sql)
        handle = statement.sqliteStatement
        database = db
    }

    func bind(_ index: Int32, _ value: Int64) {
        sqlite3_bind_int64(handle, index, value)
    }

    func bind(_ index: Int32, _ value: Int) {
        sqlite3_bind_int64(handle, index, Int64(value))
    }

    func bind(_ index: Int32, _ value: Bool) {
        sqlite3_bind_int64(handle, index, value ? 1 : 0)
    }

    func bind(_ index: Int32, _ value: Double) {
        sqlite3_bind_double(handle, index, value)
    }

    func bind(_ index: Int32, _ value: Int64?) {
        if let value { bind(index, value) } else { sqlite3_bind_null(handle, index) }
    }

    /// Like GRDB, binds the C string: text after an embedded NUL is not stored.
    func bind(_ index: Int32, _ value: String?) {
        guard let value else {
            sqlite3_bind_null(handle, index)
            return
        }
        // A native Swift string is already NUL-terminated UTF-8: no copy here, one in SQLite.
        value.withCString { text in _ = sqlite3_bind_text(handle, index, text, -1, Self.transient) }
    }

    /// Steps the statement to its end, then resets it.
    func execute() throws {
        defer { sqlite3_reset(handle) }
        var code = sqlite3_step(handle)
        while code == SQLITE_ROW { code = sqlite3_step(handle) }
        guard code == SQLITE_DONE else { throw error(code) }
    }

    /// The first column of the first row (nil when there is no row or it is NULL), then resets.
    func fetchInt64() throws -> Int64? {
        defer { sqlite3_reset(handle) }
        let code = sqlite3_step(handle)
        switch code {
        case SQLITE_ROW:
            return sqlite3_column_type(handle, 0) == SQLITE_NULL ? nil : sqlite3_column_int64(handle, 0)
        case SQLITE_DONE:
            return nil
        default:
            throw error(code)
        }
    }

    /// Calls `body` for each row (read its columns with ``int64(_:)``), then resets.
    func forEachRow(_ body: (BoundStatement) throws -> Void) throws {
        defer { sqlite3_reset(handle) }
        var code = sqlite3_step(handle)
        while code == SQLITE_ROW {
            try body(self)
            code = sqlite3_step(handle)
        }
        guard code == SQLITE_DONE else { throw error(code) }
    }

    /// A column of the current row as an integer (0 for NULL), inside ``forEachRow(_:)``.
    func int64(_ column: Int32) -> Int64 { sqlite3_column_int64(handle, column) }

    /// The rowid the connection's last successful INSERT gave.
    var lastInsertedRowID: Int64 { sqlite3_last_insert_rowid(database.sqliteConnection) }

    /// Rows the connection's last INSERT, UPDATE or DELETE changed (0 when OR IGNORE skipped it).
    var changes: Int { Int(sqlite3_changes(database.sqliteConnection)) }

    /// The same error GRDB throws for a failed step, so callers' handling (busy, full disk) holds.
    private func error(_ code: Int32) -> DatabaseError {
        let message = sqlite3_errmsg(database.sqliteConnection).map { String(cString: $0) }
        return DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: statement.sql)
    }

    /// SQLite copies the text before `bind` returns (`SQLITE_TRANSIENT`): the Swift string's
    /// buffer only lives for the call.
    private static var transient: sqlite3_destructor_type { unsafeBitCast(-1, to: sqlite3_destructor_type.self) }
}
