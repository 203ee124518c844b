#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Empties the content of `<script>` and `<style>` elements in page bytes before parsing.
///
/// Inline scripts and styles are about half the bytes of a news page (54 % of the 181
/// benchmark pages), libxml2 reads their content one character at a time, and the page tree
/// drops them anyway (``PageTree/droppedTags``). JSON-LD scripts, which the extractor reads,
/// are kept whole. Tags stay, so the parsed tree has the same elements.
///
/// The content ends where libxml2's HTML parser (in recover mode) ends it: at the first
/// `</script` or `</style`, in any case. Comments and the insides of other tags (quoted
/// attribute values) are skipped, so a `<script` written there is not taken for one; an
/// element without its end tag is left as it is.
///
/// ```swift
/// RawTextStripper.strip(Array("<p>a</p><script>var x = 1;</script>".utf8))
/// // "<p>a</p><script></script>"
/// ```
enum RawTextStripper {
    /// - Parameter droppingAttributes: also drop the attributes the page tree does not keep
    ///   from well-formed start tags (see ``filteredTag(_:from:to:)``).
    ///   With it, runs of blanks between tags are cut to one byte where that provably gives the
    ///   same tree (see ``shortensBlanks(_:)``), unless `shorteningBlanks` is false.
    static func strip(_ bytes: [UInt8], droppingAttributes: Bool = false, shorteningBlanks: Bool = true) -> [UInt8] {
        var values = AttributeValues()
        return bytes.withUnsafeBufferPointer {
            strip($0, droppingAttributes: droppingAttributes, shorteningBlanks: shorteningBlanks, moving: false,
                  values: &values) ?? bytes
        }
    }

