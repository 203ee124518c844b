import Foundation
import Testing
@testable import NewsGraph

@Suite struct ExportOutputTests {
    private func render(capacity: Int = 1 << 16, _ body: (inout ExportOutput) throws -> Void) throws -> String {
        let memory = MemorySink()
        var output = ExportOutput(sink: memory, capacity: capacity)
        try body(&output)
        try output.flush()
        return memory.string
    }

    @Test func xmlEscapesMarkupAndDropsWhatXMLCannotCarry() throws {
        let text = try render { $0.xmlEscaped("a<b>&\"c\"'\u{01}\u{1F}\u{7F}\u{85}\u{FFFE}\u{FFFF}\td\ne\rf Кремль 😀") }
        #expect(text == "a&lt;b&gt;&amp;&quot;c&quot;'\td\ne&#13;f Кремль 😀")
    }

    @Test func dotEscapesBackslashBeforeQuoteAndMakesLineBreaks() throws {
        #expect(try render { $0.dotEscaped(#"a\"b"#) } == #"a\\\"b"#)
        #expect(try render { $0.dotEscaped("x\\") } == #"x\\"#)
        #expect(try render { $0.dotEscaped("one\ntwo\r\nthree\rfour") } == #"one\ntwo\nthree\nfour"#)
        #expect(try render { $0.dotEscaped("t\tx\u{00}\u{1B}\u{7F}\u{9F}y") } == "t xy")
        #expect(try render { $0.dotEscaped("&lt; AT&T") } == "&amp;lt; AT&amp;T")
        #expect(try render { $0.dotEscaped("北京 🇺🇦") } == "北京 🇺🇦")
    }

    @Test func jsonEscapesEveryControlCharacter() throws {
        let text = try render { $0.jsonEscaped("q\"b\\n\n\r\t\u{00}\u{1F}\u{7F}é") }
        #expect(text == #"q\"b\\n\n\r\t\u0000\u001f"# + "\u{7F}é")
        let decoded = try JSONDecoder().decode(String.self, from: Data("\"\(text)\"".utf8))
        #expect(decoded == "q\"b\\n\n\r\t\u{00}\u{1F}\u{7F}é")
    }

    @Test func numbersAndDaysNeedNoFormatter() throws {
        #expect(try render { $0.integer(0); $0.raw(" "); $0.integer(-42); $0.raw(" "); $0.integer(Int64.max) }
                == "0 -42 9223372036854775807")
        #expect(try render { $0.integer(Int64.min) } == "-9223372036854775808")
        #expect(try render { $0.double(2.5); $0.raw(" "); $0.double(3) } == "2.5 3.0")
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd"
        // Every day across leap years and the epoch, against Foundation.
        for days in stride(from: -800, through: 20_000, by: 7) {
            let date = Date(timeIntervalSince1970: Double(days) * 86_400 + 3_600)
            #expect(try render { $0.day(date) } == formatter.string(from: date))
        }
        #expect(try render { $0.day(Date(timeIntervalSince1970: -1)) } == "1969-12-31")
        // The edges of the four-digit fast path, and the years past it.
        for (year, text) in [(0, "0000-03-01"), (9999, "9999-03-01"), (10_000, "10000-03-01"), (-1, "-0001-03-01"), (-12_345, "-12345-03-01")] {
            let date = Date(timeIntervalSince1970: Double(StoreDate.daysFromCivil(year: year, month: 3, day: 1)) * 86_400)
            #expect(try render { $0.day(date) } == text)
        }
    }

    @Test func smallBufferFlushesInChunksWithoutLosingBytes() throws {
        let memory = MemorySink()
        var output = ExportOutput(sink: memory, capacity: 64)
        var expected = ""
        for index in 0..<1_000 {
            output.xmlEscaped("<\(index)>")
            expected += "&lt;\(index)&gt;"
            try output.flushIfFull()
        }
        #expect(memory.bytes.count < expected.utf8.count)
        try output.flush()
        #expect(memory.string == expected)
    }

    @Test func fileSinkReportsTheFileItCannotCreate() throws {
        #expect(throws: ExportError.cannotCreate(path: "/nonexistent-dir/x.graphml", reason: "No such file or directory")) {
            _ = try FileSink(creating: "/nonexistent-dir/x.graphml")
        }
    }
}
