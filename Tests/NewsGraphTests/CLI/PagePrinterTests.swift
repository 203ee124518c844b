import Foundation
import Testing
@testable import newsgraph
@testable import NewsGraph

@Suite struct PagePrinterTests {
    static let article = Article(
        url: "https://example.com/a", canonicalURL: "https://example.com/c", title: "A \"quoted\" title",
        byline: nil, published: FeedDate.parse("2024-03-05T09:30:00+01:00"), language: "en", siteName: "Site",
        paragraphs: ["First line\twith a tab.", "Second \\ paragraph."])

    @Test func jsonHasTheDocumentedKeysInOrderAndParses() throws {
        let json = PagePrinter.json(Self.article)
        let keys = json.split(separator: "\n").compactMap { line -> String? in
            guard line.hasPrefix("  \""), let end = line.dropFirst(3).firstIndex(of: "\"") else { return nil }
            return String(line[line.index(line.startIndex, offsetBy: 3)..<end])
        }
        #expect(keys == ["url", "canonical_url", "title", "byline", "published", "language", "site_name", "text", "paragraphs"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["title"] as? String == "A \"quoted\" title")
        #expect(object["byline"] is NSNull)
        #expect(object["published"] as? String == "2024-03-05T08:30:00Z")
        #expect(object["text"] as? String == "First line\twith a tab.\n\nSecond \\ paragraph.")
        #expect(object["paragraphs"] as? [String] == Self.article.paragraphs)
    }

    @Test func textShowsTitleMetadataThenParagraphs() {
        let text = PagePrinter.text(Self.article)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0] == "A \"quoted\" title")
        #expect(lines[1] == String(repeating: "=", count: 16))
        #expect(lines.contains("Published  2024-03-05T08:30:00Z"))
        #expect(!lines.contains { $0.hasPrefix("Byline") })
        #expect(lines.contains("Body       2 paragraphs, 8 words"))
        #expect(text.hasSuffix("First line\twith a tab.\n\nSecond \\ paragraph."))
    }

    @Test func jsonEscapesControlCharacters() {
        #expect(JSONText.string("a\u{1}b\"c\n") == #""a\u0001b\"c\n""#)
    }
}
