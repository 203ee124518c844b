import Foundation

/// Lists of names by category (countries, cities, first names…), stored as hashes of their
/// lower-cased token sequences so the tagger can match them inside sentences in O(1) per
/// candidate phrase.
///
/// The lists come from `Resources/ner/gaz-*.txt` (built by scripts/gen-ner-gazetteers.py);
/// the trainer copies them into the model, so tagging needs no other file.
struct Gazetteer: Sendable, Equatable {
    /// The categories in bit order; a phrase's value is a bit set over them.
    static let categories = ["countries", "regions", "cities", "demonyms", "first-names", "org-words"]
    static let maxPhraseLength = 6
    /// Marks a hash as the start of a longer phrase, so matching stops as soon as the tokens
    /// read so far begin no phrase at all.
    static let prefixBit: Int32 = 1 << 7
    /// Marks a single word that running text usually writes in lower case ("critics",
    /// "talks"): the trainer learns this list from its data, so a Title Case headline's
    /// ordinary words can be told from names.
    static let commonWordBit: Int32 = 1 << 6
    static let categoryMask: Int32 = (1 << 6) - 1

    var index: HashIndex

    init(index: HashIndex) { self.index = index }

    /// An empty gazetteer (no matches).
    init() { index = HashIndex(capacity: 8) }

    /// Builds the gazetteer from phrases per category name.
    init(phrases: [String: [String]]) {
        let total = phrases.values.reduce(0) { $0 + $1.count }
        var index = HashIndex(capacity: total)
        let tokenizer = Tokenizer()
        for (c, category) in Self.categories.enumerated() {
            for phrase in phrases[category] ?? [] {
                let tokens = tokenizer.tokenize(phrase)
                guard !tokens.isEmpty, tokens.count <= Self.maxPhraseLength else { continue }
                var h: UInt64 = 0
                for (k, token) in tokens.enumerated() {
                    h = FeatureHash.extend(h, TokenInfo.lowerHash(token.text))
                    let key = h == 0 ? 1 : h
                    let bit = k == tokens.count - 1 ? Int32(1 << c) : Self.prefixBit
                    let old = index.value(for: key)
                    if old < 0 || old & bit == 0 { index.set(key, max(old, 0) | bit) }
                }
            }
        }
        self.index = index
    }

    /// Adds words that are common in lower case (see ``commonWordBit``).
    mutating func addCommonWords(_ lowerHashes: [UInt64]) {
        for lower in lowerHashes {
            let h = FeatureHash.extend(0, lower)
            let key = h == 0 ? 1 : h
            let old = index.value(for: key)
            if old < 0 || old & Self.commonWordBit == 0 { index.set(key, max(old, 0) | Self.commonWordBit) }
        }
    }

    /// Reads `gaz-<category>.txt` files from a folder (missing files are skipped).
    static func load(folder: URL) -> Gazetteer {
        var phrases: [String: [String]] = [:]
        for category in categories {
            let url = folder.appendingPathComponent("gaz-\(category).txt")
            guard let text = try? String(contentsOf: url, encoding: .utf8) else { continue }
            phrases[category] = TextLines.split(text, omittingEmpty: true).map { String($0) }
        }
        return Gazetteer(phrases: phrases)
    }

    /// Marks each token with the categories of the longest phrase of each category that
    /// starts or continues at it (see ``TokenInfo/gazetteer``).
    func mark(_ infos: inout [TokenInfo]) {
        let n = infos.count
        guard index.count > 0 else { return }
        for i in 0..<n {
            guard infos[i].flags.contains(.hasLetter) else { continue }
            var h: UInt64 = 0
            var found: UInt32 = 0
            var lengths: (Int, Int, Int, Int, Int, Int) = (0, 0, 0, 0, 0, 0)
            for length in 1...min(Self.maxPhraseLength, n - i) {
                h = FeatureHash.extend(h, infos[i + length - 1].lower)
                let stored = index.value(for: h == 0 ? 1 : h)
                if stored < 0 { break }
                if length == 1 && stored & Self.commonWordBit != 0 { infos[i].flags.insert(.commonWord) }
                let bits = stored & Self.categoryMask
                if bits > 0 {
                    found |= UInt32(bits)
                    for c in 0..<Self.categories.count where bits & Int32(1 << c) != 0 {
                        Self.setLength(&lengths, c, length)
                    }
                }
                if stored & Self.prefixBit == 0 { break }
            }
            guard found != 0 else { continue }
            for c in 0..<Self.categories.count where found & UInt32(1 << c) != 0 {
                let length = Self.length(lengths, c)
                infos[i].gazetteer |= 1 << UInt32(2 * c)
                for j in (i + 1)..<(i + length) { infos[j].gazetteer |= 1 << UInt32(2 * c + 1) }
            }
        }
    }

    private static func setLength(_ l: inout (Int, Int, Int, Int, Int, Int), _ c: Int, _ v: Int) {
        switch c {
        case 0: l.0 = v
        case 1: l.1 = v
        case 2: l.2 = v
        case 3: l.3 = v
        case 4: l.4 = v
        default: l.5 = v
        }
    }

    private static func length(_ l: (Int, Int, Int, Int, Int, Int), _ c: Int) -> Int {
        switch c {
        case 0: l.0
        case 1: l.1
        case 2: l.2
        case 3: l.3
        case 4: l.4
        default: l.5
        }
    }
}
