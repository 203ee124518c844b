import Foundation
import Testing
@testable import NewsGraph

/// Reading an article into Unicode scalars.
@Suite struct ScalarTextTests {
    @Test func decodesEveryUTF8WidthLikeTheStandardLibrary() {
        let texts = ["", "plain ASCII, with punctuation.", "Türkiye’s café – naïve", "Ελλάδα и Россия", "中国 北京",
                     "emoji 👍🏽 and 𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "e\u{301} combining", "\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}\u{10FFFF}",
                     String(repeating: "ab€😀", count: 500)]
        for text in texts {
            #expect(ScalarText(text).scalars == Array(text.unicodeScalars), "\(text.prefix(20))")
            #expect(ScalarText(text).count == text.unicodeScalars.count)
        }
    }

    @Test func decodesBridgedAndSubstringBackedStrings() {
        let bridged = NSString(string: "Zürich and “quotes”") as String
        #expect(ScalarText(bridged).scalars == Array(bridged.unicodeScalars))
        let sub = String("xxÉcole yy".dropFirst(2))
        #expect(ScalarText(sub).scalars == Array("École yy".unicodeScalars))
    }

    @Test func slicesByScalarOffsetsClampedToTheText() {
        let text = ScalarText("Zürich’s mayor")
        #expect(text.slice(0, 8) == "Zürich’s")
        #expect(text.slice(9, 100) == "mayor")
        #expect(text.slice(-3, 1) == "Z")
        #expect(text.slice(5, 2) == "")
    }
}
