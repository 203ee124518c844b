import Testing
@testable import NewsGraph

@Suite struct TSVReaderTests {
    /// Rows after the comments and the header, with their line numbers, empty fields kept and
    /// short rows padded; non-ASCII fields whole, a combining mark after a tab included.
    @Test func rowsAreReadFromTheBytes() throws {
        let text = "# generated\n\nname\tcode\tlist\nKyiv\tUA\tKiev|Kiiv\n\tFR\n# late comment\nZürich 🇨🇭\tCH\t|\u{301}x||\nlast\tNO"
        let rows = try TSVReader.rows(text, file: "t.tsv", columns: 3)
        #expect(rows.map(\.line) == [4, 5, 7, 8])
        #expect(rows.map(\.fields) == [["Kyiv", "UA", "Kiev|Kiiv"], ["", "FR", ""], ["Zürich 🇨🇭", "CH", "|\u{301}x||"], ["last", "NO", ""]])
        #expect(TSVReader.list(rows[0].fields[2]) == ["Kiev", "Kiiv"])
        #expect(TSVReader.list(rows[2].fields[2]) == ["\u{301}x"])
        #expect(TSVReader.list("") == [])
        #expect(TSVReader.list("||") == [])
    }

    @Test func aRowWithTooManyFieldsNamesItsLine() {
        #expect(throws: GazetteerError.self) { try TSVReader.rows("h\n\na\tb\tc\n", file: "t.tsv", columns: 2) }
        do {
            _ = try TSVReader.rows("h\n\na\tb\tc\n", file: "t.tsv", columns: 2)
        } catch {
            #expect("\(error)".contains("t.tsv"))
            #expect(error.line == 3)
        }
    }
}
