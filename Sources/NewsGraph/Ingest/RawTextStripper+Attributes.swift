#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension RawTextStripper {
    /// How to write a start tag without the attributes the page tree never reads: its
    /// opening up to the end of its name, the `kept` attributes, then the tail (`>` or `/>`
    /// and the blanks before it); nil to leave the tag as it is.
    ///
    /// libxml2 reads every attribute value one character at a time and allocates it, and
    /// most of a page's tag bytes are URLs, `srcset`s, `data-*` and inline SVG paths that
    /// extraction never looks at. Only tags whose attributes libxml2 provably splits the way
    /// this does are rewritten: `<name`, then attributes each after blanks (space, tab, LF,
    /// CR), names of letters, digits and `_:.-` under 90 bytes, values quoted or unquoted up
    /// to a blank or `>`, then blanks and `>` or `/>`. A dropped attribute must be printable
    /// ASCII without `--`, the rewritten tag must not put `--` before `>` (so no comment end
    /// appears or disappears, should the tag be inside a comment), and `<meta>` (whose
    /// attributes set the encoding) is never touched. Kept attributes (``PageTree/keptAttributes``)
    /// stay byte for byte, in order, with the blanks before them, except a quoted `href` outside
    /// `<link>`: its value (mostly URLs, the largest attribute after `class`) keeps only a
    /// leading `#`, when the removed bytes are plain as a dropped attribute's must be (see
    /// ``shortenedLink(_:_:)``).
    ///
    /// `wellFormed` is set when the tag has that form (whether or not anything is dropped, and
    /// for `<meta>` too): libxml2 then ends it at `end`.
    static func filteredTag(_ s: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int,
                            kept: inout [Range<Int>], wellFormed: inout Bool) -> (nameEnd: Int, tail: Range<Int>)? {
        wellFormed = false
        var j = start + 1
        while j < end, isNameByte(s[j]) { j += 1 }
        let nameEnd = j
        guard nameEnd - start - 1 <= 90 else { return nil }
        var rewritable = !isMeta(s, start + 1, nameEnd)
        let shortensLinks = !isLinkOrPrefixed(s, start + 1, nameEnd)
        kept.removeAll(keepingCapacity: true)
        var dropped = false
        var tail = end..<end + 1
        while true {
            let blanks = j
            while j < end, isBlank(s[j]) { j += 1 }
            if j == end { tail = blanks..<end + 1; break }
            if s[j] == UInt8(ascii: "/"), j + 1 == end { tail = blanks..<end + 1; break }
            guard j > blanks, isNameStart(s[j]) else { return nil }
            let nameStart = j
            while j < end, isNameByte(s[j]) { j += 1 }
            let attributeNameEnd = j
            guard attributeNameEnd - nameStart <= 90 else { return nil }
            var k = j
            var quoted: Range<Int>?   // the opening quote ..< the closing quote
            while k < end, isBlank(s[k]) { k += 1 }
            if k < end, s[k] == UInt8(ascii: "=") {
                k += 1
                while k < end, isBlank(s[k]) { k += 1 }
                guard k < end else { return nil }
                let quote = s[k]
                if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                    let open = k
                    // memchr: values (URLs, class lists, srcsets) are most of a tag's bytes.
                    guard let close = index(of: quote, in: s, from: k + 1, to: end) else { return nil }
                    k = close
                    quoted = open..<k
                    k += 1
                } else {
                    // No quotes, `=`, `<`, `>` or backquote in an unquoted value: then no quote
                    // can open inside it, and the tag ends where the stripper's scan ended it.
                    while k < end, !isBlank(s[k]) {
                        let c = s[k]
                        if c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") || c == UInt8(ascii: "=") || c == UInt8(ascii: "<")
                            || c == UInt8(ascii: "`") { return nil }
                        k += 1
                    }
                }
                j = k
            }
            if shortensLinks, let quoted, isHref(s, nameStart, attributeNameEnd),
               let cut = shortenedLink(s, quoted), isPlain(s, cut.lowerBound, cut.upperBound) {
                // Written as the opening quote, the value's first byte when it is "#", and the
                // closing quote.
                kept.append(blanks..<cut.lowerBound)
                kept.append(cut.upperBound..<j)
                dropped = true
            } else if isKept(s, nameStart, attributeNameEnd) {
                kept.append(blanks..<j)
            } else {
                if !isPlain(s, blanks, j) { rewritable = false }
                dropped = true
            }
        }
        wellFormed = true
        guard dropped, rewritable else { return nil }
        // Every kept piece starts with a blank, so the only new neighbours are a piece's end and
        // the tail: "--" then ">" would end a comment the tag may be inside.
        let before = kept.last?.upperBound ?? nameEnd
        if s[tail.lowerBound] == UInt8(ascii: ">"), before - 2 > start, s[before - 1] == 0x2D, s[before - 2] == 0x2D {
            return nil
        }
        return (nameEnd, tail)
    }

    /// The bytes of a quoted `href` value that can go: all of it, or all but a leading `#`.
    /// The page tree keeps only whether a link's value (as libxml2 decodes it) starts with `#`
    /// (see ``PageTree/keep(keptAttribute:value:of:in:)``), and libxml2 neither trims a value
    /// nor changes a first byte other than `&` (a character reference may spell `#`). Nil
    /// when nothing would go.
    static func shortenedLink(_ s: UnsafeBufferPointer<UInt8>, _ quoted: Range<Int>) -> Range<Int>? {
        let value = quoted.lowerBound + 1..<quoted.upperBound
        guard !value.isEmpty, s[value.lowerBound] != UInt8(ascii: "&") else { return nil }
        let cut = s[value.lowerBound] == UInt8(ascii: "#") ? value.lowerBound + 1..<value.upperBound : value
        return cut.isEmpty ? nil : cut
    }

    private static func isHref(_ s: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Bool {
        to - from == 4 && s[from] | 0x20 == 0x68 && s[from + 1] | 0x20 == 0x72 && s[from + 2] | 0x20 == 0x65
            && s[from + 3] | 0x20 == 0x66
    }

    /// `<link>`, whose `href` the tree keeps whole (the canonical URL), or a prefixed name,
    /// which the tree reads by its local part (`<x:link>`).
    private static func isLinkOrPrefixed(_ s: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Bool {
        if s[from..<to].contains(UInt8(ascii: ":")) { return true }
        return to - from == 4 && s[from] | 0x20 == 0x6C && s[from + 1] | 0x20 == 0x69 && s[from + 2] | 0x20 == 0x6E
            && s[from + 3] | 0x20 == 0x6B
    }

    @inline(__always)
    private static func isBlank(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D }

    @inline(__always)
    private static func isNameStart(_ c: UInt8) -> Bool {
        (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A || c == UInt8(ascii: "_") || c == UInt8(ascii: ":") || c == UInt8(ascii: ".")
    }

    @inline(__always)
    private static func isNameByte(_ c: UInt8) -> Bool {
        isNameStart(c) || (c >= 0x30 && c <= 0x39) || c == UInt8(ascii: "-")
    }

    private static func isMeta(_ s: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Bool {
        to - from == 4 && s[from] | 0x20 == 0x6D && s[from + 1] | 0x20 == 0x65 && s[from + 2] | 0x20 == 0x74
            && s[from + 3] | 0x20 == 0x61
    }

    /// Printable ASCII and blanks, without "--".
    ///
    /// Eight bytes at a time while they are all printable and none is `-` (a dropped
    /// attribute is mostly URL or path data); a word with anything else is checked byte by
    /// byte. After such a word the previous byte is not `-`, as the byte loop would have it.
    static func isPlain(_ s: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Bool {
        guard let base = UnsafeRawPointer(s.baseAddress) else { return true }
        var previous: UInt8 = 0
        var index = from
        while index < to {
            if index + 8 <= to {
                let word = base.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
                // A byte below 0x20, at or above 0x7F, or equal to '-' (0x2D) sets its high bit.
                let below = (word &- ones &* 0x20) & ~word & highs
                let above = ((word &+ ones &* 0x01) | word) & highs
                let dashes = word ^ (ones &* 0x2D)
                let dash = (dashes &- ones) & ~dashes & highs
                if below | above | dash == 0 {
                    previous = 0
                    index += 8
                    continue
                }
            }
            let c = s[index]
            guard (c >= 0x20 && c < 0x7F) || isBlank(c), !(c == 0x2D && previous == 0x2D) else { return false }
            previous = c
            index += 1
        }
        return true
    }

    /// The index of the first `byte` in `s[start..<end]`.
    private static func index(of byte: UInt8, in s: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int? {
        guard start < end, let base = s.baseAddress else { return nil }
        guard let found = memchr(base + start, Int32(byte), end - start) else { return nil }
        return UnsafeRawPointer(found) - UnsafeRawPointer(base)
    }

    /// Whether the attribute name (any case) is one the page tree keeps.
    private static func isKept(_ s: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Bool {
        let length = to - from
        guard length < keptByLength.count else { return false }
        for name in keptByLength[length] {
            var offset = 0
            while offset < length, (s[from + offset] >= 0x41 && s[from + offset] <= 0x5A ? s[from + offset] + 0x20 : s[from + offset]) == name[offset] {
                offset += 1
            }
            if offset == length { return true }
        }
        return false
    }

    /// ``PageTree/keptAttributes`` by length.
    private static let keptByLength: [[[UInt8]]] = {
        var table = [[[UInt8]]](repeating: [], count: 16)
        for name in PageTree.keptAttributes { table[name.utf8.count].append(Array(name.utf8)) }
        return table
    }()
}
