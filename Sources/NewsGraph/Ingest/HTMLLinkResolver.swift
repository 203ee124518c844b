import CLibXML2
import Foundation

/// Makes the `href` and `src` attributes of an HTML fragment absolute.
///
/// Feed content is read away from the feed, so its relative links must be resolved
/// against the base in effect where the content sat (`xml:base`, the feed URL). The
/// markup is rewritten in place, attribute values only, so everything else stays
/// byte for byte as the feed had it.
///
/// ```swift
/// HTMLLinkResolver.resolve("<a href=\"/x\">x</a>", against: "http://example.com/feed")
/// // "<a href=\"http://example.com/x\">x</a>"
/// ```
enum HTMLLinkResolver {
    private static let attributes: [[UInt8]] = [Array("href".utf8), Array("src".utf8)]

    /// `html` with every relative `href`/`src` value resolved against `base`.
    ///
    /// - Complexity: O(n) in the fragment's length.
    static func resolve(_ html: String, against base: String) -> String {
        let bytes = Array(html.utf8)
        guard bytes.contains(UInt8(ascii: "<")) else { return html }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + 64)
        var i = 0
        var inTag = false
        var changed = false
        while i < bytes.count {
            let byte = bytes[i]
            if !inTag {
                if byte == UInt8(ascii: "<"), i + 1 < bytes.count, isLetter(bytes[i + 1]) { inTag = true }
                output.append(byte)
                i += 1
                continue
            }
            if byte == UInt8(ascii: ">") {
                inTag = false
                output.append(byte)
                i += 1
                continue
            }
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                // A quoted value of some other attribute: copy it whole.
                let end = bytes[(i + 1)...].firstIndex(of: byte) ?? bytes.count - 1
                output.append(contentsOf: bytes[i...end])
                i = end + 1
                continue
            }
            if isSpace(byte), let (valueStart, valueEnd, next) = linkAttribute(bytes, after: i) {
                let value = String(decoding: bytes[valueStart..<valueEnd], as: UTF8.self)
                let resolved = absolute(value, base: base)
                output.append(contentsOf: bytes[i..<valueStart])
                output.append(contentsOf: Array(resolved.utf8))
                output.append(contentsOf: bytes[valueEnd..<next])
                changed = changed || resolved != value
                i = next
                continue
            }
            output.append(byte)
            i += 1
        }
        return changed ? String(decoding: output, as: UTF8.self) : html
    }

    /// At a space inside a tag: if an `href`/`src` attribute follows, where its value lies.
    private static func linkAttribute(_ b: [UInt8], after space: Int) -> (Int, Int, Int)? {
        var i = space
        while i < b.count, isSpace(b[i]) { i += 1 }
        for name in attributes {
            guard i + name.count < b.count, zip(b[i..<i + name.count], name).allSatisfy({ lower($0) == $1 }) else { continue }
            var j = i + name.count
            while j < b.count, isSpace(b[j]) { j += 1 }
            guard j < b.count, b[j] == UInt8(ascii: "=") else { continue }
            j += 1
            while j < b.count, isSpace(b[j]) { j += 1 }
            guard j < b.count else { return nil }
            if b[j] == UInt8(ascii: "\"") || b[j] == UInt8(ascii: "'") {
                let quote = b[j]
                guard let close = b[(j + 1)...].firstIndex(of: quote) else { return nil }
                return (j + 1, close, close + 1)
            }
            var end = j
            while end < b.count, !isSpace(b[end]), b[end] != UInt8(ascii: ">") { end += 1 }
            return (j, end, end)
        }
        return nil
    }

    /// `reference` made absolute; fragments, and values libxml2 cannot resolve, stay as they are.
    static func absolute(_ reference: String, base: String) -> String {
        let trimmed = FeedParser.trim(reference)
        if trimmed.isEmpty || trimmed.hasPrefix("#") { return reference }
        return resolveIRI(trimmed, base: base) ?? reference
    }

    /// RFC 3986 resolution by libxml2, keeping non-ASCII characters as the feed wrote them
    /// (an IRI) instead of the percent-escapes libxml2 puts in their place.
    static func resolveIRI(_ reference: String, base: String) -> String? {
        // libxml2 refuses non-ASCII input: escape it, resolve, then put the characters back.
        var runs: [String] = []
        let escapedReference = escapeNonASCII(reference, collecting: &runs)
        let escapedBase = escapeNonASCII(base, collecting: &runs)
        guard let built = xmlBuildURI(escapedReference, escapedBase) else { return nil }
        defer { ng_xmlFree(built) }
        var result = String(cString: built)
        for run in runs {
            result = result.replacingOccurrences(of: percentEscaped(run), with: run)
        }
        return result
    }

    private static func escapeNonASCII(_ text: String, collecting runs: inout [String]) -> String {
        guard text.unicodeScalars.contains(where: { !$0.isASCII }) else { return text }
        var output = ""
        var run = ""
        for scalar in text.unicodeScalars {
            if !scalar.isASCII {
                run.unicodeScalars.append(scalar)
                continue
            }
            if !run.isEmpty {
                output += percentEscaped(run)
                runs.append(run)
                run = ""
            }
            output.unicodeScalars.append(scalar)
        }
        if !run.isEmpty {
            output += percentEscaped(run)
            runs.append(run)
        }
        return output
    }

    private static func percentEscaped(_ text: String) -> String {
        text.utf8.map { String(format: "%%%02X", $0) }.joined()
    }

    private static func isLetter(_ c: UInt8) -> Bool { (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) }
    private static func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D || c == 0x0C }
    private static func lower(_ c: UInt8) -> UInt8 { c >= 65 && c <= 90 ? c + 32 : c }
}
