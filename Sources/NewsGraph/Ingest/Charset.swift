import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns the raw bytes of a feed or page into UTF-8, NFC text.
///
/// The encoding is decided in this order, the way browsers and feed readers do:
/// 1. a byte order mark (UTF-8, UTF-16LE/BE, UTF-32LE/BE), or the UTF-16/32 pattern of
///    `<?xml` without one;
/// 2. the `charset` of an HTTP `Content-Type`, when there is one;
/// 3. the XML declaration's `encoding=` (XML) or `<meta charset>` /
///    `<meta http-equiv="Content-Type">` in the first few KB (HTML);
/// 4. a guess: valid UTF-8, else a legacy encoding recognised from the text's shape
///    (see ``LegacyEncodingGuess``: Cyrillic, Japanese, Korean, Chinese), else windows-1252.
///
/// A declared encoding that cannot decode the bytes (or that names no known encoding) is
/// not trusted: the guess decides instead and ``DecodedText/declarationWasWrong`` is set,
/// like feedparser's `bozo` flag.
///
/// ```swift
/// let decoded = try Charset.decode(Array("<?xml version='1.0' encoding='iso-8859-1'?><a>\u{e9}</a>".utf8), kind: .xml)
/// decoded.encoding   // "utf-8" (the declaration was wrong: these bytes are UTF-8)
/// ```
///
/// Give libxml2 the UTF-8 form of ``DecodedText/text`` with encoding `"UTF-8"`, which
/// overrides whatever the XML declaration says.
public enum Charset {
    /// What kind of document the bytes are: it decides where a declaration is looked for.
    public enum Kind: Sendable { case xml, html }

    /// How many leading bytes of an HTML page are searched for `<meta charset>`.
    public static let metaScanLimit = 4096

    /// Decodes `bytes` to NFC text.
    ///
    /// - Parameters:
    ///   - bytes: the document as received.
    ///   - contentType: the HTTP `Content-Type` header, when the bytes came over HTTP.
    ///   - kind: XML (feeds) or HTML (pages).
    ///   - source: the input's name or address, used in errors.
    /// - Throws: ``CharsetError`` for empty input.
    /// - Complexity: O(n) in the number of bytes.
    public static func decode(
        _ bytes: [UInt8], contentType: String? = nil, kind: Kind, source: String? = nil
    ) throws(CharsetError) -> DecodedText {
        if bytes.isEmpty { throw CharsetError(source: source, reason: .empty) }

        if let (name, skip) = byteOrderMark(bytes) ?? unmarkedWideEncoding(bytes) {
            let body = Array(bytes[skip...])
            if let text = decodeBytes(body, as: name) {
                return DecodedText(text: text, encoding: name, decidedBy: .byteOrderMark)
            }
            return guess(body, decidedBy: .guess, declared: name)
        }

        if let contentType, let label = charsetParameter(ofContentType: contentType) {
            return decodeDeclared(bytes, label: label, decidedBy: .httpHeader)
        }
        // RFC 3023: text/* XML without a charset is US-ASCII. Only said when it is true,
        // since servers routinely send UTF-8 feeds as bare text/xml.
        if kind == .xml, let contentType, contentType.trimmingCharacters(in: .whitespaces).lowercased().hasPrefix("text/"),
           !bytes.contains(where: { $0 >= 0x80 }) {
            return DecodedText(text: String(decoding: bytes, as: UTF8.self), encoding: "us-ascii", decidedBy: .httpHeader)
        }

        let declared: String? = switch kind {
        case .xml: xmlDeclarationEncoding(bytes)
        case .html: htmlMetaCharset(bytes)
        }
        if let declared {
            return decodeDeclared(bytes, label: declared, decidedBy: kind == .xml ? .xmlDeclaration : .htmlMeta)
        }
        return guess(bytes, decidedBy: .guess, declared: nil)
    }

    // MARK: - Steps

