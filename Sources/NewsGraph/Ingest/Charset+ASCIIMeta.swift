#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Charset {
    /// ``htmlMetaCharset(_:)`` for a head that is all ASCII, on its bytes.
    ///
    /// On ASCII text every `Character` is one byte (or the CR LF pair, whitespace either
    /// way), case-insensitive search is ASCII case folding, `isWhitespace` is HT, LF, VT, FF,
    /// CR and space, and `CharacterSet.whitespaces` is space and HT; so this finds exactly
    /// what the `String` search finds, without bridging the head to Foundation for every
    /// `<meta>` tag (a third of decoding a page).
    static func asciiMetaCharset(_ head: UnsafeBufferPointer<UInt8>) -> String? {
        metaCharset(head, checkingNeighbours: false) ?? nil
    }

    /// ``htmlMetaCharset(_:)`` for a head with other characters, found on its bytes; nil when a
    /// `<meta` or `>` the scan meets has other bytes beside it (then the `String` search over
    /// the whole head decides).
    ///
    /// An ASCII byte between two ASCII bytes is a `Character` of its own (or half of a CR LF
    /// pair, whitespace either way): only what follows a character (a combining mark, a joiner,
    /// a variation selector) or a prepended character before it joins it into another, and no
    /// other character is canonically equivalent to `<`, `>` or a letter of `meta`. So when
    /// every `<meta` and `>` the byte scan meets has ASCII on both sides, the `String` search
    /// meets the same tags, in the same order, with the same text: an ASCII tag is read on its
    /// bytes (``asciiMetaCharset(_:)``), any other as the `String` search reads it. Most pages
    /// with an accented title name their charset before it, and the others mostly have none.
    static func bytewiseMetaCharset(_ head: UnsafeBufferPointer<UInt8>) -> String?? {
        metaCharset(head, checkingNeighbours: true)
    }

    private static func metaCharset(_ head: UnsafeBufferPointer<UInt8>, checkingNeighbours: Bool) -> String?? {
        let lower = head.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
        return lower.withUnsafeBufferPointer { text -> String?? in
            let count = text.count
            var searchFrom = 0
            while let open = find("<meta", in: text, from: searchFrom, to: count) {
                let tagStart = open + 5
                let close = find(">", in: text, from: tagStart, to: count) ?? count
                let tag = UnsafeBufferPointer(rebasing: text[tagStart..<close])
                if checkingNeighbours {
                    for index in [open - 1, tagStart, close - 1, close + 1] where index >= 0 && index < count && text[index] >= 0x80 {
                        return nil
                    }
                    if tag.contains(where: { $0 >= 0x80 }) {
                        if let charset = unicodeMetaCharset(tag: String(decoding: tag, as: UTF8.self)) { return .some(charset) }
                        searchFrom = close
                        continue
                    }
                }
                if let charset = asciiAttributeValue(named: "charset", in: tag) { return .some(charset) }
                if let equiv = asciiAttributeValue(named: "http-equiv", in: tag), equiv == "content-type",
                   let content = asciiAttributeValue(named: "content", in: tag),
                   let charset = charsetParameter(ofContentType: content) {
                    return .some(charset)
                }
                searchFrom = close
            }
            return .some(nil)
        }
    }

    /// `attributeValue(named:in:)` on the lower-case ASCII bytes of a tag.
    private static func asciiAttributeValue(named name: StaticString, in tag: UnsafeBufferPointer<UInt8>) -> String? {
        let count = tag.count
        var searchFrom = 0
        while let found = find(name, in: tag, from: searchFrom, to: count) {
            searchFrom = found + name.utf8CodeUnitCount
            // Must be a whole attribute name ("charset", not "data-charset").
            if found > 0 {
                let before = tag[found - 1]
                if !(isWhitespace(before) || before == UInt8(ascii: "\"") || before == UInt8(ascii: "'")
                     || before == UInt8(ascii: ";")) { continue }
            }
            var index = searchFrom
            while index < count, isWhitespace(tag[index]) { index += 1 }
            guard index < count, tag[index] == UInt8(ascii: "=") else { continue }
            index += 1
            while index < count, isWhitespace(tag[index]) { index += 1 }
            guard index < count else { return nil }
            let quote = tag[index]
            if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                var valueStart = index + 1
                var valueEnd = valueStart
                while valueEnd < count, tag[valueEnd] != quote { valueEnd += 1 }
                // trimmingCharacters(in: .whitespaces): space and tab.
                while valueStart < valueEnd, tag[valueStart] == 0x20 || tag[valueStart] == 0x09 { valueStart += 1 }
                while valueEnd > valueStart, tag[valueEnd - 1] == 0x20 || tag[valueEnd - 1] == 0x09 { valueEnd -= 1 }
                return valueEnd > valueStart ? String(decoding: tag[valueStart..<valueEnd], as: UTF8.self) : nil
            }
            var valueEnd = index
            while valueEnd < count {
                let byte = tag[valueEnd]
                if isWhitespace(byte) || byte == UInt8(ascii: ";") || byte == UInt8(ascii: "/") || byte == UInt8(ascii: ">")
                    || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") { break }
                valueEnd += 1
            }
            return valueEnd > index ? String(decoding: tag[index..<valueEnd], as: UTF8.self) : nil
        }
        return nil
    }

    /// `Character.isWhitespace` for an ASCII byte.
    private static func isWhitespace(_ byte: UInt8) -> Bool { byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) }

    /// The first `needle` in `text[start..<end]`, its first byte found by `memchr`.
    private static func find(_ needle: StaticString, in text: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int? {
        let length = needle.utf8CodeUnitCount
        let bytes = needle.utf8Start
        guard let base = text.baseAddress else { return nil }
        var index = start
        while index + length <= end {
            guard let found = memchr(base + index, Int32(bytes[0]), end - length + 1 - index) else { return nil }
            index = UnsafeRawPointer(found).assumingMemoryBound(to: UInt8.self) - base
            var offset = 1
            while offset < length && text[index + offset] == bytes[offset] { offset += 1 }
            if offset == length { return index }
            index += 1
        }
        return nil
    }
}
