import Foundation
import GRDB
import Testing
@testable import NewsGraph
#if canImport(Glibc)
import Glibc
#endif

@Suite(.enabled(if: NewsGraphBinary.url != nil, "the newsgraph binary is built"))
struct IngestCommandTests {
    /// `count` pages with a few paragraphs each, some nested a level down.
    static func writePages(_ count: Int, into folder: URL) throws {
        for index in 0..<count {
            let sub = folder.appendingPathComponent("batch\(index % 7)")
            try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
            let paragraphs = (0..<12).map { "<p>Story \(index), paragraph \($0): Alice Smith met Bob Jones in Paris to talk about trade.</p>" }
            let html = "<!doctype html><html lang=\"en\"><head><title>Story \(index)</title></head><body>\(paragraphs.joined())</body></html>"
            try html.write(to: sub.appendingPathComponent("story-\(index).html"), atomically: true, encoding: .utf8)
        }
    }

    static func articleCount(_ path: String) throws -> Int {
        let queue = try DatabaseQueue(path: path)
        defer { try? queue.close() }
        return try queue.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM articles") ?? 0 }
    }

    @Test func ingestReportsFailuresAndExitsNonZeroThenStatsAndArticlesReadTheGraph() throws {
        let folder = try TemporaryDirectory()
        try Self.writePages(5, into: folder.url.appendingPathComponent("pages"))
        let db = folder.path("g.sqlite")
        let ingest = try NewsGraphBinary.run(["ingest", "--db", db, folder.path("pages"), folder.path("nope.html")])
        #expect(ingest.status == 1)
        #expect(ingest.stderr.contains("error: \(folder.path("nope.html")): no such file or directory"))
        #expect(ingest.stderr.contains("5 articles (5 new, 0 updated, 0 unchanged), 1 failed"))

        let stats = try NewsGraphBinary.run(["stats", "--format", "json"], environment: ["NEWSGRAPH_DB": db])
        #expect(stats.status == 0)
        let counts = try JSONSerialization.jsonObject(with: Data(stats.stdout.utf8)) as? [String: Any]
        #expect(counts?["articles"] as? Int == 5)
        #expect(counts?["schema_version"] as? Int == Migration.latestVersion)

        let articles = try NewsGraphBinary.run(["articles", "--db", db, "--limit", "2", "--format", "json"])
        #expect(articles.status == 0)
        let list = try #require(try JSONSerialization.jsonObject(with: Data(articles.stdout.utf8)) as? [[String: Any]])
        #expect(list.count == 2)
        for key in ["id", "url", "canonical_url", "title", "byline", "published", "source", "text"] {
            #expect(list[0].keys.contains(key), "\(key)")
        }
        #expect((list[0]["text"] as? String)?.hasPrefix("Story ") == true)

        let again = try NewsGraphBinary.run(["ingest", "--quiet", "--db", db, folder.path("pages")])
        #expect(again.status == 0)
        #expect(again.stderr.isEmpty)
        #expect(try Self.articleCount(db) == 5)
    }

    @Test func readCommandsRefuseAMissingDatabase() throws {
        let folder = try TemporaryDirectory()
        let result = try NewsGraphBinary.run(["stats", "--db", folder.path("absent.sqlite")])
        #expect(result.status != 0)
        #expect(result.stderr.contains("absent.sqlite: no such database"))
        #expect(!FileManager.default.fileExists(atPath: folder.path("absent.sqlite")))
    }

    /// SIGKILL mid-run leaves a consistent database, and the same command then completes it.
    @Test func killedIngestLeavesConsistentDatabaseAndRerunCompletes() async throws {
        let folder = try TemporaryDirectory()
        let pages = folder.url.appendingPathComponent("pages")
        let total = 400
        try Self.writePages(total, into: pages)
        let db = folder.path("g.sqlite")
        let arguments = ["ingest", "--quiet", "--concurrency", "2", "--db", db, pages.path]
        let (process, _, _) = try NewsGraphBinary.start(arguments)
        // Wait (generously: the machine may be busy) until some articles are in, then kill.
        var seen = 0
        let deadline = Date().addingTimeInterval(60)
        while seen < 20, process.isRunning, Date() < deadline {
            try await Task.sleep(nanoseconds: 10_000_000)
            seen = FileManager.default.fileExists(atPath: db) ? ((try? Self.articleCount(db)) ?? 0) : 0
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)
        let stored = try Self.articleCount(db)
        #expect(stored > 0 && stored < total, "killed after \(stored) of \(total) articles")
        #expect(try GraphInvariants.violations(in: db) == [])

        let rerun = try NewsGraphBinary.run(arguments)
        #expect(rerun.status == 0, "\(rerun.stderr)")
        #expect(try Self.articleCount(db) == total)
        #expect(try GraphInvariants.violations(in: db) == [])
    }

    @Test func twoIngestProcessesOnOneDatabaseBothSucceed() throws {
        let folder = try TemporaryDirectory()
        let pages = folder.url.appendingPathComponent("pages")
        try Self.writePages(150, into: pages)
        let db = folder.path("g.sqlite")
        let arguments = ["ingest", "--quiet", "--db", db, pages.path]
        let first = try NewsGraphBinary.start(arguments)
        let second = try NewsGraphBinary.start(arguments)
        var errors: [String] = []
        for (process, _, err) in [first, second] {
            let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(process.terminationStatus == 0, "\(stderr)")
            errors.append(stderr)
        }
        #expect(errors == ["", ""])
        #expect(try Self.articleCount(db) == 150)
        #expect(try GraphInvariants.violations(in: db) == [])
    }
}
