import Testing
@testable import NewsGraph

@Suite struct ContentSnifferTests {
    private func sniff(_ text: String) -> ContentSniffer.Kind { ContentSniffer.sniff(Array(text.utf8)) }

    @Test func feedsAfterPrologue() {
        #expect(sniff("<rss version='2.0'/>") == .feed)
        #expect(sniff("\u{FEFF}  <?xml version='1.0'?>\n<?xml-stylesheet href='s.xsl'?>\n<!-- c > d -->\n<feed xmlns='http://www.w3.org/2005/Atom'/>") == .feed)
        #expect(sniff("<!DOCTYPE rdf:RDF [<!ENTITY a 'b'>]><rdf:RDF/>") == .feed)
        let utf16: [UInt8] = [0xFE, 0xFF] + "<rss/>".utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        #expect(ContentSniffer.sniff(utf16) == .feed)
    }

    @Test func htmlPages() {
        #expect(sniff("<!DOCTYPE html><html><head></head></html>") == .html)
        #expect(sniff("<!-- generated --><html lang=en>") == .html)
        #expect(sniff("<div class=x>fragment</div>") == .html)
        #expect(sniff("garbage before <html><body>") == .html)
    }

    @Test func neither() {
        #expect(sniff("") == .empty)
        #expect(sniff("  \n ") == .empty)
        #expect(ContentSniffer.sniff([0x00, 0x01, 0x02, 0xFF, 0x10]) == .binary)
        #expect(sniff("<svg xmlns='http://www.w3.org/2000/svg'/>") == .otherXML(root: "svg"))
        #expect(sniff("name,value\n1,2\n") == .text)
    }

    /// A NUL in the first 8 KiB, or more than one control byte in twenty there, is binary;
    /// what comes after 8 KiB is not looked at.
    @Test func looksBinaryReadsTheFirstEightKilobytes() {
        let text = [UInt8](repeating: 0x61, count: 10_000)
        #expect(!ContentSniffer.looksBinary([]))
        #expect(!ContentSniffer.looksBinary(text))
        var late = text
        late[9_000] = 0
        #expect(!ContentSniffer.looksBinary(late))
        var early = text
        early[8_191] = 0
        #expect(ContentSniffer.looksBinary(early))
        var controls = [UInt8](repeating: 0x61, count: 100)
        for index in 0..<5 { controls[index] = 0x01 }
        #expect(!ContentSniffer.looksBinary(controls))
        controls[5] = 0x02
        #expect(ContentSniffer.looksBinary(controls))
        #expect(!ContentSniffer.looksBinary(Array("\t\n\r\u{0C}<p>".utf8)))
    }
}