    /// ``strip(_:droppingAttributes:shorteningBlanks:)`` dropping attributes, which also moves
    /// the kept attributes of start tags to `values` where it can, filed by where each tag
    /// ends in the stripped page (see ``AttributeValues``).
    ///
    /// A leading UTF-8 byte-order mark goes too: libxml2 skips it without counting it in the
    /// offsets the lists are found by, and reads the page as UTF-8 either way.
    static func strip(_ bytes: [UInt8], values: inout AttributeValues, shorteningBlanks: Bool = true) -> [UInt8] {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            return strip(Array(bytes[3...]), values: &values, shorteningBlanks: shorteningBlanks)
        }
        values = AttributeValues(page: bytes)
        return bytes.withUnsafeBufferPointer {
            strip($0, droppingAttributes: true, shorteningBlanks: shorteningBlanks, moving: true, values: &values) ?? bytes
        }
    }

    /// The stripped bytes, or nil when there is nothing to strip.
    private static func strip(_ s: UnsafeBufferPointer<UInt8>, droppingAttributes: Bool, shorteningBlanks: Bool,
                              moving: Bool, values: inout AttributeValues) -> [UInt8]? {
        let n = s.count
        var out: [UInt8] = []
        var copied = 0   // s[..<copied] is in `out` (or skipped)
        var kept: [Range<Int>] = []   // scratch for filteredTag
        var moved: [AttributeValues.Entry] = []   // scratch for filteredTag
        var wellFormed = false
        // Blanks between two tags are cut to their first byte (see ``shortensBlanks``) while
        // the scan provably sees the tags libxml2 sees; the first construct where it might
        // not turns that off for the rest of the page.
        var shortensBlanks = droppingAttributes && shorteningBlanks && shortensBlanks(s)
        var textStart = -1   // just after a tag libxml2 ends where the scan ends it
        var i = 0
        while i < n {
            // memchr finds the next tag many bytes at a time; text between tags is most of a page.
            guard let lt = index(of: UInt8(ascii: "<"), in: s, from: i) else { break }
            if shortensBlanks, textStart == i, lt - textStart >= 2, lt - textStart < 1000, lt + 2 < n,
               isLetter(s[lt + 1]) || (s[lt + 1] == UInt8(ascii: "/") && isLetter(s[lt + 2])),
               onlyBlanks(s, textStart, lt) {
                if out.isEmpty { out.reserveCapacity(n) }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: s[copied..<textStart + 1]))
                copied = lt
            }
            textStart = -1
            i = lt
            guard i + 1 < n else { i += 1; continue }
            if s[i + 1] == UInt8(ascii: "!") {
                // A comment runs to "-->"; other declarations to ">".
                if hasPrefix(s, i, "<!--") {
                    let end = find(s, "-->", from: i + 4).map { $0 + 3 } ?? n
                    // libxml2 also ends a comment at "--!>".
                    if shortensBlanks, contains(s, i + 4, end, "--!>") { shortensBlanks = false }
                    i = end
                } else {
                    let end = find(s, ">", from: i + 2).map { $0 + 1 } ?? n
                    // A DOCTYPE's quoted parts may hold ">"; other "<!" is text to libxml2.
                    if shortensBlanks, contains(s, i + 2, end, "\"") || contains(s, i + 2, end, "'")
                        || contains(s, i + 2, end, "<") {
                        shortensBlanks = false
                    }
                    i = end
                }
                continue
            }
            if s[i + 1] == UInt8(ascii: "/") {
                if shortensBlanks, i + 2 < n, isLetter(s[i + 2]) {
                    if let end = endOfEndTag(s, from: i + 2) { textStart = end + 1; i = end + 1; continue }
                    shortensBlanks = false
                }
                i += 1
                continue
            }
            if s[i + 1] == UInt8(ascii: "?") { shortensBlanks = false }
            guard isLetter(s[i + 1]) else { i += 1; continue }
            let tagEnd = endOfTag(s, from: i + 1)
            guard tagEnd < n else { break }
            let name: StaticString? = matchesName(s, i + 1, "script") ? "script" : matchesName(s, i + 1, "style") ? "style" : nil
            guard let name else {
                if droppingAttributes {
                    if let (nameEnd, tail) = filteredTag(s, from: i, to: tagEnd, kept: &kept, wellFormed: &wellFormed,
                                                         moving: moving, moved: &moved) {
                        if out.isEmpty { out.reserveCapacity(n) }
                        out.append(contentsOf: UnsafeBufferPointer(rebasing: s[copied..<nameEnd]))
                        if moved.isEmpty {
                            for range in kept { out.append(contentsOf: UnsafeBufferPointer(rebasing: s[range])) }
                        } else {
                            // libxml2 reports the element with its cursor past the blanks, at
                            // the `>` or `/>`.
                            var blanks = 0
                            while s[tail.lowerBound + blanks] != UInt8(ascii: ">"), s[tail.lowerBound + blanks] != UInt8(ascii: "/") {
                                blanks += 1
                            }
                            _ = values.append(moved, tagEnd: out.count + blanks, name: i + 1..<nameEnd)
                        }
                        out.append(contentsOf: UnsafeBufferPointer(rebasing: s[tail]))
                        copied = tagEnd + 1
                    }
                    if wellFormed { textStart = tagEnd + 1 } else { shortensBlanks = false }
                }
                i = tagEnd + 1
                continue
            }
            if shortensBlanks {
                _ = filteredTag(s, from: i, to: tagEnd, kept: &kept, wellFormed: &wellFormed, moved: &moved)
                if !wellFormed { shortensBlanks = false }
            }
            let contentStart = tagEnd + 1
            guard let close = findClose(s, name, from: contentStart) else { break }
            let keep = matchesName(s, i + 1, "script") && containsIgnoringCase(s, i, tagEnd, "ld+json")
            if !keep && close > contentStart {
                if out.isEmpty { out.reserveCapacity(n) }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: s[copied..<contentStart]))
                copied = close
            }
            i = close
        }
        guard copied > 0 else { return nil }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: s[copied..<n]))
        return out
    }

    /// Whether blanks between tags may be shortened on this page: no NUL byte (libxml2 stops
    /// reading at one) and under libxml2's 10 MB text-node limit, so no text run can reach it
    /// (see ``PageTreeBuilder``).
    ///
    /// A run of 2–999 blanks (space, tab, LF, CR) right after a tag libxml2 ends where this scan
    /// ends it, and right before a start or end tag, is one character event of its own (libxml2
    /// reports character data in chunks of 1,000 bytes and stops it at `<`). libxml2 treats it
    /// by its content being all blanks and by what surrounds it, not by its length, and the page
    /// tree collapses every run of blanks in a text node to one space: its first byte alone gives
    /// the same tree.
    private static func shortensBlanks(_ s: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = s.baseAddress, s.count < PageTreeBuilder.maximumTextLength else { return false }
        return memchr(base, 0, s.count) == nil
    }

    private static func onlyBlanks(_ s: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Bool {
        for k in from..<to where !(s[k] == 0x20 || s[k] == 0x0A || s[k] == 0x09 || s[k] == 0x0D) { return false }
        return true
    }

    /// The `>` of an end tag whose name starts at `start`, when it is `</name` (the bytes
    /// libxml2 reads as a name, at most 90) then blanks and `>`; nil otherwise.
    private static func endOfEndTag(_ s: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var j = start
        while j < s.count, isLetter(s[j]) || (s[j] >= 0x30 && s[j] <= 0x39) || s[j] == UInt8(ascii: "-")
                || s[j] == UInt8(ascii: "_") || s[j] == UInt8(ascii: ":") || s[j] == UInt8(ascii: ".") {
            j += 1
        }
        guard j - start <= 90 else { return nil }
        while j < s.count, s[j] == 0x20 || s[j] == 0x0A || s[j] == 0x09 || s[j] == 0x0D { j += 1 }
        return j < s.count && s[j] == UInt8(ascii: ">") ? j : nil
    }

    /// Whether `needle` occurs within `s[from..<to]`.
    private static func contains(_ s: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int, _ needle: StaticString) -> Bool {
        let count = needle.utf8CodeUnitCount
        let bytes = needle.utf8Start
        guard to - from >= count else { return false }
        outer: for start in from...(to - count) {
            for k in 0..<count where s[start + k] != bytes[k] { continue outer }
            return true
        }
        return false
    }

    /// The index of the `>` that ends the tag whose name starts at `start`, skipping quoted
    /// attribute values; `n` when there is none.
    private static func endOfTag(_ s: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var j = start
        var quote: UInt8 = 0
        while j < s.count {
            let c = s[j]
            if quote != 0 {
                // Attribute values are most of a tag's bytes: jump to the closing quote.
                guard let close = index(of: quote, in: s, from: j) else { return s.count }
                j = close + 1
                quote = 0
                continue
            } else if c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") {
                // Only a quote opening an attribute value ("=" before it, spaces allowed).
                var k = j - 1
                while k > start, s[k] == 0x20 || s[k] == 0x09 || s[k] == 0x0A || s[k] == 0x0D { k -= 1 }
                if s[k] == UInt8(ascii: "=") { quote = c }
            } else if c == UInt8(ascii: ">") {
                return j
            }
            j += 1
        }
        return s.count
    }

    /// Where `</name` starts (any case, followed by a non-letter), from `start` on.
    private static func findClose(_ s: UnsafeBufferPointer<UInt8>, _ name: StaticString, from start: Int) -> Int? {
        var j = start
        while let lt = find(s, "</", from: j) {
            if matchesName(s, lt + 2, name) { return lt }
            j = lt + 2
        }
        return nil
    }

    /// Whether `s[at...]` spells `name` in any case, followed by a byte that ends a tag name.
    private static func matchesName(_ s: UnsafeBufferPointer<UInt8>, _ at: Int, _ name: StaticString) -> Bool {
        let count = name.utf8CodeUnitCount
        guard at + count < s.count else { return false }
        let bytes = name.utf8Start
        for k in 0..<count where s[at + k] | 0x20 != bytes[k] { return false }
        let next = s[at + count]
        return !isLetter(next) && !(next >= 0x30 && next <= 0x39) && next != UInt8(ascii: "-") && next != UInt8(ascii: "_") && next != UInt8(ascii: ":")
    }

    private static func containsIgnoringCase(_ s: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int, _ needle: StaticString) -> Bool {
        let count = needle.utf8CodeUnitCount
        guard to - from >= count else { return false }
        let bytes = needle.utf8Start
        outer: for i in from...(to - count) {
            for k in 0..<count where s[i + k] | 0x20 != bytes[k] | 0x20 { continue outer }
            return true
        }
        return false
    }

    private static func hasPrefix(_ s: UnsafeBufferPointer<UInt8>, _ at: Int, _ prefix: StaticString) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard at + count <= s.count else { return false }
        let bytes = prefix.utf8Start
        for k in 0..<count where s[at + k] != bytes[k] { return false }
        return true
    }

    private static func find(_ s: UnsafeBufferPointer<UInt8>, _ needle: StaticString, from start: Int) -> Int? {
        let count = needle.utf8CodeUnitCount
        let bytes = needle.utf8Start
        var j = start
        while j + count <= s.count {
            guard let first = index(of: bytes[0], in: s, from: j), first + count <= s.count else { return nil }
            var k = 1
            while k < count && s[first + k] == bytes[k] { k += 1 }
            if k == count { return first }
            j = first + 1
        }
        return nil
    }

    /// The index of the first `byte` at or after `start`.
    private static func index(of byte: UInt8, in s: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard start < s.count, let base = s.baseAddress else { return nil }
        guard let found = memchr(base + start, Int32(byte), s.count - start) else { return nil }
        return UnsafeRawPointer(found) - UnsafeRawPointer(base)
    }

    @inline(__always)
    private static func isLetter(_ c: UInt8) -> Bool { (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }
}
