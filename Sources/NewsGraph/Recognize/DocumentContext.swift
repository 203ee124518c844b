/// What the rest of a document says about a word: whether it appears capitalized inside
/// ordinary sentences (a name) or in lower case (a common word), and how the tagger labeled
/// it earlier. This is how "JAPAN" in an all-caps headline or "Slams" in a Title Case one is
/// told apart: the body of the article uses "Japan" and "slams".
struct DocumentContext: Sendable {
    static let seenCapitalized: UInt8 = 1
    static let seenLowercase: UInt8 = 2

    private(set) var casing: [UInt64: UInt8] = [:]
    private var priorType: [UInt64: UInt8] = [:]

    /// Collects casing evidence from the document's sentences (with their sentence modes).
    init(sentences: [[TokenInfo]], modes: [SentenceMode]) {
        for (s, infos) in sentences.enumerated() where modes[s] == .normal {
            for i in 1..<max(1, infos.count) {
                let info = infos[i]
                guard info.flags.contains(.hasLetter), info.letters >= 2 else { continue }
                // A word right after an opening quote or colon may be capitalized for grammar.
                if infos[i - 1].flags.contains(.punctuation) && !infos[i - 1].flags.contains(.hasLetter), i == 1 { continue }
                if info.flags.contains(.initialCapital) {
                    casing[info.lower, default: 0] |= Self.seenCapitalized
                } else if info.flags.contains(.allLower) {
                    casing[info.lower, default: 0] |= Self.seenLowercase
                }
            }
        }
    }

    init() {}

    @inline(__always) func casing(of lower: UInt64) -> UInt8 { casing[lower] ?? 0 }

    /// The entity type index (+1) the word was last tagged with in this document, or 0.
    @inline(__always) func prior(of lower: UInt64) -> UInt8 { priorType[lower] ?? 0 }

    /// Remembers the tags a sentence received.
    mutating func remember(_ infos: [TokenInfo], tags: [Int]) {
        for (i, tag) in tags.enumerated() {
            let info = infos[i]
            guard info.flags.contains(.hasLetter), info.letters >= 2 else { continue }
            if let type = BIOTags.type(of: tag) {
                priorType[info.lower] = UInt8(type + 1)
            }
        }
    }
}

/// How a sentence is cased: ordinary prose, an ALL CAPS headline, or a Title Case one.
enum SentenceMode: UInt64, Sendable {
    case normal = 0
    case allCaps = 1
    case titleCase = 2

    init(_ infos: [TokenInfo]) {
        var lettered = 0, caps = 0, long = 0, title = 0
        for info in infos where info.flags.contains(.hasLetter) {
            lettered += 1
            if info.flags.contains(.allCapitals) && info.letters >= 2 { caps += 1 }
            if info.letters >= 4 {
                long += 1
                if info.flags.contains(.initialCapital) && !info.flags.contains(.allCapitals) { title += 1 }
            }
        }
        if lettered >= 2 && caps * 10 >= lettered * 7 { self = .allCaps }
        else if long >= 3 && title == long { self = .titleCase }
        else { self = .normal }
    }
}
