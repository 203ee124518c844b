/// In-document coreference of people: a one-word name joins the full name of the same article
/// whose surname or first name it is ("Putin" → "Vladimir Putin"), when exactly one full name
/// fits. Two fitting full names ("John Smith", "Mary Smith") leave the short mention unresolved.
///
/// Built once per article: every full name is folded and split once, however many short
/// mentions ask (folding dominated resolution when it ran per mention and per full name).
struct PersonCoreference {
    enum Resolution: Equatable { case fullName(String), ambiguous, none }

    /// The article's multi-word person names, each with its folded key and that key's words.
    private let names: [(name: String, key: String, words: [Substring])]

    /// - Parameter fullNames: the article's multi-word person names.
    init(fullNames: [String]) {
        names = fullNames.map { name in
            let key = NameFolding.key(name)
            return (name, key, NameWords.split(key))
        }
    }

    /// The full name a one-word name stands for.
    func resolve(_ shortName: String) -> Resolution {
        let key = NameFolding.key(shortName)
        var matches = Set<String>()
        for name in names where name.words.count >= 2 {
            if name.words.last == key[...] || name.words.first == key[...] { matches.insert(name.key) }
        }
        // "Vladimir Putin" and "Vladimir V. Putin" are one person, not an ambiguity.
        let distinct = Self.collapse(Array(matches))
        switch distinct.count {
        case 0: return .none
        case 1: return .fullName(names.filter { $0.key == distinct[0] }.map(\.name).max { $0.count < $1.count } ?? distinct[0])
        default: return .ambiguous
        }
    }

    /// The longest full name with the same first and last word as `fullName` (itself included
    /// when it is one of the article's names).
    func longestForm(of fullName: String) -> String? {
        let words = NameWords.split(NameFolding.key(fullName))
        guard words.count >= 2 else { return nil }
        return names.filter { $0.words.count >= 2 && $0.words.first == words.first && $0.words.last == words.last }
            .map(\.name).max { $0.count < $1.count }
    }

    /// Keys of names that are the same person written with and without middle parts,
    /// reduced to the longest form of each.
    static func collapse(_ keys: [String]) -> [String] {
        let sorted = keys.sorted { $0.count > $1.count }
        var kept: [String] = []
        for key in sorted where !kept.contains(where: { sameFirstAndLast($0, key) }) { kept.append(key) }
        return kept
    }

    /// "vladimir v putin" vs "vladimir putin": same first and last word.
    static func sameFirstAndLast(_ a: String, _ b: String) -> Bool {
        let x = NameWords.split(a), y = NameWords.split(b)
        guard x.count >= 2, y.count >= 2 else { return false }
        return x.first == y.first && x.last == y.last
    }
}
