import Foundation
import Testing
@testable import NewsGraph

/// Hostile input: external entities, entity bombs, oversized, binary and empty input.
@Suite struct FeedSafetyTests {
    @Test func externalEntityContentAppearsNowhere() throws {
        let xml = """
            <?xml version="1.0"?>
            <!DOCTYPE rss [
              <!ENTITY x SYSTEM "file:///etc/passwd">
              <!ENTITY y SYSTEM "http://127.0.0.1:9/evil">
            ]>
            <rss version="2.0"><channel><title>T &x;</title><link>http://e.com/&x;</link>
            <item><title>&x;</title><description>&x; &y;</description><guid>&x;</guid></item></channel></rss>
            """
        let feed = try FeedParser.parse(Array(xml.utf8))
        #expect(feed.title == "T")
        #expect(feed.entries.count == 1)
        let everything = String(decoding: try JSONEncoder().encode(feed), as: UTF8.self)
        #expect(!everything.contains("root:"))
        #expect(!everything.contains("/bin/"))
        #expect(!everything.contains("nologin"))
    }

    @Test func billionLaughsFailsFast() throws {
        var xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n<!ENTITY lol0 \"lol\">\n"
        for level in 1...10 {
            xml += "<!ENTITY lol\(level) \"\(String(repeating: "&lol\(level - 1);", count: 10))\">\n"
        }
        xml += "]>\n<rss version=\"2.0\"><channel><title>&lol10;</title></channel></rss>"
        let clock = ContinuousClock()
        var outcome: Result<Feed, FeedError>!
        let elapsed = clock.measure {
            outcome = Result { () throws(FeedError) -> Feed in try FeedParser.parse(Array(xml.utf8), source: "lol.xml") }
        }
        // Ten billion "lol"s would take minutes and gigabytes; refusing takes milliseconds.
        #expect(elapsed < .seconds(5))
        switch outcome! {
        case let .failure(error): #expect(error == FeedError(source: "lol.xml", reason: .entityExpansion))
        case let .success(feed): Issue.record("expected a refusal, got a title of \(feed.title?.count ?? 0) characters")
        }
    }

    @Test func sizeCapGivesAClearError() {
        let bytes = Array("<rss><channel><title>Big</title></channel></rss>".utf8)
        #expect(throws: FeedError(source: "big.xml", reason: .tooLarge(bytes: bytes.count, limit: 16))) {
            try FeedParser.parse(bytes, source: "big.xml", maximumSize: 16)
        }
        #expect(FeedError(source: "big.xml", reason: .tooLarge(bytes: 47, limit: 16)).description
            == "big.xml: input of 47 bytes exceeds the 16-byte limit")
    }

    @Test func binaryAndEmptyInput() {
        var generator = SystemRandomNumberGenerator()
        let garbage = (0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) } + [0]
        #expect(throws: FeedError(source: "x.bin", reason: .binary)) { try FeedParser.parse(garbage, source: "x.bin") }
        #expect(throws: FeedError(source: "e.xml", reason: .empty)) { try FeedParser.parse([], source: "e.xml") }
        #expect(throws: FeedError(source: "w.xml", reason: .empty)) {
            try FeedParser.parse(Array(" \n\t ".utf8), source: "w.xml")
        }
        #expect(throws: FeedError(source: "t.txt", reason: .notAFeed("text without markup"))) {
            try FeedParser.parse(Array("just some words".utf8), source: "t.txt")
        }
    }
}

@Suite struct FeedEntityBudgetTests {
    @Test func flatEntityBlowupIsRefusedQuickly() throws {
        // 50 KB entity × 20,000 references: a 110 KB file that would read as 1 GB.
        let big = String(repeating: "A", count: 50_000)
        let xml = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY e \"\(big)\">]><rss version=\"2.0\"><channel><title>"
            + String(repeating: "&e;", count: 20_000) + "</title></channel></rss>"
        let clock = ContinuousClock()
        let start = clock.now
        #expect(throws: FeedError(source: "quad.xml", reason: .entityExpansion)) {
            try FeedParser.parse(Array(xml.utf8), source: "quad.xml")
        }
        #expect(clock.now - start < .seconds(10))
    }

    @Test func modestDeclaredEntitiesStillWork() throws {
        let xml = """
            <?xml version="1.0"?><!DOCTYPE rss [<!ENTITY org "Example Org"><!ENTITY both "&org; &amp; friends">]>
            <rss version="2.0"><channel><title>&both;</title><item><title>News from &org;</title></item></channel></rss>
            """
        let feed = try FeedParser.parse(Array(xml.utf8))
        #expect(feed.title == "Example Org & friends")
        #expect(feed.entries.first?.title == "News from Example Org")
    }
}
