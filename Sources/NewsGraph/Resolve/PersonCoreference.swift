/// In-document coreference of people: a one-word name joins the full name of the same article
/// whose surname or first name it is ("Putin" → "Vladimir Putin"), when exactly one full name
/// fits. Two fitting full names ("John Smith", "Mary Smith") leave the short mention unresolved.
enum PersonCoreference {
    enum Resolution: Equatable { case fullName(String), ambiguous, none }

    /// - Parameter fullNames: the article's multi-word person names.
    static func resolve(_ shortName: String, among fullNames: [String]) -> Resolution {
        let key = NameFolding.key(shortName)
        var matches = Set<String>()
        for name in fullNames {
            let parts = NameFolding.key(name).split(separator: " ").map(String.init)
            guard parts.count >= 2 else { continue }
            if parts.last == key || parts.first == key { matches.insert(NameFolding.key(name)) }
        }
        // "Vladimir Putin" and "Vladimir V. Putin" are one person, not an ambiguity.
        let distinct = collapse(Array(matches))
        switch distinct.count {
        case 0: return .none
        case 1: return .fullName(fullNames.filter { NameFolding.key($0) == distinct[0] }.max { $0.count < $1.count } ?? distinct[0])
        default: return .ambiguous
        }
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
        let x = a.split(separator: " "), y = b.split(separator: " ")
        guard x.count >= 2, y.count >= 2 else { return false }
        return x.first == y.first && x.last == y.last
    }
}
