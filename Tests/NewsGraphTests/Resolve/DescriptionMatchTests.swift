import Testing
@testable import NewsGraph

/// The whole-word scan that finds the organization table's descriptions in an article.
@Suite struct DescriptionMatchTests {
    /// The straightforward definition: every left-to-right, non-overlapping position where the
    /// needle starts, with no letter right before or after it.
    func reference(_ needle: [Unicode.Scalar], _ haystack: [Unicode.Scalar]) -> [Int] {
        guard !needle.isEmpty, needle.count <= haystack.count else { return [] }
        var result: [Int] = [], i = 0
        while i + needle.count <= haystack.count {
            if Array(haystack[i..<(i + needle.count)]) == needle,
               i == 0 || !haystack[i - 1].properties.isAlphabetic,
               i + needle.count >= haystack.count || !haystack[i + needle.count].properties.isAlphabetic {
                result.append(i); i += needle.count; continue
            }
            i += 1
        }
        return result
    }

    @Test func findsWholeWordsLikeTheDefinition() {
        let resolver = EntityResolver()
        let texts = ["the islamic state group said the islamic state group's fighters", "xthe group the groupx the group",
                     "aaaa", "é the group, the group.", "the groupé the group", "group", "", "the gr", "the the the"]
        let needles = ["the group", "the", "aa", "group", "é", "the islamic state group"]
        for text in texts {
            for needle in needles {
                let h = Array(text.unicodeScalars), n = Array(needle.unicodeScalars)
                #expect(resolver.occurrences(of: n, in: h) == reference(n, h), "\(needle) in \(text)")
            }
        }
        #expect(resolver.occurrences(of: Array("aa".unicodeScalars), in: Array("aaaa".unicodeScalars)).isEmpty)
        #expect(resolver.occurrences(of: Array("the group".unicodeScalars), in: Array("é the group, the group.".unicodeScalars)) == [2, 13])
    }
}