    private static func decodeDeclared(_ bytes: [UInt8], label: String, decidedBy rule: DecodedText.Rule) -> DecodedText {
        guard let name = canonicalName(label) else {
            return guess(bytes, decidedBy: .guess, declared: label)
        }
        // A document that declares UTF-16/32 but has neither a BOM nor the wide pattern of
        // `<?xml` was re-encoded by some tool that forgot to fix the declaration.
        if name.hasPrefix("utf-16") || name.hasPrefix("utf-32") {
            return guess(bytes, decidedBy: .guess, declared: label)
        }
        // Single-byte declarations on bytes that are valid, non-ASCII UTF-8 are almost always
        // a template's stale header: such byte pairs are vanishingly rare in real Latin text.
        // (What `guess` would return, without decoding the bytes a second time.)
        if singleByteEncodings.contains(name) || name.hasPrefix("iso-8859-") || name.hasPrefix("windows-125"),
           bytes.contains(where: { $0 >= 0x80 }), let text = decodeUTF8(bytes) {
            return DecodedText(text: text, encoding: "utf-8", decidedBy: .guess, declaredEncoding: label, declarationWasWrong: true)
        }
        if let text = decodeBytes(bytes, as: name) {
            return DecodedText(text: text, encoding: name, decidedBy: rule)
        }
        return guess(bytes, decidedBy: .guess, declared: label)
    }

    private static let singleByteEncodings: Set<String> = ["us-ascii", "koi8-r", "koi8-u", "macintosh"]

    private static func guess(_ bytes: [UInt8], decidedBy rule: DecodedText.Rule, declared: String?) -> DecodedText {
        let wrong = declared != nil
        if let text = decodeUTF8(bytes) {
            return DecodedText(text: text, encoding: "utf-8",
                               decidedBy: rule, declaredEncoding: declared, declarationWasWrong: wrong)
        }
        let (encoding, text) = LegacyEncodingGuess.guess(bytes)
        return DecodedText(text: normalize(text), encoding: encoding, decidedBy: rule,
                           declaredEncoding: declared, declarationWasWrong: wrong)
    }

    // MARK: - Detection

    /// The encoding named by a byte order mark, and the mark's length.
    static func byteOrderMark(_ b: [UInt8]) -> (String, Int)? {
        if b.count >= 4, b[0] == 0x00, b[1] == 0x00, b[2] == 0xFE, b[3] == 0xFF { return ("utf-32be", 4) }
        if b.count >= 4, b[0] == 0xFF, b[1] == 0xFE, b[2] == 0x00, b[3] == 0x00 { return ("utf-32le", 4) }
        if b.count >= 3, b[0] == 0xEF, b[1] == 0xBB, b[2] == 0xBF { return ("utf-8", 3) }
        if b.count >= 2, b[0] == 0xFE, b[1] == 0xFF { return ("utf-16be", 2) }
        if b.count >= 2, b[0] == 0xFF, b[1] == 0xFE { return ("utf-16le", 2) }
        return nil
    }

    /// UTF-16/32 without a BOM, recognised from how `<` or `<?` is laid out (XML spec, appendix F).
    static func unmarkedWideEncoding(_ b: [UInt8]) -> (String, Int)? {
        guard b.count >= 4 else { return nil }
        switch (b[0], b[1], b[2], b[3]) {
        case (0x00, 0x00, 0x00, 0x3C): return ("utf-32be", 0)
        case (0x3C, 0x00, 0x00, 0x00): return ("utf-32le", 0)
        case (0x00, 0x3C, 0x00, 0x3F): return ("utf-16be", 0)
        case (0x3C, 0x00, 0x3F, 0x00): return ("utf-16le", 0)
        default: return nil
        }
    }

    /// The `charset` parameter of a `Content-Type` value, unquoted (`text/xml; charset="utf-8"` → `utf-8`).
    public static func charsetParameter(ofContentType value: String) -> String? {
        for parameter in value.split(separator: ";").dropFirst() {
            guard let equals = parameter.firstIndex(of: "=") else { continue }
            let key = parameter[..<equals].trimmingCharacters(in: .whitespaces).lowercased()
            guard key == "charset" else { continue }
            let raw = parameter[parameter.index(after: equals)...]
                .trimmingCharacters(in: CharacterSet.whitespaces.union(CharacterSet(charactersIn: "\"'")))
            return raw.isEmpty ? nil : raw
        }
        return nil
    }

