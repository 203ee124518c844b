/// Acronyms and their expansions: "NSC" ↔ "National Security Council".
enum AcronymMatcher {
    /// Words left out of acronyms.
    static let minorWords: Set<String> = ["of", "the", "and", "for", "on", "in", "to", "de", "du", "des", "la", "le", "&"]

    /// True when `acronym` spells the initials of `name`'s major words ("FSB", "Federal Security Service").
    static func matches(_ acronym: String, expansion name: String) -> Bool {
        let letters = acronym.unicodeScalars.filter { $0.properties.isAlphabetic }.map { Character($0).lowercased() }.joined()
        guard letters.count >= 2 else { return false }
        let words = name.split(whereSeparator: { $0 == " " || $0 == "-" }).map(String.init)
        let major = words.filter { !minorWords.contains($0.lowercased()) }
        let initials = major.compactMap { $0.first.map { String($0).lowercased() } }.joined()
        if initials == letters { return true }
        let all = words.compactMap { $0.first.map { String($0).lowercased() } }.joined()
        if all == letters { return true }
        // "Pakistan Tehreek-e-Insaf" (PTI): lower-case particles inside hyphenated names have no letter
        let capitalized = words.filter { $0.first?.isUppercase == true }.compactMap { $0.first.map { String($0).lowercased() } }.joined()
        return capitalized == letters
    }
}
