import Testing
@testable import NewsGraph

@Suite struct ClassHintsTests {
    /// The lists matched the plain way: every pattern tried at every position of the
    /// lower-cased "class id" string, a match never running across a camelCase boundary.
    static func referenceCategories(className: String, id: String) -> ClassHints.Categories {
        var bytes: [UInt8] = [], boundary: [Bool] = []
        var previous: UInt8 = 0x20
        for byte in Array(className.utf8) + [0x20] + Array(id.utf8) {
            let isUpper = byte >= 0x41 && byte <= 0x5A
            bytes.append(isUpper ? byte + 0x20 : byte)
            boundary.append(isUpper && previous >= 0x61 && previous <= 0x7A)
            previous = byte
        }
        let lists: [([[UInt8]], ClassHints.Categories)] = [
            (ClassHints.unlikely, .unlikely), (ClassHints.maybeCandidate, .maybeCandidate), (ClassHints.positive, .positive),
            (ClassHints.negative, .negative), (ClassHints.boilerplate, .boilerplate), (ClassHints.comments, .comments),
        ]
        var found: ClassHints.Categories = []
        for (patterns, category) in lists {
            for pattern in patterns where pattern.count <= bytes.count {
                for start in 0...(bytes.count - pattern.count) {
                    var offset = 0
                    while offset < pattern.count && bytes[start + offset] == pattern[offset]
                        && (offset == 0 || !boundary[start + offset]) { offset += 1 }
                    if offset == pattern.count { found.insert(category) }
                }
            }
        }
        return found
    }

    static let values: [String] = [
        "", "x", "article-body", "articleBody", "story__text", "PageBuilder-pageRow", "pageRow", "pager",
        "main-header-and-content", "sidebar", "SideBar", "sideBar", "side-bar", "ad", "ads ad-slot", "AD",
        "advert", "header-ad-", "-ad-", "commentList", "comment-list", "disqus_thread", "related-stories",
        "newsletter-signup", "mostRead", "most-read", "col-md-8 entry-content", "ai2html", "shareBar",
        "shareTools socialShare", "BylineWrapper", "authorBio", "cookieConsent", "gdprBanner", "hentry h-entry",
        "visually-hidden sr-only", "éditorial contenu", "paywall-promo", "tags", "taboola-feed", "MEDIA",
        "TwitterShare", "commentsCommunity", "xCommentx", "breadcrumbs", "toolbar", "postContent", "PostContent",
    ]

    @Test func automatonMatchesThePlainSearch() {
        for className in Self.values {
            for id in Self.values.prefix(12) {
                let hints = ClassHints(className: className, id: id)
                let expected = Self.referenceCategories(className: className, id: id)
                let verdicts = ClassHints.Verdict(className).categories.union(ClassHints.Verdict(id).categories)
                #expect(verdicts == expected, "\(className) / \(id)")
                #expect(hints.isComments == (expected.contains(.comments) && !expected.contains(.maybeCandidate)),
                        "\(className) / \(id)")
            }
        }
    }

    /// Ad words are whole words of a value, any case; other words starting like one are not.
    @Test func adWordsAreWholeWords() {
        for word in ClassHints.adWords {
            for value in [word, word.uppercased(), "x \(word) y", "x_\(word)", "\(word).y"] {
                #expect(ClassHints.Verdict(value).hasAdWord, "\(value)")
            }
        }
        for value in ["", "a", "adx", "bad", "dfps", "promos", "sponsor", "x-ad", "adverts-x", "load", "pad ded"] {
            #expect(!ClassHints.Verdict(value).hasAdWord, "\(value)")
        }
    }

    @Test func verdicts() {
        #expect(ClassHints(className: "article-body", id: nil).weight == 25)
        #expect(ClassHints(className: "sidebar", id: nil).isUnlikelyCandidate)
        #expect(!ClassHints(className: "main-header-and-content", id: nil).isUnlikelyCandidate)
        // A word never runs across a camelCase boundary: "PageBuilder-pageRow" is not "pager".
        #expect(ClassHints.Verdict("pager").categories.contains(.unlikely))
        #expect(!ClassHints.Verdict("PageBuilder-pageRow").categories.contains(.unlikely))
        #expect(ClassHints(className: "x", id: "ads").isBoilerplate)
        #expect(ClassHints(className: "x", id: "ads").weight == -25)
        #expect(!ClassHints(className: "loads", id: nil).isBoilerplate)
        #expect(ClassHints(className: "commentList", id: nil).isComments)
    }
}
