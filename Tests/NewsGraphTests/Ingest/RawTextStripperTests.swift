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

    /// The word-at-a-time test for moved values agrees with the byte definition (printable
    /// ASCII without "&", no "--"), where its word test may only err on the side of "no".
    @Test func referableBytesMatchTheByteDefinition() {
        func reference(_ bytes: ArraySlice<UInt8>) -> Bool {
            var previous: UInt8 = 0
            for c in bytes {
                guard c >= 0x20, c < 0x7F, c != 0x26, !(c == 0x2D && previous == 0x2D) else { return false }
                previous = c
            }
            return true
        }
        let alphabet: [UInt8] = [0x00, 0x09, 0x1F, 0x20, 0x25, 0x26, 0x27, 0x2C, 0x2D, 0x2E, 0x41, 0x7E, 0x7F, 0x80, 0xC3, 0xFF]
        var generator = SystemRandomNumberGenerator()
        var referable = 0, falseAlarms = 0
        for _ in 0..<20_000 {
            let count = Int.random(in: 0...40, using: &generator)
            let bytes = (0..<count).map { _ in
                Int.random(in: 0..<10, using: &generator) == 0 ? alphabet.randomElement(using: &generator)!
                    : UInt8.random(in: 0x61...0x7A, using: &generator)
            }
            let from = count == 0 ? 0 : Int.random(in: 0...count, using: &generator)
            let fast = bytes.withUnsafeBufferPointer { RawTextStripper.isReferable($0, from, count) }
            let exact = reference(bytes[from...])
            // Never "yes" for a value that must stay; a rare "no" for one that could move.
            #expect(!fast || exact, "\(bytes) from \(from)")
            if fast { referable += 1 } else if exact { falseAlarms += 1 }
        }
        #expect(referable > 2_000)
        #expect(falseAlarms * 20 < referable, "\(falseAlarms) false alarms")
        // Each special byte at each place of two words, and dashes across the words' border.
        for special: UInt8 in [0x1F, 0x20, 0x26, 0x2C, 0x2D, 0x2E, 0x7E, 0x7F, 0x80] {
            for position in 0..<16 {
                var bytes = [UInt8](repeating: 0x61, count: 16)
                bytes[position] = special
                let fast = bytes.withUnsafeBufferPointer { RawTextStripper.isReferable($0, 0, 16) }
                #expect(fast == reference(bytes[...]), "\(special) at \(position)")
                if position > 0 && special == 0x2D {
                    bytes[position - 1] = 0x2D
                    #expect(!bytes.withUnsafeBufferPointer { RawTextStripper.isReferable($0, 0, 16) }, "-- at \(position)")
                }
            }
        }
    }

    /// The word-at-a-time test for dropped attributes agrees with the byte definition
    /// (printable ASCII or blanks, no "--") on random runs rich in the bytes at its edges.
    @Test func plainBytesMatchTheByteDefinition() {
        func reference(_ bytes: [UInt8]) -> Bool {
            var previous: UInt8 = 0
            for c in bytes {
                let blank = c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D
                guard (c >= 0x20 && c < 0x7F) || blank, !(c == 0x2D && previous == 0x2D) else { return false }
                previous = c
            }
            return true
        }
        let alphabet: [UInt8] = [0x00, 0x09, 0x0A, 0x0D, 0x1F, 0x20, 0x2C, 0x2D, 0x2E, 0x41, 0x7E, 0x7F, 0x80, 0xC3, 0xFF]
        var generator = SystemRandomNumberGenerator()
        var plain = 0
        for _ in 0..<20_000 {
            let count = Int.random(in: 0...40, using: &generator)
            // Mostly ordinary letters, so that long plain runs (the fast path) are common.
            let bytes = (0..<count).map { _ in
                Int.random(in: 0..<8, using: &generator) == 0 ? alphabet.randomElement(using: &generator)!
                    : UInt8.random(in: 0x61...0x7A, using: &generator)
            }
            let from = count == 0 ? 0 : Int.random(in: 0...count, using: &generator)
            let fast = bytes.withUnsafeBufferPointer { RawTextStripper.isPlain($0, from, count) }
            #expect(fast == reference(Array(bytes[from...])), "\(bytes) from \(from)")
            if fast { plain += 1 }
        }
        #expect(plain > 1_000)
        // Runs of eight that differ only in one byte at the edge of each test.
        for special: UInt8 in [0x1F, 0x20, 0x2C, 0x2D, 0x2E, 0x7E, 0x7F, 0x80, 0x09] {
            for position in 0..<16 {
                var bytes = [UInt8](repeating: 0x61, count: 16)
                bytes[position] = special
                if position > 0 && special == 0x2D { bytes[position - 1] = 0x2D }
                let fast = bytes.withUnsafeBufferPointer { RawTextStripper.isPlain($0, 0, 16) }
                #expect(fast == reference(bytes), "\(special) at \(position)")
            }
        }
    }
}
