import Foundation
import Testing
@testable import NewsGraph

@Suite struct RawTextStripperTests {
    func strip(_ html: String) -> String { String(decoding: RawTextStripper.strip(Array(html.utf8)), as: UTF8.self) }

    @Test func scriptAndStyleContentGoesTagsStay() {
        #expect(strip("<p>a</p><script>var x = '<p>';</script><STYLE type=\"text/css\">p { x: 1 }</STYLE>b")
                == "<p>a</p><script></script><STYLE type=\"text/css\"></STYLE>b")
        #expect(strip("<script src=\"a.js\"></script><p>x</p>") == "<script src=\"a.js\"></script><p>x</p>")
    }

    @Test func jsonLDIsKeptWhole() {
        let page = "<script type=\"application/LD+JSON\">{\"@type\": \"NewsArticle\"}</script><script>x()</script>"
        #expect(strip(page) == "<script type=\"application/LD+JSON\">{\"@type\": \"NewsArticle\"}</script><script></script>")
    }

    /// Where libxml2 would not start a script, neither does the stripper.
    @Test func commentsAttributesAndLookalikesAreLeftAlone() {
        let cases = [
            "<!-- <script>x()</script> --><p>a</p>",
            "<a title=\"<script>x\">a</a><p>b</p>",
            "<scripts>x</scripts><stylesheet>y</stylesheet>",
            "<script>never closed",
            "a < b and c <d> e",
            "<!DOCTYPE html><p>x</p>",
        ]
        for page in cases { #expect(strip(page) == page) }
        // A script ends at the first "</script", as libxml2's recovering parser ends it.
        #expect(strip("<script>a = '</SCRIPT>'; b()</script>") == "<script></SCRIPT>'; b()</script>")
    }

    /// The page tree, and so the article, is the same with and without the stripping, on the
    /// shipped sample pages and, when ../shared/data is present, the 181 benchmark pages.
    @Test func extractionIsUnchanged() throws {
        let pages = try RealPages.all()
        #expect(pages.count >= 5)
        let extractor = ArticleExtractor()
        var stripped = 0
        for (name, bytes) in pages where String(validating: bytes, as: UTF8.self) != nil {
            let smaller = RawTextStripper.strip(bytes)
            if smaller.count < bytes.count { stripped += 1 }
            let whole = try? extractor.extract(from: XMLDocument(html: bytes, url: name), url: name)
            let cut = try? extractor.extract(from: XMLDocument(html: smaller, url: name), url: name)
            #expect(whole == cut, "\(name)")
        }
        if pages.count > 100 { #expect(stripped > 100) }
    }

    /// Shortening blanks is not turned off on most real pages by a construct the scan cannot
    /// vouch for (the trees are compared in `PageTreeBuilderTests.realPagesGiveTheDOMTree`).
    @Test func blanksAreShortenedOnRealPages() throws {
        let pages = try RealPages.all().filter { String(validating: $0.1, as: UTF8.self) != nil }
        var shortened = 0, saved = 0
        for (_, bytes) in pages {
            let with = RawTextStripper.strip(bytes, droppingAttributes: true)
            let without = RawTextStripper.strip(bytes, droppingAttributes: true, shorteningBlanks: false)
            #expect(with.count <= without.count)
            if with.count < without.count { shortened += 1 }
            saved += without.count - with.count
        }
        #expect(shortened * 2 > pages.count, "\(shortened) of \(pages.count) pages, \(saved) bytes")
    }
}
