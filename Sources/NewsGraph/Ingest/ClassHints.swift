/// What an element's `class` and `id` say about it: the readability heuristics' word lists,
/// matched as lower-case substrings (so `article-body`, `articleBody` and `story__text`
/// all count), plus whole-word checks for short words such as `ad`.
///
/// The verdicts are computed once per element, when the hints are made: extraction reads
/// them in every attempt. (A cache per distinct value was measured: with one automaton pass
/// per value, hashing the value costs as much as reading it.)
struct ClassHints: Sendable {
    /// Readability's class weight: +25 for a positive name, -25 for a negative one.
    let weight: Double
    /// Named like navigation, comments or promos, and not rescued by a content-like name.
    let isUnlikelyCandidate: Bool
    /// Named like a share bar, newsletter box, caption or other boilerplate.
    let isBoilerplate: Bool
    /// Named like a comment thread (and not rescued by a content-like name): readers'
    /// comments are never the article, even when an attempt relaxes the other rules.
    let isComments: Bool

    init(className: String?, id: String?) {
        self.init(className: Verdict(className ?? ""), id: Verdict(id ?? ""))
    }

    /// Combines the verdicts on the two values. No listed word contains a space, and ad
    /// words are split at spaces, so the words found in "class id" are those found in each.
    init(className: Verdict, id: Verdict) {
        let hasAdWord = className.hasAdWord || id.hasAdWord
        let found = className.categories.union(id.categories)
        var weight = 0.0
        if hasAdWord || found.contains(.negative) { weight -= 25 }
        if found.contains(.positive) { weight += 25 }
        self.weight = weight
        isUnlikelyCandidate = (hasAdWord || found.contains(.unlikely)) && !found.contains(.maybeCandidate)
        isBoilerplate = hasAdWord || found.contains(.boilerplate)
        isComments = found.contains(.comments) && !found.contains(.maybeCandidate)
    }

    /// What one `class` or `id` value says: the lists its words are on, and whether it has an
    /// advertising word.
    struct Verdict: Sendable, Equatable {
        let categories: Categories
        let hasAdWord: Bool

        init(_ value: String) {
            var value = value
            (categories, hasAdWord) = value.withUTF8 { bytes in
                let signature = Signature(bytes: bytes)
                return (signature.categories(), signature.hasAdWord)
            }
        }
    }

    /// The word lists a signature can match, as bits.
    struct Categories: OptionSet, Sendable {
        let rawValue: UInt8
        static let unlikely = Categories(rawValue: 1)
        static let maybeCandidate = Categories(rawValue: 2)
        static let positive = Categories(rawValue: 4)
        static let negative = Categories(rawValue: 8)
        static let boilerplate = Categories(rawValue: 16)
        static let comments = Categories(rawValue: 32)
    }

    /// Every pattern of every list in one Aho-Corasick automaton over lower-case bytes, so one
    /// pass over a value finds all the lists it matches, at one table look-up per byte.
    struct Automaton: Sendable {
        /// Byte → column of `next` (0 for bytes no pattern contains).
        var column = [UInt8](repeating: 0, count: 256)
        var columns = 1
        /// `next[state * columns + column]`: the state after reading a byte.
        var next: [UInt16] = []
        /// The lists whose patterns end at a state (its own and those of its suffixes).
        var output: [UInt8] = []
    }

