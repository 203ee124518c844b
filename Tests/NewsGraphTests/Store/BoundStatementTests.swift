import Foundation
import GRDB
import Testing
@testable import NewsGraph

@Suite struct BoundStatementTests {
    static let create = "CREATE TABLE t (id INTEGER PRIMARY KEY, i INTEGER, d REAL, s TEXT, b INTEGER, n TEXT)"
    static let insert = "INSERT INTO t (i, d, s, b, n) VALUES (?, ?, ?, ?, ?)"

    /// Each value as SQLite stores it: its type and its SQL literal.
    static func stored(_ db: Database) throws -> [[String]] {
        try Row.fetchAll(db, sql: """
            SELECT typeof(i), quote(i), typeof(d), quote(d), typeof(s), quote(s), hex(s), typeof(b), quote(b), typeof(n)
            FROM t ORDER BY id
            """).map { row in (0..<row.count).map { row[$0] as String? ?? "nil" } }
    }

    static let date = Date(timeIntervalSince1970: 1_700_000_000.123)
    static let values: [(Int64?, Double, String?, Bool)] = [
        (nil, 0.1, nil, false),
        (Int64.max, -1e300, "", true),
        (Int64.min, .pi, "Zoë Ünal in 北京 — “quoted” 🇫🇷", false),
        (0, 0.9, String.fromDatabaseValue(date.databaseValue), true),
        (42, 1.0 / 3.0, "before\u{0}after", false),
        (-7, .leastNonzeroMagnitude, "tab\there\nnewline 'apostrophe'", true),
    ]

    @Test func bindsEveryValueAsGRDBDoes() throws {
        let viaGRDB = try DatabaseQueue()
        let viaC = try DatabaseQueue()
        try viaGRDB.write { db in
            try db.execute(sql: Self.create)
            for (i, d, s, b) in Self.values {
                try db.execute(sql: Self.insert, arguments: [i, d, s, b, nil as String?])
            }
        }
        try viaC.write { db in
            try db.execute(sql: Self.create)
            let insert = try BoundStatement(db, sql: Self.insert)
            for (i, d, s, b) in Self.values {
                insert.bind(1, i)
                insert.bind(2, d)
                insert.bind(3, s)
                insert.bind(4, b)
                insert.bind(5, nil as String?)
                try insert.execute()
                #expect(insert.changes == 1)
                #expect(insert.lastInsertedRowID == db.lastInsertedRowID)
            }
        }
        let expected = try viaGRDB.read(Self.stored)
        let actual = try viaC.read(Self.stored)
        #expect(actual == expected)
        #expect(expected.count == Self.values.count)
        // The date is GRDB's text format, and non-ASCII text is stored as UTF-8.
        #expect(actual[3][5] == "'2023-11-14 22:13:20.123'")
        #expect(actual[2][6] == Data("Zoë Ünal in 北京 — “quoted” 🇫🇷".utf8).map { String(format: "%02X", $0) }.joined())
        #expect(actual[0][4] == "null" && actual[1][4] == "text" && actual[1][5] == "''")
    }

    @Test func fetchesIntegersAndNoRowAsNil() throws {
        let queue = try DatabaseQueue()
        try queue.write { db in
            try db.execute(sql: Self.create)
            try db.execute(sql: Self.insert, arguments: [7, 0.5, "x", true, nil as String?])
            try db.execute(sql: Self.insert, arguments: [nil as Int64?, 0.5, "y", true, nil as String?])
            let select = try BoundStatement(db, sql: "SELECT i FROM t WHERE s = ?")
            select.bind(1, "x")
            #expect(try select.fetchInt64() == 7)
            select.bind(1, "y")
            #expect(try select.fetchInt64() == nil)
            select.bind(1, "absent")
            #expect(try select.fetchInt64() == nil)
            // Reset after each use: GRDB can run the same cached statement again.
            #expect(try Int64.fetchOne(db.cachedStatement(sql: "SELECT i FROM t WHERE s = ?"), arguments: ["x"]) == 7)
        }
    }

    @Test func stepsThroughEveryRowThenResets() throws {
        let queue = try DatabaseQueue()
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE t (i INTEGER, s TEXT)")
            try db.execute(sql: "INSERT INTO t VALUES (1, 'x'), (2, 'x'), (NULL, 'x'), (4, 'y')")
            let select = try BoundStatement(db, sql: "SELECT i, i * 10 FROM t WHERE s = ? ORDER BY rowid")
            var rows: [[Int64]] = []
            select.bind(1, "x")
            try select.forEachRow { rows.append([$0.int64(0), $0.int64(1)]) }
            #expect(rows == [[1, 10], [2, 20], [0, 0]])
            rows = []
            select.bind(1, "absent")
            try select.forEachRow { rows.append([$0.int64(0)]) }
            #expect(rows.isEmpty)
            // An error from the body ends the walk and still resets the statement.
            struct Stop: Error {}
            select.bind(1, "x")
            #expect(throws: Stop.self) { try select.forEachRow { _ in throw Stop() } }
            #expect(try Int64.fetchOne(db.cachedStatement(sql: "SELECT i, i * 10 FROM t WHERE s = ? ORDER BY rowid"), arguments: ["y"]) == 4)
        }
    }

    @Test func failedStepThrowsGRDBsErrorAndTheStatementStaysUsable() throws {
        let queue = try DatabaseQueue()
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE u (k TEXT NOT NULL UNIQUE)")
            let insert = try BoundStatement(db, sql: "INSERT INTO u (k) VALUES (?)")
            insert.bind(1, "a")
            try insert.execute()
            insert.bind(1, "a")
            let error = #expect(throws: DatabaseError.self) { try insert.execute() }
            #expect(error?.resultCode == .SQLITE_CONSTRAINT)
            #expect(error?.message?.contains("u.k") == true)
            #expect(error?.sql == "INSERT INTO u (k) VALUES (?)")
            insert.bind(1, nil as String?)
            #expect(throws: DatabaseError.self) { try insert.execute() }
            insert.bind(1, "b")
            try insert.execute()
            #expect(try String.fetchAll(db, sql: "SELECT k FROM u ORDER BY k") == ["a", "b"])
        }
    }
}
