/// Splitting text into lines for the project's line-based files (TSV tables, gazetteer lists,
/// CoNLL training data).
///
/// `String.split(separator: "\n")` compares Characters, and "\r\n" is a single Character, so
/// it never splits a file saved with Windows line endings: the whole file came back as one
/// line. This splits the UTF-8 bytes at "\n" and drops a "\r" before it, which is also much
/// faster (no grapheme breaking).
///
/// ```swift
/// TextLines.split("a\tb\r\nc\td\n")   // ["a\tb", "c\td", ""]
/// ```
enum TextLines {
    /// The lines of `text`, each without its "\n" or "\r\n"; with `omittingEmpty` false a
    /// text ending in a line break ends with an empty line, as `split` would give.
    static func split(_ text: String, omittingEmpty: Bool = false) -> [Substring] {
        let utf8 = text.utf8
        var lines: [Substring] = []
        for slice in utf8.split(separator: 0x0A, omittingEmptySubsequences: false) {
            var end = slice.endIndex
            if slice.last == 0x0D { end = utf8.index(before: end) }
            if omittingEmpty && slice.startIndex == end { continue }
            lines.append(text[slice.startIndex..<end])
        }
        return lines
    }
}