    static let automaton: Automaton = {
        var merged: [[UInt8]: Categories] = [:]
        let lists: [([[UInt8]], Categories)] = [
            (unlikely, .unlikely), (maybeCandidate, .maybeCandidate), (positive, .positive),
            (negative, .negative), (boilerplate, .boilerplate), (comments, .comments),
        ]
        for (patterns, category) in lists {
            for pattern in patterns { merged[pattern, default: []].insert(category) }
        }
        var automaton = Automaton()
        for pattern in merged.keys {
            for byte in pattern where automaton.column[Int(byte)] == 0 {
                automaton.column[Int(byte)] = UInt8(automaton.columns)
                automaton.columns += 1
            }
        }
        let columns = automaton.columns
        // The trie: -1 for "no edge".
        var edges: [[Int]] = [Array(repeating: -1, count: columns)]
        var output: [UInt8] = [0]
        for (pattern, categories) in merged {
            var state = 0
            for byte in pattern {
                let column = Int(automaton.column[Int(byte)])
                if edges[state][column] < 0 {
                    edges[state][column] = edges.count
                    edges.append(Array(repeating: -1, count: columns))
                    output.append(0)
                }
                state = edges[state][column]
            }
            output[state] |= categories.rawValue
        }
        // Breadth first: failure links, and missing edges filled in from them.
        var next = [UInt16](repeating: 0, count: edges.count * columns)
        var failure = [Int](repeating: 0, count: edges.count)
        var queue: [Int] = []
        for column in 0..<columns {
            let child = edges[0][column]
            if child > 0 {
                next[column] = UInt16(child)
                queue.append(child)
            }
        }
        var head = 0
        while head < queue.count {
            let state = queue[head]
            head += 1
            output[state] |= output[failure[state]]
            for column in 0..<columns {
                let child = edges[state][column]
                if child > 0 {
                    failure[child] = Int(next[failure[state] * columns + column])
                    next[state * columns + column] = UInt16(child)
                    queue.append(child)
                } else {
                    next[state * columns + column] = next[failure[state] * columns + column]
                }
            }
        }
        automaton.next = next
        automaton.output = output
        return automaton
    }()

    /// Names of blocks that are almost never the article (navigation, comments, promos...).
    static let unlikely = patterns([
        "-ad-", "ai2html", "banner", "breadcrumb", "combx", "comment", "community", "cover-wrap",
        "disqus", "extra", "footer", "gdpr", "header", "legends", "menu", "related", "remark",
        "replies", "rss", "shoutbox", "sidebar", "skyscraper", "social", "sponsor", "supplemental",
        "ad-break", "agegate", "pagination", "pager", "popup", "yom-remote", "cookie", "consent",
        "newsletter", "subscribe", "trending", "most-read", "mostread", "most-popular", "mostpopular",
        "outbrain", "taboola", "recirc", "share", "sharing", "signup", "sign-up", "toolbar", "modal",
    ])
    /// Names of comment threads.
    static let comments = patterns(["comment", "disqus", "replies", "respond"])
    /// Names that rescue an `unlikely` match ("main-header-and-content").
    static let maybeCandidate = patterns(["and", "article", "body", "column", "content", "main", "shadow"])
    /// Names of containers that usually hold the article.
    static let positive = patterns([
        "article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "pagination",
        "post", "text", "blog", "story",
    ])
    /// Names of containers that usually hold boilerplate.
    static let negative = patterns([
        "-ad-", "hidden", "banner", "combx", "comment", "com-", "contact", "footer", "gdpr",
        "masthead", "media", "meta", "outbrain", "promo", "related", "scroll", "share", "shoutbox",
        "sidebar", "skyscraper", "sponsor", "shopping", "tags", "widget", "social", "trending",
        "newsletter", "cookie", "consent", "subscribe", "popup", "taboola", "recommend",
        "most-read", "mostread", "signup", "sign-up", "caption", "credit", "byline", "author",
        "dateline", "timestamp", "breadcrumb", "toolbar", "tooltip", "disclaimer",
    ])
    /// Whole words in class/id that mark advertising.
    static let adWords: Set<String> = [
        "ad", "ads", "advert", "adverts", "advertisement", "advertising", "adslot", "adunit",
        "ad-container", "ad-slot", "dfp", "sponsored", "promo", "promoted",
    ]
    /// ``adWords`` by length.
    static let adWordsByLength: [[[UInt8]]] = {
        var table = [[[UInt8]]](repeating: [], count: (adWords.map(\.utf8.count).max() ?? 0) + 1)
        for word in adWords { table[word.utf8.count].append(Array(word.utf8)) }
        return table
    }()
    /// Whether an ad word starts with the byte: most words of a name are settled by their first.
    static let adWordStarts: [Bool] = {
        var table = [Bool](repeating: false, count: 256)
        for word in adWords { if let first = word.utf8.first { table[Int(first)] = true } }
        return table
    }()
    /// Blocks whose name says they are share bars, newsletter boxes and the like: dropped from
    /// the body even inside the article container when they carry little text.
    static let boilerplate = patterns([
        "share", "sharing", "social", "newsletter", "subscribe", "signup", "sign-up", "related",
        "trending", "most-read", "mostread", "most-popular", "recommend", "outbrain", "taboola",
        "cookie", "consent", "gdpr", "promo", "sponsor", "comment", "disqus", "byline",
        "author-bio", "caption", "credit", "breadcrumb", "tags", "toolbar", "advert", "paywall",
        "read-more", "readmore", "more-stories", "recirc", "popup", "modal", "banner",
        "print-only", "visually-hidden", "sr-only", "screen-reader",
    ])

