/// What an element's `class` and `id` say about it: the readability heuristics' word lists,
/// matched as lower-case substrings (so `article-body`, `articleBody` and `story__text`
/// all count), plus whole-word checks for short words such as `ad`.
struct ClassHints: Sendable {
    /// Lower-case `class` and `id`, separated by a space.
    let signature: [UInt8]

    init(className: String?, id: String?) {
        var bytes: [UInt8] = []
        for byte in (className ?? "").utf8 { bytes.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte) }
        bytes.append(0x20)
        for byte in (id ?? "").utf8 { bytes.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte) }
        signature = bytes
    }

    var isEmpty: Bool { signature.count <= 1 }

    /// Names of blocks that are almost never the article (navigation, comments, promos...).
    static let unlikely = patterns([
        "-ad-", "ai2html", "banner", "breadcrumb", "combx", "comment", "community", "cover-wrap",
        "disqus", "extra", "footer", "gdpr", "header", "legends", "menu", "related", "remark",
        "replies", "rss", "shoutbox", "sidebar", "skyscraper", "social", "sponsor", "supplemental",
        "ad-break", "agegate", "pagination", "pager", "popup", "yom-remote", "cookie", "consent",
        "newsletter", "subscribe", "trending", "most-read", "mostread", "most-popular", "mostpopular",
        "outbrain", "taboola", "recirc", "share", "sharing", "signup", "sign-up", "toolbar", "modal",
    ])
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
    /// Blocks whose name says they are share bars, newsletter boxes and the like: dropped from
    /// the body even inside the article container when they carry little text.
    static let boilerplate = patterns([
        "share", "sharing", "social", "newsletter", "subscribe", "signup", "sign-up", "related",
        "trending", "most-read", "mostread", "most-popular", "recommend", "outbrain", "taboola",
        "cookie", "consent", "gdpr", "promo", "sponsor", "comment", "disqus", "byline",
        "author-bio", "caption", "credit", "breadcrumb", "tags", "toolbar", "advert", "paywall",
        "read-more", "readmore", "more-stories", "recirc", "popup", "modal", "banner",
        "hidden", "print-only", "visually-hidden", "sr-only", "screen-reader",
    ])

    private static func patterns(_ words: [String]) -> [[UInt8]] { words.map { Array($0.utf8) } }

    func matches(_ patterns: [[UInt8]]) -> Bool {
        for pattern in patterns where contains(pattern) { return true }
        return false
    }

    func contains(_ pattern: [UInt8]) -> Bool {
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
        var word: [UInt8] = []
        for byte in signature + [0x20] {
            let isWordByte = (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2D
            if isWordByte {
                word.append(byte)
            } else if !word.isEmpty {
                if Self.adWords.contains(String(decoding: word, as: UTF8.self)) { return true }
                word.removeAll(keepingCapacity: true)
            }
        }
        return false
    }

    /// Readability's class weight: +25 for a positive name, -25 for a negative one, for the
    /// class and the id together.
    var weight: Double {
        if isEmpty { return 0 }
        var weight = 0.0
        if matches(Self.negative) || hasAdWord { weight -= 25 }
        if matches(Self.positive) { weight += 25 }
        return weight
    }

    var isUnlikelyCandidate: Bool {
        if isEmpty { return false }
        return (matches(Self.unlikely) || hasAdWord) && !matches(Self.maybeCandidate)
    }

    var isBoilerplate: Bool {
        if isEmpty { return false }
        return matches(Self.boilerplate) || hasAdWord
    }
}
