/// Abbreviations that keep their period when tokenized, and whether they can end a sentence.
enum Abbreviations {
    /// Abbreviations that are always followed by more of the same sentence (titles, months,
    /// initials): the splitter never ends a sentence after them. Words that are also English
    /// words ("no", "sun", "mar") are left out: "He said no." must end its sentence.
    static let neverFinal: Set<String> = [
        "mr", "mrs", "ms", "messrs", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "cmdr", "adm",
        "maj", "brig", "cpl", "pvt", "gov", "sen", "rep", "rev", "hon", "pres", "supt", "insp",
        "st", "mt", "ft", "ave", "blvd", "vs",
        "jan", "feb", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "tue", "tues", "thu", "thur", "thurs", "fri",
        "approx", "dept", "sr", "jr", "atty", "gens", "reps", "sens",
    ]

    /// Abbreviations that often close a sentence as well ("… of Apple Inc. The company …").
    static let maybeFinal: Set<String> = [
        "inc", "corp", "co", "ltd", "plc", "bros", "etc", "llc", "cos", "al",
    ]

    /// Whether the scalars `s[start..<end]` spell a known abbreviation (case-insensitive).
    static func isAbbreviation(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> Bool {
        guard end - start <= 7 else { return false }
        let word = lowercased(s, start, end)
        return neverFinal.contains(word) || maybeFinal.contains(word)
    }

    static func lowercased(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> String {
        String(scalars: s[start..<end].lazy.map { c in
            let v = c.value
            return (v >= 65 && v <= 90) ? Unicode.Scalar(v + 32) ?? c : c
        })
    }

    /// Capitalized words that usually start a sentence, used to decide whether a sentence
    /// ends after an ambiguous abbreviation such as "U.S." or "Inc.".
    static let sentenceStarters: Set<String> = [
        "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these",
        "those", "his", "her", "its", "their", "our", "there", "in", "on", "at", "for", "but",
        "and", "or", "so", "if", "when", "while", "after", "before", "as", "some", "many", "most",
        "no", "not", "what", "who", "why", "how", "where", "then", "however", "meanwhile",
        "also", "officials", "analysts", "shares", "prices",
    ]
}
