import GRDB

/// One INSERT written for several rows at once (`VALUES (…), (…), …`), so that a run of rows
/// costs a few statement executions instead of one each.
///
/// Each execution of a one-row INSERT opens the table's and its indexes' cursors, checks the
/// transaction and closes them again; for the ~50 mentions and ~40 evidence rows of an
/// article that overhead was about as much as SQLite's work on the rows. SQLite inserts a
/// multi-row VALUES list in order, row by row, with the statement's conflict clause applied to
/// each row, so the table ends up exactly as with one-row statements (same rowids).
///
/// ```swift
/// let insert = try BatchInsert(db, BatchInsert.SQL(prefix: "INSERT INTO t (a, b)", columns: 2))
/// let stored = try insert.insert(rows.count) { statement, parameter, row in
///     statement.bind(parameter, rows[row].a)
///     statement.bind(parameter + 1, rows[row].b)
/// }
/// ```
struct BatchInsert {
    /// Rows per statement, largest first: a run is cut into as few statements as these allow.
    static let sizes = [32, 8, 1]

    private let columns: Int
    private let statements: [BoundStatement]

    /// The statements' SQL, one per size in ``sizes``: built once per process (see
    /// ``MergeStatements``), as the statement cache is looked up by the SQL text.
    struct SQL: Sendable {
        let columns: Int
        let texts: [String]

        /// - Parameters:
        ///   - prefix: the statement up to `VALUES` (`INSERT OR IGNORE INTO t (a, b)`).
        ///   - columns: the values per row.
        init(prefix: String, columns: Int) {
            self.columns = columns
            let row = "(" + Array(repeating: "?", count: columns).joined(separator: ", ") + ")"
            texts = BatchInsert.sizes.map { size in
                prefix + " VALUES " + Array(repeating: row, count: size).joined(separator: ", ")
            }
        }
    }

    init(_ db: Database, _ sql: SQL) throws {
        columns = sql.columns
        statements = try sql.texts.map { try BoundStatement(db, sql: $0) }
    }

    /// Inserts rows `0..<count`; `bind` binds row `row`'s values from parameter `parameter` on.
    /// - Returns: the rows the statements changed (less than `count` when a conflict clause
    ///   skipped some).
    @discardableResult
    func insert(_ count: Int, bind: (BoundStatement, _ parameter: Int32, _ row: Int) -> Void) throws -> Int {
        var row = 0
        var changed = 0
        while row < count {
            let index = Self.sizes.firstIndex { $0 <= count - row } ?? Self.sizes.count - 1
            let size = Self.sizes[index], statement = statements[index]
            for offset in 0..<size { bind(statement, Int32(offset * columns + 1), row + offset) }
            try statement.execute()
            changed += statement.changes
            row += size
        }
        return changed
    }
}
