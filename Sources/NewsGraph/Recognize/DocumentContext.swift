/// What the rest of a document says about a word: whether it appears capitalized inside
/// ordinary sentences (a name) or in lower case (a common word), and how the tagger labeled
/// it earlier. This is how "JAPAN" in an all-caps headline or "Slams" in a Title Case one is
/// told apart: the body of the article uses "Japan" and "slams".
struct DocumentContext: Sendable {
    static let seenCapitalized: UInt8 = 1
    static let seenLowercase: UInt8 = 2

    // Open-addressing tables keyed by the word's lower-case hash: faster than Dictionary's
    // SipHash for keys that are hashes already.
    private var casingTable = HashIndex(capacity: 256)
    private var priorTable = HashIndex(capacity: 256)

    /// Collects casing evidence from the document's sentences (with their sentence modes).
    init(sentences: [[TokenInfo]], modes: [SentenceMode]) {
        for (s, infos) in sentences.enumerated() where modes[s] == .normal {
            for i in 1..<max(1, infos.count) {
                let info = infos[i]
                guard info.flags.contains(.hasLetter), info.letters >= 2 else { continue }
                // A word right after an opening quote or colon may be capitalized for grammar.
                if infos[i - 1].flags.contains(.punctuation) && !infos[i - 1].flags.contains(.hasLetter), i == 1 { continue }
                let bit: Int32
                if info.flags.contains(.initialCapital) { bit = Int32(Self.seenCapitalized) }
                else if info.flags.contains(.allLower) { bit = Int32(Self.seenLowercase) }
                else { continue }
                let key = Self.key(info.lower)
                let old = casingTable.value(for: key)
                if old < 0 || old & bit == 0 { casingTable.set(key, max(old, 0) | bit) }
            }
        }
    }

    init() {}

    @inline(__always) private static func key(_ lower: UInt64) -> UInt64 { lower == 0 ? 1 : lower }

    @inline(__always) func casing(of lower: UInt64) -> UInt8 {
        UInt8(truncatingIfNeeded: max(0, casingTable.value(for: Self.key(lower))))
    }

    /// The entity type index (+1) the word was last tagged with in this document, or 0.
    @inline(__always) func prior(of lower: UInt64) -> UInt8 {
        UInt8(truncatingIfNeeded: max(0, priorTable.value(for: Self.key(lower))))
    }

    /// Remembers the tags a sentence received.
    mutating func remember(_ infos: [TokenInfo], tags: [Int]) {
        for (i, tag) in tags.enumerated() {
            let info = infos[i]
            guard info.flags.contains(.hasLetter), info.letters >= 2 else { continue }
            if let type = BIOTags.type(of: tag) {
                priorTable.set(Self.key(info.lower), Int32(type + 1))
            }
        }
    }
}
