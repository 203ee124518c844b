import Foundation
import Testing
@testable import NewsGraph

@Suite struct ArticleRecordTests {
    static func record(_ text: String) -> ArticleRecord {
        ArticleRecord(Article(url: "https://news.example/a", title: "T", paragraphs: [text]), fetched: Date())
    }

    /// 200 Unicode scalars or more, counted as scalars (not bytes, not characters).
    @Test func identifiableByHashFromTwoHundredScalars() {
        #expect(!Self.record("").identifiableByHash)
        #expect(!Self.record(String(repeating: "a", count: 199)).identifiableByHash)
        #expect(Self.record(String(repeating: "a", count: 200)).identifiableByHash)
        // "é" as e + combining acute: two scalars, one character; 100 of them are 200 scalars.
        #expect(Self.record(String(repeating: "e\u{301}", count: 100)).identifiableByHash)
        #expect(!Self.record(String(repeating: "e\u{301}", count: 99) + "x").identifiableByHash)
        // 199 four-byte scalars: 796 bytes, still too short.
        #expect(!Self.record(String(repeating: "😀", count: 199)).identifiableByHash)
        #expect(Self.record(String(repeating: "😀", count: 200)).identifiableByHash)
    }
}