    /// The `encoding` pseudo-attribute of a leading `<?xml …?>` declaration.
    static func xmlDeclarationEncoding(_ bytes: [UInt8]) -> String? {
        var start = 0
        while start < bytes.count, isSpace(bytes[start]) { start += 1 }
        guard bytes.count - start > 5, Array(bytes[start..<start + 5]) == Array("<?xml".utf8) else { return nil }
        let limit = min(bytes.count, start + 512)
        var end = start
        while end + 1 < limit, !(bytes[end] == UInt8(ascii: "?") && bytes[end + 1] == UInt8(ascii: ">")) { end += 1 }
        let declaration = String(decoding: bytes[start..<end], as: UTF8.self)
        return attributeValue(named: "encoding", in: declaration)
    }

    /// The charset named by `<meta charset>` or `<meta http-equiv="Content-Type" content="…">`
    /// in the first ``metaScanLimit`` bytes.
    static func htmlMetaCharset(_ bytes: [UInt8]) -> String? {
        let scanned = bytes.withUnsafeBufferPointer { buffer -> String?? in
            let head = UnsafeBufferPointer(rebasing: buffer.prefix(metaScanLimit))
            return head.allSatisfy({ $0 < 0x80 }) ? .some(asciiMetaCharset(head)) : nil
        }
        if let scanned { return scanned }
        let bytewise = bytes.withUnsafeBufferPointer { bytewiseMetaCharset(UnsafeBufferPointer(rebasing: $0.prefix(metaScanLimit))) }
        return bytewise ?? unicodeMetaCharset(bytes)
    }

