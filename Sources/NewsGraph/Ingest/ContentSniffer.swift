/// Decides from the bytes themselves, never from a file name, what a document is.
///
/// A feed is XML whose document element is `rss`, `RDF` (RSS 0.90/1.0) or `feed` (Atom),
/// found after any byte order mark, whitespace, XML declaration, processing instructions,
/// comments and DOCTYPE. An HTML page starts with an HTML doctype or an HTML element.
///
/// ```swift
/// ContentSniffer.sniff(Array("<?xml version='1.0'?><!-- hi --><rss/>".utf8))   // .feed
/// ContentSniffer.sniff(Array("<!doctype html><p>Hi".utf8))                      // .html
/// ```
public enum ContentSniffer {
    /// What the bytes are.
    public enum Kind: Sendable, Equatable {
        /// An RSS, RDF or Atom document.
        case feed
        /// An HTML page.
        case html
        /// XML, but not a feed: the document element's name.
        case otherXML(root: String)
        /// Nothing but whitespace (or nothing at all).
        case empty
        /// Not text: NUL bytes or control characters.
        case binary
        /// Text that is neither markup we know nor a feed.
        case text
    }

    /// How many leading bytes are examined.
    public static let scanLimit = 64 * 1024

    /// Classifies `bytes`.
    ///
    /// - Complexity: O(min(n, ``scanLimit``)).
    public static func sniff(_ bytes: [UInt8]) -> Kind {
        var head = Array(bytes.prefix(scanLimit))
        if Charset.byteOrderMark(head).map({ $0.0 != "utf-8" }) ?? false || Charset.unmarkedWideEncoding(head) != nil {
            // UTF-16/32: look at the decoded text instead (markup is ASCII once decoded).
            guard let decoded = try? Charset.decode(bytes, kind: .xml) else { return .empty }
            head = Array(decoded.text.utf8.prefix(scanLimit))
        } else if head.starts(with: [0xEF, 0xBB, 0xBF]) {
            head.removeFirst(3)
        }
        if head.allSatisfy(isSpace) { return .empty }
        if looksBinary(head) { return .binary }

        var i = 0
        let n = head.count
        func skipSpace() { while i < n, isSpace(head[i]) { i += 1 } }
        func starts(_ literal: String, caseInsensitive: Bool = false) -> Bool {
            let bytes = Array(literal.utf8)
            guard i + bytes.count <= n else { return false }
            for (k, b) in bytes.enumerated() where (caseInsensitive ? lower(head[i + k]) : head[i + k]) != b { return false }
            return true
        }
        func skip(past terminator: String) -> Bool {
            let t = Array(terminator.utf8)
            while i + t.count <= n {
                if Array(head[i..<i + t.count]) == t { i += t.count; return true }
                i += 1
            }
            i = n
            return false
        }

        while true {
            skipSpace()
            guard i < n else { return .text }
            if starts("<?") {
                _ = skip(past: "?>")
            } else if starts("<!--") {
                _ = skip(past: "-->")
            } else if starts("<!doctype", caseInsensitive: true) {
                let doctypeStart = i
                var depth = 0
                while i < n {
                    if head[i] == UInt8(ascii: "[") { depth += 1 }
                    if head[i] == UInt8(ascii: "]") { depth -= 1 }
                    if head[i] == UInt8(ascii: ">") && depth <= 0 { i += 1; break }
                    i += 1
                }
                let doctype = String(decoding: head[doctypeStart..<i], as: UTF8.self).lowercased()
                let name = doctype.dropFirst(9).split(whereSeparator: { $0 == " " || $0 == ">" || $0 == "\n" }).first ?? ""
                if name == "html" { return .html }
            } else if starts("<") {
                i += 1
                let nameStart = i
                while i < n, isNameByte(head[i]) { i += 1 }
                guard i > nameStart else { return containsHTMLMarker(head) ? .html : .text }
                let qualified = String(decoding: head[nameStart..<i], as: UTF8.self)
                let local = qualified.split(separator: ":").last.map(String.init) ?? qualified
                switch local.lowercased() {
                case "rss", "rdf", "feed": return .feed
                case let tag where htmlElements.contains(tag): return .html
                default: return .otherXML(root: qualified)
                }
            } else {
                return containsHTMLMarker(head) ? .html : .text
            }
        }
    }

    /// True when the bytes hold NULs or many control characters, as binary files do and
    /// text (in any ASCII-compatible encoding) does not.
    public static func looksBinary(_ bytes: [UInt8]) -> Bool {
        // On the array's buffer: iterating the slice checked bounds and indices per byte.
        bytes.withUnsafeBufferPointer { buffer in
            let sample = UnsafeBufferPointer(rebasing: buffer.prefix(8192))
            guard !sample.isEmpty else { return false }
            var controls = 0
            for byte in sample {
                if byte == 0 { return true }
                if byte < 0x20, byte != 0x09, byte != 0x0A, byte != 0x0D, byte != 0x0C { controls += 1 }
            }
            return controls * 20 > sample.count
        }
    }

    private static let htmlElements: Set<String> = [
        "html", "head", "body", "meta", "title", "link", "script", "style", "div", "p", "span", "a", "table", "h1",
        "h2", "h3", "article", "section", "header", "nav", "main", "form", "img", "ul", "br",
    ]

    private static func containsHTMLMarker(_ head: [UInt8]) -> Bool {
        let text = String(decoding: head, as: UTF8.self).lowercased()
        return text.contains("<html") || text.contains("<body") || text.contains("<head")
    }

    private static func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D || c == 0x0C }
    private static func isNameByte(_ c: UInt8) -> Bool {
        (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) || (c >= 0x30 && c <= 0x39) || c == UInt8(ascii: ":")
            || c == UInt8(ascii: "-") || c == UInt8(ascii: "_") || c == UInt8(ascii: ".") || c >= 0x80
    }
    private static func lower(_ c: UInt8) -> UInt8 { c >= 65 && c <= 90 ? c + 32 : c }
}
