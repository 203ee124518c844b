/// Short lines that sites put between article paragraphs ("Advertisement", "Read more",
/// "Share this article") and that carry no article text.
enum BoilerplateText {
    /// Whole lines (compared case-insensitively, without trailing punctuation).
    static let lines: Set<String> = [
        "advertisement", "advertisment", "ad", "ads", "sponsored", "sponsored content", "promoted",
        "story continues below advertisement", "article continues below advertisement",
        "continue reading below", "advertisement - continue reading below", "continue reading",
        "read more", "read more below", "see more", "show more", "load more", "more", "share",
        "share this", "share this article", "share this story", "share on facebook", "share on twitter",
        "tweet", "email", "print", "comments", "comment", "view comments", "leave a comment",
        "trending now", "trending", "most read", "most popular", "related", "related articles",
        "related stories", "related content", "recommended", "recommended for you", "more stories",
        "you may also like", "you might also like", "sign up", "subscribe", "subscribe now",
        "sign up for our newsletter", "newsletter", "accept", "accept cookies", "accept all",
        "skip to content", "skip to main content", "back to top", "close", "image", "photo", "video",
        "watch", "listen", "listen to this article", "click to expand", "enlarge this image",
        "toggle caption", "hide caption", "expand", "copy link", "link copied", "follow us",
        "continue reading the main story", "skip advertisement", "story continues below",
        "article continues below", "scroll to continue with content", "continue reading below advertisement",
        "content continues below", "ad feedback", "scroll down to continue reading",
    ]

    /// Line openings that mark a pointer to other content.
    static let prefixes: [String] = [
        "read more:", "read more at", "related:", "see also:", "also read:", "read also:",
        "more:", "watch:", "recommended:", "advertisement ", "sign up for our", "sign up to our",
        "subscribe to our", "click here to", "follow us on", "we use cookies",
        "this site uses cookies", "this website uses cookies", "by clicking", "© ", "copyright ©",
        "(c) copyright", "image copyright", "image caption", "photo:", "image:", "getty images",
    ]

    /// True when the whole line is navigation, a call to action or an ad label.
    static func isBoilerplate(_ line: String) -> Bool {
        // Only short lines can be labels; real paragraphs that begin the same way are kept.
        // (Every listed phrase is ASCII, so a byte count bounds the check.)
        guard line.utf8.count <= 240 else { return false }
        return asciiIsBoilerplate(line) ?? typographicIsBoilerplate(line) ?? unicodeIsBoilerplate(line)
    }

    /// ``isBoilerplate(_:)`` for any short line, on `String`s.
    static func unicodeIsBoilerplate(_ line: String) -> Bool {
        // Equal to `lowercased()` (Latin scalars from a table, the rest through the runtime).
        matches(lower: line.asciiFastLowercased)
    }

    /// ``isBoilerplate(_:)`` for a line of ASCII and typographic punctuation (nil for any
    /// other line): the punctuation has no case, so ASCII case folding of the bytes is
    /// `lowercased()`, and the same lower-case line goes through the same tests, without
    /// the case mapping.
    static func typographicIsBoilerplate(_ line: String) -> Bool? {
        for scalar in line.unicodeScalars where !scalar.isASCII && !typographic.contains(scalar) { return nil }
        return matches(lower: String(decoding: line.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }, as: UTF8.self),
                       bytewise: true)
    }

    /// The tests on a lower-cased line, without its edge characters. `bytewise` when the line
    /// is ASCII and typographic punctuation: no character there combines with the next but CR
    /// with LF, and no prefix has either, so a prefix of its characters is a prefix of its bytes.
    private static func matches(lower: String, bytewise: Bool = false) -> Bool {
        let scalars = lower.unicodeScalars
        guard let first = scalars.firstIndex(where: { !edgeCharacters.contains($0) }),
              let last = scalars.lastIndex(where: { !edgeCharacters.contains($0) }) else { return true }
        return matches(bare: String(scalars[first...last]), bytewise: bytewise)
    }

    /// The tests on a line lower-cased and stripped of its edge characters.
    private static func matches(bare: String, bytewise: Bool) -> Bool {
        if lines.contains(bare) { return true }
        if ByteSearch.contains(bare, "all rights reserved") && bare.contains("all rights reserved") { return true }
        // `hasPrefix` compares characters, with a cost per prefix that was most of the test.
        if bytewise { return prefixes.contains { bare.utf8.starts(with: $0.utf8) } }
        return prefixes.contains { bare.hasPrefix($0) }
    }

    /// ``isBoilerplate(_:)`` for an ASCII line, on its bytes (nil for any other line). On
    /// ASCII, `lowercased()` is ASCII case folding, the edge characters are the ASCII ones,
    /// and `hasPrefix`, `contains` and set membership compare bytes; no phrase or prefix with
    /// a non-ASCII character can match.
    static func asciiIsBoilerplate(_ line: String) -> Bool? {
        var line = line
        return line.withUTF8 { raw -> Bool? in
            var lower = [UInt8](repeating: 0, count: raw.count)
            for (index, byte) in raw.enumerated() {
                if byte >= 0x80 { return nil }
                lower[index] = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
            }
            var first = 0, last = lower.count - 1
            while first <= last, asciiEdges.contains(lower[first]) { first += 1 }
            while last >= first, asciiEdges.contains(lower[last]) { last -= 1 }
            guard first <= last else { return true }
            let bare = lower[first...last]
            if bare.count <= longestLine, lines.contains(String(decoding: bare, as: UTF8.self)) { return true }
            if contains(bare, allRightsReserved) { return true }
            return asciiPrefixes.contains { bare.starts(with: $0) }
        }
    }

    private static let asciiEdges: [UInt8] = Array(" .:!>|-".utf8)
    private static let longestLine = lines.map(\.utf8.count).max() ?? 0
    private static let allRightsReserved = Array("all rights reserved".utf8)
    private static let asciiPrefixes: [[UInt8]] = prefixes.filter { $0.utf8.allSatisfy { $0 < 0x80 } }.map { Array($0.utf8) }

    private static func contains(_ text: ArraySlice<UInt8>, _ needle: [UInt8]) -> Bool {
        guard text.count >= needle.count else { return false }
        var start = text.startIndex
        while start + needle.count <= text.endIndex {
            if text[start] == needle[0] && text[start..<start + needle.count].elementsEqual(needle) { return true }
            start += 1
        }
        return false
    }

    /// Caseless punctuation of English text (quotes, dashes, bullets, ellipsis, no-break
    /// space, copyright sign), and no letters.
    private static let typographic: Set<Unicode.Scalar> = Set("\u{A0}\u{A9}\u{AB}\u{B7}\u{BB}\u{2013}\u{2014}\u{2018}\u{2019}\u{201C}\u{201D}\u{2022}\u{2026}\u{203A}".unicodeScalars)

    /// Spaces, punctuation and arrows that decorate labels ("Read more »", "— Advertisement —").
    private static let edgeCharacters: Set<Unicode.Scalar> = Set(" .:!»›>|·•-–—\u{A0}".unicodeScalars)
}
