import Foundation
import Testing
@testable import NewsGraph

@Suite struct NameFoldingTests {
    /// The ASCII fast path must give exactly the key the general (Foundation) path gives.
    @Test(arguments: ["Vladimir Putin", "  U.S.  Embassy ", "ISIS-K", "O`Brien", "AT&T\tInc.", "NATO's", "a\n b", ""])
    func asciiFastPathMatchesGeneralPath(_ name: String) throws {
        let fast = try #require(NameFolding.asciiKey(name))
        // Appending a non-ASCII no-op forces the general path; strip its folded form again.
        let general = NameFolding.key(name + " \u{e9}")
        #expect(general.hasSuffix("e"))
        #expect(fast == String(general.dropLast()).trimmingCharacters(in: .whitespaces))
    }

    @Test func nonASCIINamesTakeTheGeneralPath() {
        #expect(NameFolding.asciiKey("Zelenskyy’s") == nil)
        #expect(NameFolding.key("Émile  Zola") == "emile zola")
        #expect(NameFolding.key("Vladimir   PUTIN.") == "vladimir putin")
    }
}
