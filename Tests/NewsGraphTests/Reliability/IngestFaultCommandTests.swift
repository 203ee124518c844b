import Foundation
import GRDB
import Testing
@testable import NewsGraph

/// A redirect loop and a server that never answers, through `newsgraph ingest` as a user runs
/// it, into a real database, beside inputs that work.
@Suite(.enabled(if: NewsGraphBinary.url != nil, "the newsgraph binary is built"))
struct IngestFaultCommandTests {
    @Test func redirectLoopAndHangingServerFailAloneAndTheRestIsStored() throws {
        let server = try TestHTTPServer(routes: [
            "/loop-a": { _ in .redirect("/loop-b") },
            "/loop-b": { _ in .redirect("/loop-a") },
            // Longer than the fetcher's 10 s read timeout: from the client's side it never answers.
            "/hang": { _ in .init(contentType: "text/html", body: BadInputs.goodPage, delay: 25) },
            "/good": { _ in .init(contentType: "text/html", body: BadInputs.page) },
        ])
        let folder = try TemporaryDirectory("ng-faults")
        let db = folder.path("g.sqlite"), local = folder.path("good.html")
        try BadInputs.goodPage.write(toFile: local, atomically: true, encoding: .utf8)
        let (loop, hang, good) = (server.url("/loop-a"), server.url("/hang"), server.url("/good"))

        let started = Date()
        let result = try NewsGraphBinary.run(["ingest", "--db", db, loop, hang, good, local])
        let elapsed = Date().timeIntervalSince(started)

        #expect(result.status == 1)
        #expect(elapsed < 25, "the hanging server held ingest for \(elapsed) s")
        let errors = result.stderr.split(separator: "\n").filter { $0.hasPrefix("error: ") }.map(String.init)
        #expect(errors.contains("error: \(loop): redirect loop: \(loop) -> \(server.url("/loop-b")) -> \(loop)"), "\(result.stderr)")
        #expect(errors.contains("error: \(hang): timed out after 10 s"), "\(result.stderr)")
        #expect(errors.last?.hasPrefix("error: 2 articles (2 new, 0 updated, 0 unchanged), 2 failed in ") == true, "\(result.stderr)")
        #expect(errors.count == 3, "one line per failed input and the summary: \(errors)")

        #expect(try GraphInvariants.violations(in: db) == [])
        let queue = try DatabaseQueue(path: db)
        defer { try? queue.close() }
        let (urls, integrity, foreignKeys) = try queue.read { db in
            (try String.fetchAll(db, sql: "SELECT url FROM articles ORDER BY url"), try String.fetchAll(db, sql: "PRAGMA integrity_check"),
             try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").count)
        }
        #expect(urls == [good, local].sorted())
        #expect(integrity == ["ok"])
        #expect(foreignKeys == 0)
    }

    /// `--timeout` gives up on a silent server sooner, for ingest and extract alike, and the
    /// message names the limit the user set.
    @Test func timeoutOptionBoundsEachDownload() throws {
        let server = try TestHTTPServer(routes: [
            "/hang": { _ in .init(contentType: "text/html", body: BadInputs.goodPage, delay: 20) },
            "/good": { _ in .init(contentType: "text/html", body: BadInputs.page) },
        ])
        let folder = try TemporaryDirectory("ng-timeout")
        let db = folder.path("g.sqlite")
        let (hang, good) = (server.url("/hang"), server.url("/good"))

        var started = Date()
        let ingest = try NewsGraphBinary.run(["ingest", "--timeout", "2", "--db", db, hang, good])
        var elapsed = Date().timeIntervalSince(started)
        #expect(ingest.status == 1)
        #expect(elapsed < 9, "ingest waited \(elapsed) s for a silent server with --timeout 2")
        #expect(ingest.stderr.contains("error: \(hang): timed out after 2 s"), "\(ingest.stderr)")
        #expect(ingest.stderr.contains("1 articles (1 new, 0 updated, 0 unchanged), 1 failed in "), "\(ingest.stderr)")

        started = Date()
        let extract = try NewsGraphBinary.run(["extract", "--timeout", "1.5", hang])
        elapsed = Date().timeIntervalSince(started)
        #expect(extract.status == 1)
        #expect(elapsed < 8, "extract waited \(elapsed) s with --timeout 1.5")
        #expect(extract.stderr == "error: \(hang): timed out after 1.5 s\n", "\(extract.stderr)")

        let invalid = try NewsGraphBinary.run(["ingest", "--timeout", "0", "--db", db, good])
        #expect(invalid.status == 64)
        #expect(invalid.stderr.contains("--timeout must be a number of seconds above 0 and at most 86400, not 0.0"), "\(invalid.stderr)")
    }
}
