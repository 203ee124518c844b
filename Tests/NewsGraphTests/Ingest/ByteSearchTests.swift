import Testing
@testable import NewsGraph

@Suite struct ByteSearchTests {
    @Test func findsBytesAnywhere() {
        #expect(ByteSearch.contains("<p>one</p>", "</p>"))
        #expect(ByteSearch.contains("</p>", "</p>"))
        #expect(ByteSearch.contains("line<br/>next", "<br"))
        #expect(!ByteSearch.contains("</P>", "</p>"))
        #expect(!ByteSearch.contains("</", "</p>"))
        #expect(!ByteSearch.contains("", "<br"))
        #expect(ByteSearch.contains("über <br", "<br"))
        #expect(ByteSearch.contains("© 2024 zürich. all rights reserved.", "all rights reserved"))
        #expect(!ByteSearch.contains("all rights reserve", "all rights reserved"))
    }

    /// Wherever the bytes are absent, Foundation's search finds nothing either (the byte test
    /// is only a filter in front of it).
    @Test(arguments: ["text over Zürich </p\u{301}> and <b\u{301}r>", "<\u{338}/p>", "all rights\u{A0}reserved", "\u{212A}</P>"])
    func absentBytesMeanNoStringMatch(_ text: String) {
        #expect(!ByteSearch.contains(text, "</p>") && !text.contains("</p>"))
        #expect(!ByteSearch.contains(text, "all rights reserved") && !text.contains("all rights reserved"))
    }

    @Test func asciiLowercasedContainsMatchesLowercasedContains() {
        for type in ["application/ld+json", "APPLICATION/LD+JSON", " application/ld+JSON ", "text/javascript", "", "ld+jso"] {
            #expect(ByteSearch.asciiLowercasedContains(type, "ld+json") == type.lowercased().contains("ld+json"), "\(type)")
        }
        #expect(ByteSearch.asciiLowercasedContains("application/ld+json\u{E9}", "ld+json") == nil)
        #expect(ByteSearch.asciiLowercasedContains("\u{212A}", "k") == nil)
    }
}
