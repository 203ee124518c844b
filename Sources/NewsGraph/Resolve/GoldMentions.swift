/// Mention spans from marks: every whole-word occurrence of each marked surface form, longest
/// marks first, never overlapping. The gold files and tests mark mentions this way instead of
/// by hand-counted offsets.
public enum GoldMentions {
    public struct Mark: Sendable, Hashable, Codable {
        public var text: String
        public var label: EntityLabel
        public init(text: String, label: EntityLabel) {
            self.text = text
            self.label = label
        }
    }

    /// Mentions in Unicode-scalar offsets, sorted by start.
    public static func spans(in text: String, marks: [Mark]) -> [Mention] {
        let haystack = Array(text.unicodeScalars)
        var taken = [Bool](repeating: false, count: haystack.count)
        var result: [Mention] = []
        for mark in marks.sorted(by: { $0.text.unicodeScalars.count > $1.text.unicodeScalars.count }) {
            let needle = Array(mark.text.unicodeScalars)
            guard !needle.isEmpty, needle.count <= haystack.count else { continue }
            var i = 0
            while i + needle.count <= haystack.count {
                let end = i + needle.count
                if haystack[i] == needle[0], Array(haystack[i..<end]) == needle,
                   i == 0 || !isWordScalar(haystack[i - 1]), end == haystack.count || !isWordScalar(haystack[end]),
                   !taken[i..<end].contains(true) {
                    for k in i..<end { taken[k] = true }
                    result.append(Mention(start: i, end: end, text: mark.text, label: mark.label))
                    i = end
                    continue
                }
                i += 1
            }
        }
        return result.sorted { $0.start < $1.start }
    }

    private static func isWordScalar(_ c: Unicode.Scalar) -> Bool {
        c.properties.isAlphabetic || ("0"..."9").contains(c)
    }
}
