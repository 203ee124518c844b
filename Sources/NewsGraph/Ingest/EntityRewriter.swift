import CLibXML2

/// Rewrites HTML named entities (`&nbsp;`, `&eacute;`, …) as numeric references before a
/// feed reaches the XML parser.
///
/// Feeds use HTML entities XML does not define; libxml2 would drop them and flag the feed
/// as broken. Feed readers accept them, so we turn them into `&#160;` and the like. The
/// five XML entities and any entity the document declares itself are left alone.
enum EntityRewriter {
    private static let xmlPredefined: Set<String> = ["amp", "lt", "gt", "quot", "apos"]

    /// `text` with every known HTML named entity reference replaced by a numeric one.
    ///
    /// - Complexity: O(n); returns `text` itself when it has no `&`.
    static func numericHTMLEntities(in text: String) -> String {
        let bytes = Array(text.utf8)
        guard bytes.contains(UInt8(ascii: "&")) else { return text }
        let declared = declaredEntities(in: bytes)
        var output: [UInt8] = []
        var copied = 0  // bytes before this index are in `output` already
        var i = 0
        var changed = false
        func replace(upTo end: Int, with replacement: [UInt8]) {
            if !changed { output.reserveCapacity(bytes.count + 64) }
            output.append(contentsOf: bytes[copied..<i])
            output.append(contentsOf: replacement)
            copied = end
            changed = true
        }
        while i < bytes.count {
            guard let ampersand = bytes[i...].firstIndex(of: UInt8(ascii: "&")) else { break }
            i = ampersand
            if let (replacement, next) = doubleEncodedRun(bytes, at: i) {
                replace(upTo: next, with: replacement)
                i = next
                continue
            }
            var j = i + 1
            while j < bytes.count, j - i <= 32, isNameByte(bytes[j]) { j += 1 }
            if j > i + 1, j < bytes.count, bytes[j] == UInt8(ascii: ";"), isLetter(bytes[i + 1]) {
                let name = String(decoding: bytes[(i + 1)..<j], as: UTF8.self)
                if !xmlPredefined.contains(name), !declared.contains(name), let value = htmlEntityValue(name) {
                    replace(upTo: j + 1, with: Array("&#\(value);".utf8))
                    i = j + 1
                    continue
                }
            }
            i += 1
        }
        guard changed else { return text }
        output.append(contentsOf: bytes[copied...])
        return String(decoding: output, as: UTF8.self)
    }

    /// A run of numeric references whose values are the UTF-8 bytes of one or more
    /// characters (`&#226;&#128;&#166;` for "…"): a publishing tool that read UTF-8 as
    /// Latin-1 and escaped the result. Returns the references of the characters meant.
    private static func doubleEncodedRun(_ bytes: [UInt8], at start: Int) -> ([UInt8], Int)? {
        var values: [UInt8] = []
        var i = start
        while i + 3 < bytes.count, bytes[i] == UInt8(ascii: "&"), bytes[i + 1] == UInt8(ascii: "#") {
            var j = i + 2
            let hex = j < bytes.count && (bytes[j] == UInt8(ascii: "x") || bytes[j] == UInt8(ascii: "X"))
            if hex { j += 1 }
            var value = 0
            let digitsStart = j
            while j < bytes.count, j - digitsStart < 6, let digit = digitValue(bytes[j], hex: hex) {
                value = value * (hex ? 16 : 10) + digit
                j += 1
            }
            guard j > digitsStart, j < bytes.count, bytes[j] == UInt8(ascii: ";"), (0x80...0xFF).contains(value) else { break }
            values.append(UInt8(value))
            i = j + 1
        }
        guard values.count >= 2, values.first.map({ $0 >= 0xC2 }) == true,
              let text = String(validating: values, as: UTF8.self) else { return nil }
        let references = text.unicodeScalars.map { "&#\($0.value);" }.joined()
        return (Array(references.utf8), i)
    }

    private static func digitValue(_ c: UInt8, hex: Bool) -> Int? {
        if c >= 0x30 && c <= 0x39 { return Int(c - 0x30) }
        guard hex else { return nil }
        if c >= 0x61 && c <= 0x66 { return Int(c - 0x61 + 10) }
        if c >= 0x41 && c <= 0x46 { return Int(c - 0x41 + 10) }
        return nil
    }

    private static func htmlEntityValue(_ name: String) -> UInt32? {
        guard let description = htmlEntityLookup(name) else { return nil }
        return description.pointee.value
    }

    /// Names declared with `<!ENTITY name …>` in the document's internal subset.
    private static func declaredEntities(in bytes: [UInt8]) -> Set<String> {
        let marker = Array("<!ENTITY".utf8)
        var names = Set<String>()
        var i = 0
        // Declarations live in the prolog; stop looking once the text is far past it.
        let limit = min(bytes.count, 1 << 20)
        // Declarations need a DOCTYPE; most feeds have none.
        guard bytes.prefix(limit).firstIndex(of: UInt8(ascii: "!")) != nil else { return names }
        while i + marker.count < limit {
            if bytes[i] == UInt8(ascii: "<"), bytes[i + 1] == UInt8(ascii: "!"), bytes[i..<i + marker.count].elementsEqual(marker) {
                var j = i + marker.count
                while j < limit, bytes[j] == 0x20 || bytes[j] == 0x09 || bytes[j] == 0x0A || bytes[j] == 0x0D || bytes[j] == UInt8(ascii: "%") { j += 1 }
                let start = j
                while j < limit, isNameByte(bytes[j]) { j += 1 }
                if j > start { names.insert(String(decoding: bytes[start..<j], as: UTF8.self)) }
                i = j
            } else {
                i += 1
            }
        }
        return names
    }

    private static func isLetter(_ c: UInt8) -> Bool { (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) }
    private static func isNameByte(_ c: UInt8) -> Bool {
        isLetter(c) || (c >= 0x30 && c <= 0x39) || c == UInt8(ascii: "_") || c == UInt8(ascii: "-") || c == UInt8(ascii: ".")
    }
}
