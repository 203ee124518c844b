import Testing
@testable import NewsGraph

@Suite struct ScalarLowercaseTests {
    /// Every scalar of U+0000–U+05FF and U+1E00–U+21FF alone, then random strings of them:
    /// the table answer, when there is one, equals the runtime's `lowercased()`.
    @Test func equalsRuntimeLowercasing() {
        let scalars = (Array(0..<UInt32(0x600)) + Array(0x1E00..<UInt32(0x2200))).compactMap(Unicode.Scalar.init)
        var answered = 0
        for c in scalars {
            let text = String(c)
            if let lower = ScalarLowercase.lowercased(text) {
                #expect(lower == text.lowercased(), "U+\(String(c.value, radix: 16))")
                answered += 1
            }
        }
        #expect(answered > 1_400)
        var random = SplitMix64(seed: 3)
        for _ in 0..<3_000 {
            let text = String(scalars: (0..<Int.random(in: 0...6, using: &random)).map { _ in scalars[Int.random(in: 0..<scalars.count, using: &random)] })
            if let lower = ScalarLowercase.lowercased(text) { #expect(lower == text.lowercased()) }
            #expect(text.asciiFastLowercased == text.lowercased())
        }
        #expect(ScalarLowercase.lowercased("\u{201C}") == "\u{201C}")
        #expect(ScalarLowercase.lowercased("ZÜRICH") == "zürich")
        #expect(ScalarLowercase.lowercased("\u{130}") == nil)   // İ lower-cases to two scalars
        #expect(ScalarLowercase.lowercased("東京") == nil)
    }
}
