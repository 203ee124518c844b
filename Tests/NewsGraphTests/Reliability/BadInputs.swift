import Foundation

/// The bad-input matrix's inputs as files and HTTP routes, for the tests that push them
/// through ingest into a real database (``BadInputMatrixTests`` reads the same kinds of
/// input through the reader alone).
enum BadInputs {
    static let page = BadInputMatrixTests.page
    static let feed = BadInputMatrixTests.feed

    /// A page nobody could object to; it must be stored whatever else the run meets.
    static let goodPage = """
        <!doctype html><html lang="en"><head><title>Harbour reopens in Lisbon</title></head><body><article>
        <h1>Harbour reopens in Lisbon</h1>
        <p>The harbour of Lisbon reopened on Monday after a week of repairs, the port authority said.</p>
        <p>Maria Santos, who runs a ferry company, said passengers had waited patiently for the crossing.</p>
        </article></body></html>
        """

    /// One file per matrix row that a file can carry (name → bytes).
    static func files() -> [(name: String, bytes: [UInt8])] {
        let cut = page.range(of: "chief economist")!.lowerBound
        let feedCut = feed.range(of: "<title>Third")!.lowerBound
        let bare = page.replacingOccurrences(of: "<meta charset=\"utf-8\">", with: "").replacingOccurrences(of: "Anna Keller", with: "Anna Müller")
        let scalars = bare.unicodeScalars.map(\.value)
        let utf32LE = scalars.flatMap { v in [UInt8(v & 0xFF), UInt8(v >> 8 & 0xFF), UInt8(v >> 16 & 0xFF), UInt8(v >> 24)] }
        let utf32BE = scalars.flatMap { v in [UInt8(v >> 24), UInt8(v >> 16 & 0xFF), UInt8(v >> 8 & 0xFF), UInt8(v & 0xFF)] }
        var nul = Array(page.utf8)
        nul.insert(contentsOf: [0, 0, 0], at: nul.count / 2)
        let depth = 100_000
        let deepHTML = "<!DOCTYPE html><html><head><title>Deep</title></head><body>" + String(repeating: "<div>", count: depth)
            + "<p>Bottom of the well in Geneva.</p>" + String(repeating: "</div>", count: depth) + "</body></html>"
        let deepRSS = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Deep</title>"
            + String(repeating: "<x>", count: depth) + String(repeating: "</x>", count: depth) + "</channel></rss>"
        var laughs = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n<!ENTITY lol0 \"lol\">\n"
        for level in 1...10 { laughs += "<!ENTITY lol\(level) \"\(String(repeating: "&lol\(level - 1);", count: 10))\">\n" }
        laughs += "]>\n<rss version=\"2.0\"><channel><title>&lol10;</title><item><title>&lol9;</title></item></channel></rss>"
        let external = """
            <?xml version="1.0"?><!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
            <rss version="2.0"><channel><title>External</title><item><title>Leak</title><link>https://bad.example/leak</link><description>before &secret; after</description></item></channel></rss>
            """
        var binary: [UInt8] = []
        var state: UInt32 = 11
        for _ in 0..<4096 { state = state &* 1_103_515_245 &+ 12345; binary.append(UInt8(truncatingIfNeeded: state >> 16)) }
        return [
            ("truncated.html", Array(page[..<cut].utf8)),
            ("truncated.xml", Array(feed[..<feedCut].utf8)),
            ("klingon.html", Array(page.replacingOccurrences(of: "<meta charset=\"utf-8\">", with: "<meta charset=\"x-klingon\">").utf8)),
            ("utf32le-bom.html", [0xFF, 0xFE, 0x00, 0x00] + utf32LE),
            ("utf32be-bom.html", [0x00, 0x00, 0xFE, 0xFF] + utf32BE),
            ("utf32le.html", utf32LE),
            ("utf16le-bom.html", [0xFF, 0xFE] + bare.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }),
            ("nul.html", nul),
            ("deep.html", Array(deepHTML.utf8)),
            ("deep.xml", Array(deepRSS.utf8)),
            ("laughs.xml", Array(laughs.utf8)),
            ("external.xml", Array(external.utf8)),
            ("empty.html", []),
            ("blank.html", Array("   \n\t ".utf8)),
            ("random.bin", binary),
            ("feed-named.html", Array(feed.utf8)),
            ("page-named.xml", Array(page.utf8)),
        ]
    }

    /// Writes a 100 MB page (article paragraphs all through) without holding it in memory.
    static func writeHugePage(to path: String, megabytes: Int = 100) throws {
        guard FileManager.default.createFile(atPath: path, contents: nil) else { throw CocoaError(.fileWriteUnknown) }
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        try handle.write(contentsOf: Data("<!doctype html><html><head><title>Huge</title></head><body><article>".utf8))
        let paragraph = "<p>Negotiators from France and Germany met in Geneva on Tuesday to resume talks on tariffs.</p>\n"
        let chunk = Data(String(repeating: paragraph, count: (1 << 20) / paragraph.utf8.count + 1).utf8.prefix(1 << 20))
        for _ in 0..<megabytes { try handle.write(contentsOf: chunk) }
        try handle.write(contentsOf: Data("</article></body></html>".utf8))
    }

    /// This process's peak resident memory so far, in bytes.
    static func peakMemory() -> Int {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return usage.ru_maxrss * 1024
    }
}
