import Testing
@testable import NewsGraph

@Suite struct TextLinesTests {
    @Test func splitsUnixAndWindowsLineEndingsAlike() {
        #expect(TextLines.split("a\tb\nc\td\n") == ["a\tb", "c\td", ""])
        #expect(TextLines.split("a\tb\r\nc\td\r\n") == ["a\tb", "c\td", ""])
        #expect(TextLines.split("a\r\n\r\nb", omittingEmpty: true) == ["a", "b"])
        #expect(TextLines.split("") == [""])
        #expect(TextLines.split("", omittingEmpty: true).isEmpty)
        // a lone "\r" inside a line is text, and non-ASCII text keeps its characters
        #expect(TextLines.split("x\ry\nZürich 🇺🇦\r\n") == ["x\ry", "Zürich 🇺🇦", ""])
    }

    /// Gives what `split(separator: "\n", omittingEmptySubsequences: false)` gives on files
    /// without carriage returns (the shipped tables), so their parsing is unchanged.
    @Test func equalsCharacterSplitWithoutCarriageReturns() {
        for text in ["", "\n", "a", "a\n\nb\n", "# c\nh\tx\nrow\t1|2\n", "é\u{301}\nñ\n\n"] {
            #expect(TextLines.split(text) == text.split(separator: "\n", omittingEmptySubsequences: false))
            #expect(TextLines.split(text, omittingEmpty: true) == text.split(separator: "\n"))
        }
    }

    /// A gazetteer table saved with Windows line endings reads like the original.
    @Test func tsvTablesWithWindowsLineEndings() throws {
        let unix = "# comment\nname\tcode\nKyiv\tUA\nParis\tFR\n"
        let windows = unix.replacingOccurrences(of: "\n", with: "\r\n")
        let a = try TSVReader.rows(unix, file: "t.tsv", columns: 2)
        let b = try TSVReader.rows(windows, file: "t.tsv", columns: 2)
        #expect(b.map(\.fields) == [["Kyiv", "UA"], ["Paris", "FR"]])
        #expect(a.map(\.fields) == b.map(\.fields))
        #expect(a.map(\.line) == b.map(\.line))
    }
}
