/// What an element's `class` and `id` say about it: the readability heuristics' word lists,
/// matched as lower-case substrings (so `article-body`, `articleBody` and `story__text`
/// all count), plus whole-word checks for short words such as `ad`.
///
/// The verdicts are computed once per element, when the hints are made: extraction reads
/// them in every attempt.
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
        let className = className ?? "", id = id ?? ""
        var bytes: [UInt8] = []
        // camelCase boundaries are kept aside: a word must not run across one, or
        // "PageBuilder-pageRow" would read as "pager".
        var camelBoundary: [Bool] = []
        bytes.reserveCapacity(className.utf8.count + id.utf8.count + 1)
        camelBoundary.reserveCapacity(bytes.capacity)
        var previous: UInt8 = 0x20
        func add(_ byte: UInt8) {
            let isUpper = byte >= 0x41 && byte <= 0x5A
            bytes.append(isUpper ? byte + 0x20 : byte)
            camelBoundary.append(isUpper && previous >= 0x61 && previous <= 0x7A)
            previous = byte
        }
        for byte in className.utf8 { add(byte) }
        add(0x20)
        for byte in id.utf8 { add(byte) }
        let signature = Signature(bytes: bytes, camelBoundary: camelBoundary)
        if bytes.count <= 1 {
            weight = 0
            isUnlikelyCandidate = false
            isBoilerplate = false
            isComments = false
            return
        }
        let hasAdWord = signature.hasAdWord
        let found = signature.categories()
        var weight = 0.0
        if hasAdWord || found.contains(.negative) { weight -= 25 }
        if found.contains(.positive) { weight += 25 }
        self.weight = weight
        isUnlikelyCandidate = (hasAdWord || found.contains(.unlikely)) && !found.contains(.maybeCandidate)
        isBoilerplate = hasAdWord || found.contains(.boilerplate)
        isComments = found.contains(.comments) && !found.contains(.maybeCandidate)
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

    /// Every pattern of every list, bucketed by first byte, so one scan of a signature finds
    /// all the lists it matches. Flat arrays of plain integers keep the scan free of
    /// reference counting.
    struct PatternTable: Sendable {
        /// All patterns' bytes, back to back.
        var bytes: [UInt8] = []
        /// Per pattern: start in `bytes`, length, categories.
        var entries: [(start: Int, length: Int, categories: UInt8)] = []
        /// Per first byte: the range of `entries` starting with it (entries are sorted by it).
        var buckets = [Range<Int>](repeating: 0..<0, count: 256)
    }

    static let table: PatternTable = {
        var merged: [[UInt8]: Categories] = [:]
        let lists: [([[UInt8]], Categories)] = [
            (unlikely, .unlikely), (maybeCandidate, .maybeCandidate), (positive, .positive),
            (negative, .negative), (boilerplate, .boilerplate), (comments, .comments),
        ]
        for (patterns, category) in lists {
            for pattern in patterns { merged[pattern, default: []].insert(category) }
        }
        var table = PatternTable()
        let sorted = merged.sorted { $0.key.lexicographicallyPrecedes($1.key) }
        for (pattern, categories) in sorted {
            let first = Int(pattern[0])
            if table.buckets[first].isEmpty { table.buckets[first] = table.entries.count..<table.entries.count }
            table.entries.append((table.bytes.count, pattern.count, categories.rawValue))
            table.bytes.append(contentsOf: pattern)
            table.buckets[first] = table.buckets[first].lowerBound..<table.entries.count
        }
        return table
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
    static let adWordBytes: [[UInt8]] = adWords.map { Array($0.utf8) }
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

/// Lower-case `class` and `id` bytes, searched for substrings and whole words.
private struct Signature {
    let bytes: [UInt8]
    /// True where an upper-case letter follows a lower-case one in the original name.
    let camelBoundary: [Bool]

    /// The lists any of whose words occur in the signature.
    func categories() -> ClassHints.Categories {
        let table = ClassHints.table
        var found: UInt8 = 0
        let count = bytes.count
        table.bytes.withUnsafeBufferPointer { patterns in
            table.entries.withUnsafeBufferPointer { entries in
                bytes.withUnsafeBufferPointer { buffer in
                    camelBoundary.withUnsafeBufferPointer { boundary in
                        for start in 0..<count {
                            for index in table.buckets[Int(buffer[start])] {
                                let entry = entries[index]
                                guard found & entry.categories != entry.categories,
                                      start + entry.length <= count else { continue }
                                var offset = 1
                                while offset < entry.length && buffer[start + offset] == patterns[entry.start + offset]
                                    && !boundary[start + offset] { offset += 1 }
                                if offset == entry.length { found |= entry.categories }
                            }
                        }
                    }
                }
            }
        }
        return ClassHints.Categories(rawValue: found)
    }

    func contains(_ pattern: [UInt8]) -> Bool {
        let signature = bytes
        let count = signature.count, length = pattern.count
        guard length <= count else { return false }
        let first = pattern[0]
        var start = 0
        while start <= count - length {
            if signature[start] == first {
                var offset = 1
                while offset < length && signature[start + offset] == pattern[offset] { offset += 1 }
                if offset == length { return true }
            }
            start += 1
        }
        return false
    }

    /// True when a whole class or id word (split on anything but letters, digits and '-')
    /// is an advertising word.
    var hasAdWord: Bool {
        let words = ClassHints.adWordBytes
        var wordStart = 0
        let count = bytes.count
        for index in 0...count {
            let byte: UInt8 = index < count ? bytes[index] : 0x20
            let isWordByte = (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2D
            if isWordByte { continue }
            let length = index - wordStart
            if length >= 2 && length <= 13 {
                for word in words where word.count == length {
                    var offset = 0
                    while offset < length && bytes[wordStart + offset] == word[offset] { offset += 1 }
                    if offset == length { return true }
                }
            }
            wordStart = index + 1
        }
        return false
    }
}
