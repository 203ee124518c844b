import Foundation
import GRDB
import Testing
@testable import NewsGraph

@Suite struct BatchInsertTests {
    static let sql = BatchInsert.SQL(prefix: "INSERT OR IGNORE INTO t (k, v)", columns: 2)

    /// Every run length (across the statement sizes) stores the same rows, with the same
    /// rowids, as one-row statements; rows the conflict clause skips are not counted.
    @Test func storesWhatOneRowStatementsStore() throws {
        for count in [0, 1, 7, 8, 9, 31, 32, 33, 49, 75] {
            let rows = (0..<count).map { (key: "k\($0 % 40)", value: Int64($0)) }   // keys repeat past 40
            let batched = try DatabaseQueue(), single = try DatabaseQueue()
            for queue in [batched, single] {
                try queue.write { db in try db.execute(sql: "CREATE TABLE t (id INTEGER PRIMARY KEY, k TEXT UNIQUE, v INTEGER)") }
            }
            let changed = try batched.write { db in
                try BatchInsert(db, Self.sql).insert(rows.count) { statement, parameter, row in
                    statement.bind(parameter, rows[row].key)
                    statement.bind(parameter + 1, rows[row].value)
                }
            }
            try single.write { db in
                for row in rows { try db.execute(sql: "INSERT OR IGNORE INTO t (k, v) VALUES (?, ?)", arguments: [row.key, row.value]) }
            }
            let dump = "SELECT id || ' ' || k || ' ' || v FROM t ORDER BY id"
            #expect(try batched.read { try String.fetchAll($0, sql: dump) } == single.read { try String.fetchAll($0, sql: dump) })
            #expect(changed == min(count, 40), "\(count) rows")
        }
    }

    @Test func statementsCoverEverySize() {
        #expect(BatchInsert.sizes.last == 1)
        #expect(Self.sql.texts.count == BatchInsert.sizes.count)
        #expect(Self.sql.texts.last == "INSERT OR IGNORE INTO t (k, v) VALUES (?, ?)")
        #expect(Self.sql.texts.first?.components(separatedBy: "(?, ?)").count == BatchInsert.sizes[0] + 1)
    }
}