    private static func patterns(_ words: [String]) -> [[UInt8]] { words.map { Array($0.utf8) } }

    /// True when an attribute value contains `word` (lower-case ASCII), ignoring case.
    static func name(_ value: String, contains word: StaticString) -> Bool {
        var value = value
        return value.withUTF8 { haystack in
            let needle = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
            guard needle.count > 0, haystack.count >= needle.count else { return false }
            for start in 0...(haystack.count - needle.count) {
                var offset = 0
                while offset < needle.count {
                    let byte = haystack[start + offset]
                    if (byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte) != needle[offset] { break }
                    offset += 1
                }
                if offset == needle.count { return true }
            }
            return false
        }
    }
}

/// A `class` or `id` value's bytes, searched for substrings and whole words in lower case.
private struct Signature {
    let bytes: UnsafeBufferPointer<UInt8>

    private static func lower(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte }

    /// True where an upper-case letter follows a lower-case one: camelCase boundaries, which a
    /// word must not run across, or "PageBuilder-pageRow" would read as "pager".
    private func isCamelBoundary(_ index: Int) -> Bool {
        let byte = bytes[index]
        guard byte >= 0x41 && byte <= 0x5A, index > 0 else { return false }
        let previous = bytes[index - 1]
        return previous >= 0x61 && previous <= 0x7A
    }

    /// The lists any of whose words occur in the signature. A camelCase boundary sends the
    /// automaton back to its start: a word may begin there but not run across it.
    func categories() -> ClassHints.Categories {
        let automaton = ClassHints.automaton
        var found: UInt8 = 0
        var state = 0
        let columns = automaton.columns
        automaton.column.withUnsafeBufferPointer { column in
            automaton.next.withUnsafeBufferPointer { next in
                automaton.output.withUnsafeBufferPointer { output in
                    for index in 0..<bytes.count {
                        if isCamelBoundary(index) { state = 0 }
                        state = Int(next[state * columns + Int(column[Int(Self.lower(bytes[index]))])])
                        found |= output[state]
                    }
                }
            }
        }
        return ClassHints.Categories(rawValue: found)
    }

    /// True when a whole class or id word (split on anything but letters, digits and '-')
    /// is an advertising word.
    var hasAdWord: Bool {
        var wordStart = 0
        let count = bytes.count
        for index in 0...count {
            let byte: UInt8 = index < count ? Self.lower(bytes[index]) : 0x20
            let isWordByte = (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2D
            if isWordByte { continue }
            let length = index - wordStart
            if length > 0, length < ClassHints.adWordsByLength.count, ClassHints.adWordStarts[Int(Self.lower(bytes[wordStart]))] {
                for word in ClassHints.adWordsByLength[length] {
                    var offset = 0
                    while offset < length && Self.lower(bytes[wordStart + offset]) == word[offset] { offset += 1 }
                    if offset == length { return true }
                }
            }
            wordStart = index + 1
        }
        return false
    }
}
