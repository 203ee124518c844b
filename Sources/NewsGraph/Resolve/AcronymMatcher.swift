/// Acronyms and their expansions: "NSC" ↔ "National Security Council".
enum AcronymMatcher {
    /// Words left out of acronyms.
    static let minorWords: Set<String> = ["of", "the", "and", "for", "on", "in", "to", "de", "du", "des", "la", "le", "&"]

    /// True when `acronym` spells the initials of `name`'s major words ("NSC", "National Security Council").
    static func matches(_ acronym: String, expansion name: String) -> Bool {
        guard let letters = letters(of: acronym) else { return false }
        return Initials(name).contains(letters)
    }

    /// An acronym's letters, lower-cased, as ``Initials`` spell them; nil when fewer than two.
    static func letters(of acronym: String) -> String? {
        let letters = acronym.unicodeScalars.filter { $0.properties.isAlphabetic }.map { Character($0).lowercased() }.joined()
        return letters.count >= 2 ? letters : nil
    }

    /// The ways a name's initials may spell an acronym, computed once per name so that an
    /// article's acronyms can each be compared with all its long names cheaply.
    struct Initials: Sendable {
        /// Initials of the major words, of all words, and of the capitalized words
        /// ("Pakistan Tehreek-e-Insaf" is PTI: lower-case particles inside hyphenated names
        /// have no letter).
        let spellings: (major: String, all: String, capitalized: String)

        init(_ name: String) {
            let words = name.split(whereSeparator: { $0 == " " || $0 == "-" }).map(String.init)
            func initials(_ words: [String]) -> String {
                words.compactMap { $0.first.map { String($0).lowercased() } }.joined()
            }
            spellings = (initials(words.filter { !AcronymMatcher.minorWords.contains($0.lowercased()) }),
                         initials(words),
                         initials(words.filter { $0.first?.isUppercase == true }))
        }

        /// True when `letters` (from ``AcronymMatcher/letters(of:)``) is one of the spellings.
        func contains(_ letters: String) -> Bool {
            spellings.major == letters || spellings.all == letters || spellings.capitalized == letters
        }
    }
}
