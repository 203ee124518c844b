import Foundation
import GRDB
import Testing
@testable import NewsGraph

/// The bad-input matrix through `IngestPipeline` into a real SQLite database: each bad input
/// ends in a one-line failure naming it (or a correct article), the good inputs of the same
/// run are stored, and the database stays consistent.
@Suite struct IngestMatrixTests {
    func pipeline(_ folder: TemporaryDirectory, fetcher: Fetcher = Fetcher()) throws -> IngestPipeline {
        IngestPipeline(store: try SQLiteGraphStore(path: folder.path("g.sqlite")), reader: DocumentReader(),
                       analyzer: CapitalisedWordsAnalyzer(), fetcher: fetcher, options: .init(follow: false, concurrency: 2))
    }

    static func storedTexts(_ path: String) throws -> [String: String] {
        let queue = try DatabaseQueue(path: path)
        defer { try? queue.close() }
        return try queue.read { db in
            Dictionary(try Row.fetchAll(db, sql: "SELECT url, text FROM articles").map { ($0["url"], $0["text"]) }, uniquingKeysWith: { a, _ in a })
        }
    }

    func expectOneLine(_ failure: IngestFailure, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(!failure.description.contains("\n"), "not one line: \(failure)", sourceLocation: sourceLocation)
        #expect(failure.description.count < 400, "too long: \(failure.description.prefix(200))…", sourceLocation: sourceLocation)
    }

    @Test func hundredMegabytePageFileIsRefusedWithoutReadingIt() async throws {
        let folder = try TemporaryDirectory("ng-huge")
        let huge = folder.path("huge.html"), good = folder.path("good.html")
        try BadInputs.writeHugePage(to: huge)
        try BadInputs.goodPage.write(toFile: good, atomically: true, encoding: .utf8)
        let before = BadInputs.peakMemory()
        let ingest = try pipeline(folder)
        let started = ContinuousClock.now
        let report = await ingest.run([huge, good])
        #expect(ContinuousClock.now - started < .seconds(10))
        // Reading the file used to cost ~460 MB (the bytes, their copy, the decoded text,
        // libxml2's input) before the parser refused it; now nothing of it is read.
        let grown = BadInputs.peakMemory() - before
        #expect(grown < 50 << 20, "peak memory grew by \(grown >> 20) MB")
        #expect(report.failures.map(\.input) == [huge])
        let size = try #require(try FileManager.default.attributesOfItem(atPath: huge)[.size] as? Int)
        #expect(size > 100 << 20)
        #expect(report.failures.first?.reason == "file of \(size) bytes exceeds the 64 MiB limit for one document; not read")
        report.failures.forEach { expectOneLine($0) }
        #expect(report.inserted == 1)
        #expect(try Self.storedTexts(folder.path("g.sqlite"))[good]?.contains("Maria Santos, who runs a ferry company") == true)
        #expect(try GraphInvariants.violations(in: folder.path("g.sqlite")) == [])
    }