    /// ``htmlMetaCharset(_:)`` for any head, with `String` searches.
    static func unicodeMetaCharset(_ bytes: [UInt8]) -> String? {
        // ASCII case only: every name searched for is ASCII, and `lowercased()` on the
        // whole head was a sixth of decoding.
        let head = String(decoding: bytes.prefix(metaScanLimit).map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }, as: UTF8.self)
        var searchFrom = head.startIndex
        while let open = head.range(of: "<meta", range: searchFrom..<head.endIndex) {
            let close = head[open.upperBound...].firstIndex(of: ">") ?? head.endIndex
            if let charset = unicodeMetaCharset(tag: String(head[open.upperBound..<close])) { return charset }
            searchFrom = close
        }
        return nil
    }

    /// The charset one `<meta>` tag's text (what follows `<meta`, lower-cased ASCII) names.
    static func unicodeMetaCharset(tag: String) -> String? {
        if let charset = attributeValue(named: "charset", in: tag) { return charset }
        if let equiv = attributeValue(named: "http-equiv", in: tag), equiv == "content-type",
           let content = attributeValue(named: "content", in: tag),
           let charset = charsetParameter(ofContentType: content) {
            return charset
        }
        return nil
    }

    /// A `name="value"` / `name='value'` / `name=value` pair's value inside a tag's text.
    private static func attributeValue(named name: String, in tag: String) -> String? {
        var searchFrom = tag.startIndex
        while let found = tag.range(of: name, options: .caseInsensitive, range: searchFrom..<tag.endIndex) {
            searchFrom = found.upperBound
            // Must be a whole attribute name ("charset", not "data-charset"). The scalar before
            // it: a prepended character (U+0600) makes the name's first letter part of one
            // `Character` with it, and stepping back a `Character` from there left the string.
            if found.lowerBound > tag.startIndex {
                let before = tag.unicodeScalars[tag.unicodeScalars.index(before: found.lowerBound)]
                if !(before.properties.isWhitespace || before == "\"" || before == "'" || before == ";") { continue }
            }
            var index = found.upperBound
            while index < tag.endIndex, tag[index].isWhitespace { index = tag.index(after: index) }
            guard index < tag.endIndex, tag[index] == "=" else { continue }
            index = tag.index(after: index)
            while index < tag.endIndex, tag[index].isWhitespace { index = tag.index(after: index) }
            guard index < tag.endIndex else { return nil }
            let quote = tag[index]
            if quote == "\"" || quote == "'" {
                let valueStart = tag.index(after: index)
                let valueEnd = tag[valueStart...].firstIndex(of: quote) ?? tag.endIndex
                let value = tag[valueStart..<valueEnd].trimmingCharacters(in: .whitespaces)
                return value.isEmpty ? nil : value
            }
            let valueEnd = tag[index...].firstIndex { $0.isWhitespace || $0 == ";" || $0 == "/" || $0 == ">" || $0 == "\"" || $0 == "'" }
                ?? tag.endIndex
            let value = String(tag[index..<valueEnd])
            return value.isEmpty ? nil : value
        }
        return nil
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    // MARK: - Names

    /// The lower-case name we decode with, or nil for a label no decoder knows.
    ///
    /// ISO-8859-1 and US-ASCII are decoded as windows-1252, their superset (what every
    /// browser does: the C1 range is never meant as control characters); GB2312 and GBK
    /// as GB18030.
    public static func canonicalName(_ label: String) -> String? {
        let name = label.trimmingCharacters(in: .whitespaces).lowercased().replacingOccurrences(of: "_", with: "-")
        switch name {
        case "utf-8", "utf8", "unicode-1-1-utf-8", "x-unicode20utf8": return "utf-8"
        case "us-ascii", "ascii", "ansi_x3.4-1968", "iso646-us": return "us-ascii"
        case "iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "iso-ir-100", "cp819", "ibm819": return "iso-8859-1"
        case "windows-1252", "cp1252", "x-cp1252": return "windows-1252"
        case "utf-16", "utf16": return "utf-16"
        case "utf-16le", "utf-16be", "utf-32le", "utf-32be", "utf-32": return name
        case "gb2312", "gbk", "gb18030", "x-gbk", "cp936", "euc-cn": return "gb18030"
        case "shift-jis", "sjis", "x-sjis", "ms-kanji", "windows-31j", "cp932": return "shift_jis"
        case "euc-jp", "x-euc-jp": return "euc-jp"
        case "iso-2022-jp": return "iso-2022-jp"
        case "euc-kr", "ks-c-5601-1987", "cp949": return "euc-kr"
        case "big5", "big5-hkscs", "x-x-big5", "cn-big5": return "big5"
        case "koi8-r", "koi8r": return "koi8-r"
        case "koi8-u": return "koi8-u"
        default: break
        }
        if name.hasPrefix("windows-125"), name.count == 12 { return name }
        if name.hasPrefix("cp125"), name.count == 6 { return "windows-" + name.dropFirst(2) }
        if name.hasPrefix("iso-8859-") || name.hasPrefix("iso8859-") {
            let number = name.split(separator: "-").last.map(String.init) ?? ""
            if let n = Int(number), (1...16).contains(n), n != 12 { return "iso-8859-\(n)" }
        }
        if name.hasPrefix("mac"), ["macintosh", "mac-roman", "macroman"].contains(name) { return "macintosh" }
        return nil
    }

    // MARK: - Decoders

    /// Decodes with a known canonical name; nil when the bytes are invalid in it.
    static func decodeBytes(_ bytes: [UInt8], as name: String) -> String? {
        let text: String?
        switch name {
        case "utf-8": text = decodeUTF8(bytes)
        case "us-ascii", "iso-8859-1", "windows-1252":
            // US-ASCII documents routinely carry Latin-1/1252 bytes; accept them.
            text = decodeWindows1252(bytes)
        case "utf-16": text = iconvDecode(bytes, from: "UTF-16")
        default: text = iconvDecode(bytes, from: name.uppercased())
        }
        guard let text else { return nil }
        return name == "utf-8" ? text : normalize(text)
    }

    static func decodeUTF8(_ bytes: [UInt8]) -> String? {
        guard let text = String(validating: bytes, as: UTF8.self) else { return nil }
        return normalize(text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text)
    }

    private static func normalize(_ text: String) -> String {
        // Foundation's normalization is slow; most text provably needs none. Below U+0300
        // (UTF-8 lead bytes under 0xCC) nothing changes, so only look closer past that.
        guard mayNeedNormalization(text) else {
            return text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        }
        var normalized = precomposed(text)
        if normalized.hasPrefix("\u{FEFF}") { normalized.removeFirst() }
        return normalized
    }

    /// NFC of `text`, with Foundation normalizing only the stretches around characters that
    /// may change. A page is mostly ASCII markup, and normalizing all of it for a few
    /// accents took as long as the rest of decoding.
    ///
    /// NFC of a concatenation is the concatenation of the parts' NFC when each cut lies
    /// before a stable character (NFC_Quick_Check = Yes, combining class 0, composes with
    /// nothing before it: UAX #15's safe points). Each stretch runs from the stable
    /// character before a run of others (it may compose with them) to the next stable one.
    /// Characters past the BMP never count as stable here, since ``mayChangeUnderNFC(_:)``
    /// does not list the few that compose backwards there.
    static func precomposed(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes -> String in
            // The same walk as over `unicodeScalars`, on the UTF-8 bytes: ASCII, most of a
            // page, is stable and needs no decoding.
            func scalar(at index: Int) -> (Unicode.Scalar, Int) {
                let lead = bytes[index]
                if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
                let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
                var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
                for k in 1..<length { value = value << 6 | (UInt32(bytes[index + k]) & 0x3F) }
                return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
            }
            func isStable(_ scalar: Unicode.Scalar) -> Bool { scalar.value < 0x10000 && !mayChangeUnderNFC(scalar) }
            func string(_ range: Range<Int>) -> String { String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self) }
            let count = bytes.count
            var result = ""
            result.reserveCapacity(count)
            var copied = 0
            var lastStable: Int?
            var index = 0
            while index < count {
                if bytes[index] < 0x80 {
                    lastStable = index
                    index += 1
                    continue
                }
                let (current, length) = scalar(at: index)
                if isStable(current) {
                    lastStable = index
                    index += length
                    continue
                }
                let start = lastStable ?? copied
                var end = index + length
                while end < count {
                    let (next, nextLength) = scalar(at: end)
                    if isStable(next) { break }
                    end += nextLength
                }
                result += string(copied..<start)
                result += string(start..<end).precomposedStringWithCanonicalMapping
                copied = end
                lastStable = nil
                index = end
            }
            result += string(copied..<count)
            return result
        }
    }

    /// Scans the UTF-8 bytes, decoding only the characters at or above U+0300.
    private static func mayNeedNormalization(_ text: String) -> Bool {
        let answer = text.utf8.withContiguousStorageIfAvailable { mayNeedNormalization($0) }
        return answer ?? text.unicodeScalars.contains(where: mayChangeUnderNFC)
    }

    /// ``mayNeedNormalization(_:)`` on valid UTF-8 bytes.
    static func mayNeedNormalization(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = UnsafeRawPointer(bytes.baseAddress) else { return false }
        var i = 0
        let count = bytes.count
        while i < count {
            // Eight ASCII bytes at a time: markup is mostly ASCII.
            if i + 8 <= count, base.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                i += 8
                continue
            }
            let lead = bytes[i]
            // ASCII, continuation bytes and the lead bytes of U+0080…U+02FF.
            if lead < 0xCC { i += 1; continue }
            let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
            guard i + length <= count else { return true }
            var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
            for k in 1..<length { value = value << 6 | (UInt32(bytes[i + k]) & 0x3F) }
            if let scalar = Unicode.Scalar(value), mayChangeUnderNFC(scalar) { return true }
            i += length
        }
        return false
    }

    /// False only for characters NFC certainly leaves alone (NFC_Quick_Check = Yes, and
    /// no preceding character can compose with them): everything below U+0300, and
    /// characters outside the blocks that hold combining marks, Hangul jamo, two-part
    /// vowels or canonical singletons. Conservative: true means "normalize to be sure".
    static func mayChangeUnderNFC(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x300 { return false }
        switch v {
        // Frequent blocks with no combining marks or singletons: Cyrillic, punctuation,
        // currency, kana, CJK ideographs, Hangul syllables.
        case 0x0400...0x0482, 0x048A...0x052F, 0x2010...0x205E, 0x20A0...0x20CF, 0x3041...0x3096, 0x30A0...0x30FF,
             0x4E00...0x9FFF, 0xAC00...0xD7A3:
            return false
        default:
            break
        }
        if scalar.properties.canonicalCombiningClass != .notReordered { return true }
        switch v {
        case 0x0340...0x0390, 0x0900...0x0DFF, 0x0F00...0x0FFF, 0x1000...0x11FF, 0x1B00...0x1B7F, 0x1F00...0x1FFF,
             0x2000...0x2001, 0x2126...0x212B, 0x2329...0x232A, 0x3099...0x309A, 0xA960...0xA97F, 0xD7B0...0xD7FF,
             0x2ADC, 0xF900...0xFAFF, 0xFB1D...0xFB4F, 0x1D100...0x1D1FF, 0x2F800...0x2FA1F:
            return true
        default:
            return false
        }
    }

    /// windows-1252 as WHATWG defines it: the five unassigned bytes map to C1 controls.
    static func decodeWindows1252(_ bytes: [UInt8]) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(bytes.count)
        for byte in bytes {
            if byte >= 0x80 && byte < 0xA0 {
                scalars.append(Unicode.Scalar(windows1252High[Int(byte - 0x80)]) ?? "\u{FFFD}")
            } else {
                scalars.append(Unicode.Scalar(byte))
            }
        }
        return normalize(String(scalars))
    }

    private static let windows1252High: [UInt32] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    ]

    /// Converts with the C library's iconv; nil for an unknown encoding or invalid bytes.
    static func iconvDecode(_ bytes: [UInt8], from encoding: String) -> String? {
        let converter = iconv_open("UTF-8", encoding)
        if converter == iconv_t(bitPattern: -1) { return nil }
        defer { iconv_close(converter) }
        var input = bytes
        var output = [UInt8](repeating: 0, count: bytes.count * 4 + 16)
        let produced: Int? = input.withUnsafeMutableBufferPointer { inBuffer -> Int? in
            output.withUnsafeMutableBufferPointer { outBuffer -> Int? in
                var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBuffer.baseAddress)?
                    .assumingMemoryBound(to: CChar.self)
                var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuffer.baseAddress)?
                    .assumingMemoryBound(to: CChar.self)
                var inLeft = inBuffer.count
                var outLeft = outBuffer.count
                let result = iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
                if result == -1 || inLeft != 0 { return nil }
                return outBuffer.count - outLeft
            }
        }
        guard let produced else { return nil }
        return String(validating: output[..<produced], as: UTF8.self)
    }
}

