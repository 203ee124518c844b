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
    /// appears or disappears, should the tag be inside a comment), and a `<meta>` (whose
    /// attributes may set the encoding) is only rewritten when its kept attributes move (see
    /// below) and it has no `charset` or `http-equiv`. Kept attributes (``PageTree/keptAttributes``)
    /// stay byte for byte, in order, with the blanks before them, except a quoted `href` outside
    /// `<link>`: its value (mostly URLs, the largest attribute after `class`) keeps only a
    /// leading `#`, when the removed bytes are plain as a dropped attribute's must be (see
    /// ``shortenedLink(_:_:)``).
    ///
    /// `wellFormed` is set when the tag has that form (whether or not anything is dropped, and
    /// for `<meta>` too): libxml2 then ends it at `end`.
    ///
    /// With `moving`, when the tag has kept attributes, each with a value that
    /// ``isReferable(_:_:_:)`` (or none), and no kept name comes twice, `moved` lists them and
    /// the caller writes the tag's opening and the tail, and files the list (see
    /// ``AttributeValues``); `moved` is empty otherwise, and `kept` says what to write.
    static func filteredTag(_ s: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int,
                            kept: inout [Range<Int>], wellFormed: inout Bool,
                            moving: Bool = false, moved: inout [AttributeValues.Entry]) -> (nameEnd: Int, tail: Range<Int>)? {
        wellFormed = false
        // Emptied only when needed: `removeAll(keepingCapacity:)` is a call even on an empty array.
        if !moved.isEmpty { moved.removeAll(keepingCapacity: true) }
        var j = start + 1
        while j < end, isNameByte(s[j]) { j += 1 }
        let nameEnd = j
        guard nameEnd - start - 1 <= 90 else { return nil }
        let isMeta = isMeta(s, start + 1, nameEnd)
        var rewritable = true
        let shortensLinks = !isLinkOrPrefixed(s, start + 1, nameEnd)
        if !kept.isEmpty { kept.removeAll(keepingCapacity: true) }
        var dropped = false
        var movable = moving
        var movedNames: UInt64 = 0
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
            var value: Range<Int>?    // the value without its quotes
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
                    value = open + 1..<k
                    k += 1
                } else {
                    // No quotes, `=`, `<`, `>` or backquote in an unquoted value: then no quote
                    // can open inside it, and the tag ends where the stripper's scan ended it.
                    let open = k
                    while k < end, !isBlank(s[k]) {
                        let c = s[k]
                        if c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") || c == UInt8(ascii: "=") || c == UInt8(ascii: "<")
                            || c == UInt8(ascii: "`") { return nil }
                        k += 1
                    }
                    value = open..<k
                }
                j = k
            }
            let keptName = keptIndex(s, nameStart, attributeNameEnd)
            // libxml2 reads a <meta>'s charset, or its content when http-equiv says Content-Type.
            if isMeta, isEncodingAttribute(s, nameStart, attributeNameEnd) { rewritable = false }
            if movable, let keptName {
                // libxml2 keeps the first of two attributes with one name (names lower-cased).
                if movedNames & (1 << UInt64(keptName)) != 0 || value.map({ !isReferable(s, $0.lowerBound, $0.upperBound) }) == true {
                    movable = false
                } else {
                    movedNames |= 1 << UInt64(keptName)
                    moved.append(AttributeValues.Entry(name: keptName, start: value?.lowerBound ?? 0, count: value?.count ?? -1))
                }
            }
            if shortensLinks, let quoted, isHref(s, nameStart, attributeNameEnd),
               let cut = shortenedLink(s, quoted), isPlain(s, cut.lowerBound, cut.upperBound) {
                // Written as the opening quote, the value's first byte when it is "#", and the
                // closing quote.
                kept.append(blanks..<cut.lowerBound)
                kept.append(cut.upperBound..<j)
                dropped = true
            } else if keptName != nil {
                kept.append(blanks..<j)
            } else {
                if !isPlain(s, blanks, j) { rewritable = false }
                dropped = true
            }
        }
        wellFormed = true
        // A <meta> moves whole or stays as it is: libxml2 reads its attributes.
        if isMeta, !movable || moved.isEmpty { rewritable = false }
        if !movable || !rewritable, !moved.isEmpty { moved.removeAll(keepingCapacity: true) }
        guard dropped || !moved.isEmpty, rewritable else { return nil }
        // Every kept piece starts with a blank, so the only new neighbours are a piece's (or,
        // with the attributes moved, the name's) end and the tail: "--" then ">" would end a
        // comment the tag may be inside.
        let before = moved.isEmpty ? kept.last?.upperBound ?? nameEnd : nameEnd
        if s[tail.lowerBound] == UInt8(ascii: ">"), before - 2 > start, s[before - 1] == 0x2D, s[before - 2] == 0x2D {
            return nil
        }
        return (nameEnd, tail)
    }

    /// Whether a value (quoted or not) can move to ``AttributeValues``: printable ASCII other than `&`,
    /// which libxml2 hands to the callbacks as written (no character reference, no byte it
    /// would decode or report), and without `--`, like a dropped attribute (a comment end
    /// must not appear or disappear).
    ///
    /// Eight bytes at a time: values are mostly `class` lists. A byte the word test flags is
    /// sometimes a false alarm (a borrow from the byte below), which only keeps a value in the
    /// page.
    static func isReferable(_ s: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Bool {
        guard let base = UnsafeRawPointer(s.baseAddress) else { return true }
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        var previousDash: UInt64 = 0   // 0x80 when the byte before the word is (or may be) "-"
        var index = from
        while index + 8 <= to {
            let word = base.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            // High bit of a byte below 0x20, at or above 0x7F, or equal to "&" (0x26) or "-".
            let below = (word &- ones &* 0x20) & ~word & highs
            let above = ((word &+ ones) | word) & highs
            let ampersands = word ^ (ones &* 0x26)
            let ampersand = (ampersands &- ones) & ~ampersands & highs
            let dashes = word ^ (ones &* 0x2D)
            let dash = (dashes &- ones) & ~dashes & highs
            // A dash right after a dash: the byte below it is the one before it in the page.
            guard below | above | ampersand == 0, dash & (dash << 8 | previousDash) == 0 else { return false }
            previousDash = dash >> 56
            index += 8
        }
        var previous: UInt8 = previousDash != 0 ? 0x2D : 0
        while index < to {
            let c = s[index]
            guard c >= 0x20, c < 0x7F, c != UInt8(ascii: "&"), !(c == 0x2D && previous == 0x2D) else { return false }
            previous = c
            index += 1
        }
        return true
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

    /// `charset` or `http-equiv`, any case.
    private static func isEncodingAttribute(_ s: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Bool {
        func spells(_ name: StaticString) -> Bool {
            guard to - from == name.utf8CodeUnitCount else { return false }
            for k in 0..<(to - from) where s[from + k] | 0x20 != name.utf8Start[k] { return false }
            return true
        }
        return spells("charset") || spells("http-equiv")
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

    /// The attribute name's index in ``AttributeValues/names`` (any case) when the page tree
    /// keeps it.
    private static func keptIndex(_ s: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Int? {
        let length = to - from
        guard length < keptByLength.count else { return nil }
        for (name, index) in keptByLength[length] {
            var offset = 0
            while offset < length, (s[from + offset] >= 0x41 && s[from + offset] <= 0x5A ? s[from + offset] + 0x20 : s[from + offset]) == name[offset] {
                offset += 1
            }
            if offset == length { return index }
        }
        return nil
    }

    /// ``AttributeValues/names`` by length, with their indices.
    private static let keptByLength: [[(name: [UInt8], index: Int)]] = {
        var table = [[(name: [UInt8], index: Int)]](repeating: [], count: 16)
        for (index, name) in AttributeValues.names.enumerated() { table[name.utf8.count].append((Array(name.utf8), index)) }
        return table
    }()
}