    @Test func fileJustUnderTheLimitIsRead() throws {
        let folder = try TemporaryDirectory("ng-limit")
        let path = folder.path("page.html")
        try BadInputs.goodPage.write(toFile: path, atomically: true, encoding: .utf8)
        let size = BadInputs.goodPage.utf8.count
        #expect(try LocalFile.read(path, maximumSize: size) == Array(BadInputs.goodPage.utf8))
        #expect(throws: IngestFailure(input: path, reason: "file of \(size) bytes exceeds the \(size - 1)-byte limit for one document; not read")) {
            try LocalFile.read(path, maximumSize: size - 1)
        }
    }

    @Test func hundredMegabytePageOverHTTPHitsTheFetchCap() async throws {
        let body = [UInt8](repeating: UInt8(ascii: "a"), count: 100 << 20)
        let server = try TestHTTPServer(routes: [
            "/huge": { _ in .init(headers: [("Content-Type", "text/html")], body: body) },
            "/huge-unannounced": { _ in
                var response = TestHTTPServer.Response(headers: [("Content-Type", "text/html")], body: body)
                response.sendsLength = false
                return response
            },
            "/good": { _ in .init(contentType: "text/html", body: BadInputs.goodPage) },
        ])
        let folder = try TemporaryDirectory("ng-huge-http")
        let ingest = try pipeline(folder)
        let started = ContinuousClock.now
        let report = await ingest.run([server.url("/huge"), server.url("/huge-unannounced"), server.url("/good")])
        #expect(ContinuousClock.now - started < .seconds(20))
        #expect(Set(report.failures.map(\.input)) == [server.url("/huge"), server.url("/huge-unannounced")])
        for failure in report.failures {
            #expect(failure.reason == "response larger than 10485760 bytes")
            expectOneLine(failure)
        }
        #expect(try Self.storedTexts(folder.path("g.sqlite"))[server.url("/good")]?.contains("harbour of Lisbon") == true)
        #expect(try GraphInvariants.violations(in: folder.path("g.sqlite")) == [])
    }

    /// Every matrix row, as files and over HTTP, into one database with one good page: the
    /// good page is stored, each bad input gets its own one-line failure, every row that has
    /// a correct result is stored, and the database passes its integrity and graph checks.
    @Test func theWholeMatrixNeverHarmsTheDatabase() async throws {
        let folder = try TemporaryDirectory("ng-matrix")
        let inputs = folder.url.appendingPathComponent("inputs")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        for (name, bytes) in BadInputs.files() { try Data(bytes).write(to: inputs.appendingPathComponent(name)) }
        try BadInputs.writeHugePage(to: inputs.appendingPathComponent("huge.html").path)
        try Data(BadInputs.goodPage.utf8).write(to: inputs.appendingPathComponent("good.html"))
        let server = try TestHTTPServer(routes: [
            "/loop-a": { _ in .redirect("/loop-b") },
            "/loop-b": { _ in .redirect("/loop-a") },
            "/hang": { _ in .init(contentType: "text/html", body: BadInputs.goodPage, delay: 8) },
            "/page-as-feed": { _ in .init(contentType: "application/rss+xml", body: BadInputs.page) },
            "/feed-as-page": { _ in .init(contentType: "text/html; charset=utf-8", body: BadInputs.feed) },
            "/bogus-charset": { _ in .init(contentType: "text/html; charset=bogus-8", body: BadInputs.page) },
            "/empty": { _ in .init(contentType: "text/html", body: "") },
        ])
        let fetcher = Fetcher(policy: FetchPolicy(connectTimeout: 1, totalTimeout: 2))
        let urls = ["/loop-a", "/hang", "/page-as-feed", "/feed-as-page", "/bogus-charset", "/empty"].map(server.url)
        let ingest = try pipeline(folder, fetcher: fetcher)
        let started = ContinuousClock.now
        let events = EventLog()
        let report = await ingest.run([inputs.path] + urls, observer: { events.append($0) })
        #expect(ContinuousClock.now - started < .seconds(30))

        func file(_ name: String) -> String { inputs.appendingPathComponent(name).path }
        let expectedFailures: [String: String] = [
            file("huge.html"): "exceeds the 64 MiB limit for one document; not read",
            file("deep.html"): "markup nested more than 256 elements deep",
            // The entry cut off after its <item> tag: the two before it are stored.
            file("truncated.xml"): "feed entry has no content or summary",
            file("laughs.xml"): "entity declarations expand without bound",
            file("empty.html"): "empty document",
            file("blank.html"): "empty document",
            file("random.bin"): "binary data",
            server.url("/loop-a"): "redirect loop: \(server.url("/loop-a")) -> \(server.url("/loop-b")) -> \(server.url("/loop-a"))",
            server.url("/hang"): "timed out after",
            server.url("/empty"): "empty document",
        ]
        #expect(Set(report.failures.map(\.input)) == Set(expectedFailures.keys), "\(report.failures)")
        #expect(report.failures.count == expectedFailures.count, "one failure per bad input: \(report.failures)")
        for failure in report.failures {
            expectOneLine(failure)
            if let reason = expectedFailures[failure.input] { #expect(failure.reason.contains(reason), "\(failure)") }
        }

        let db = folder.path("g.sqlite")
        let texts = try Self.storedTexts(db)
        #expect(texts[file("good.html")]?.contains("Maria Santos, who runs a ferry company") == true)
        // Rows with a correct result are stored; the same text under another name counts as
        // the same article (the store recognises it by its content hash), so look at the events.
        let stored = Set(events.all.compactMap { event -> String? in
            if case .article(let url, _, _) = event { return url }
            return nil
        })
        let readable = ["truncated.html", "klingon.html", "utf32le-bom.html", "utf32be-bom.html", "utf32le.html", "utf16le-bom.html",
                        "nul.html", "page-named.xml"].map(file) + ["/page-as-feed", "/bogus-charset"].map(server.url)
        #expect(Set(readable).subtracting(stored).isEmpty, "not stored: \(Set(readable).subtracting(stored).sorted())")
        #expect(texts.values.contains { $0.contains("Anna Müller, the chief economist of Helios Bank") }, "UTF-16/32 text")
        #expect(texts.values.contains { $0.contains("Anna Keller, the chief economist of Helios Bank") })
        #expect(texts[file("truncated.html")]?.contains("Markets in Paris") == false, "the truncated page is its own article")
        // The feeds' entries (no-follow: their descriptions), once each however many feeds list them.
        #expect(texts["https://bad.example/1"] == "One.")
        #expect(texts["https://bad.example/3"] == "Three.")
        #expect(!texts.values.contains { $0.contains("root:") }, "an external entity was expanded")

        #expect(try GraphInvariants.violations(in: db) == [])
        let queue = try DatabaseQueue(path: db)
        defer { try? queue.close() }
        let (integrity, foreignKeys, articles) = try await queue.read { db in
            (try String.fetchAll(db, sql: "PRAGMA integrity_check"), try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").count,
             try Int.fetchOne(db, sql: "SELECT count(*) FROM articles"))
        }
        #expect(integrity == ["ok"])
        #expect(foreignKeys == 0)
        #expect(articles == texts.count)
    }
}