/// Text decoded by ``Charset``, with how its encoding was decided.
public struct DecodedText: Sendable, Equatable {
    /// Which rule decided the encoding.
    public enum Rule: String, Sendable, Equatable {
        case byteOrderMark = "bom"
        case httpHeader = "http"
        case xmlDeclaration = "xml-declaration"
        case htmlMeta = "meta"
        case guess = "guess"
    }

    /// The document as UTF-8, NFC text, without a byte order mark.
    public var text: String
    /// The lower-case name of the encoding that decoded the bytes ("utf-8", "windows-1252", …).
    public var encoding: String
    /// The rule that decided ``encoding``.
    public var decidedBy: Rule
    /// What the document or the HTTP header declared when that was not used.
    public var declaredEncoding: String?
    /// True when a declared encoding was unknown or could not decode the bytes (feedparser's `bozo`).
    public var declarationWasWrong: Bool

    public init(text: String, encoding: String, decidedBy: Rule, declaredEncoding: String? = nil,
                declarationWasWrong: Bool = false) {
        self.text = text
        self.encoding = encoding
        self.decidedBy = decidedBy
        self.declaredEncoding = declaredEncoding
        self.declarationWasWrong = declarationWasWrong
    }
}

/// Why bytes could not be decoded.
public struct CharsetError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Reason: Sendable, Equatable { case empty }
    /// The input's name or address, when known.
    public var source: String?
    public var reason: Reason

    public init(source: String?, reason: Reason) {
        self.source = source
        self.reason = reason
    }

    public var description: String {
        switch reason {
        case .empty: "\(source ?? "input"): empty input"
        }
    }
}
