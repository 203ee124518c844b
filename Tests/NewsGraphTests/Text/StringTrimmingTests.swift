import Foundation
import Testing
@testable import NewsGraph

@Suite struct StringTrimmingTests {
    /// Scalars that are whitespace to Foundation or look like it, and ones that are not.
    static let pool: [Unicode.Scalar] = [
        " ", "\t", "\n", "\r", "\u{0B}", "\u{0C}", "\u{85}", "\u{A0}", "\u{1680}", "\u{2000}", "\u{2009}",
        "\u{200A}", "\u{200B}", "\u{2028}", "\u{2029}", "\u{202F}", "\u{205F}", "\u{3000}", "\u{FEFF}",
        "a", "Z", "é", "\u{301}", "/", "\"", "😀", "中", "\u{0}",
    ]

    @Test func trimsAsFoundationDoesOnRandomStrings() {
        var random = SplitMix64(seed: 7)
        for _ in 0..<5_000 {
            var scalars = String.UnicodeScalarView()
            for _ in 0..<Int(random.next() % 9) {
                scalars.append(Self.pool[Int(random.next() % UInt64(Self.pool.count))])
            }
            let text = String(scalars)
            #expect(text.trimmingWhitespaceAndNewlines == text.trimmingCharacters(in: .whitespacesAndNewlines),
                    "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    @Test func keepsAStringWithNothingToTrim() {
        #expect("https://n.example/a".trimmingWhitespaceAndNewlines == "https://n.example/a")
        #expect(" \u{A0}https://n.example/a\r\n".trimmingWhitespaceAndNewlines == "https://n.example/a")
        #expect(" \n\u{3000}".trimmingWhitespaceAndNewlines == "")
    }
}
