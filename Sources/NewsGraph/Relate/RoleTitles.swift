/// Titles that give a person a role in a country or organization, and the relation each gives.
enum RoleTitles {
    static let ambassador: Set<String> = ["ambassador", "envoy", "ambassador-designate"]
    static let spokesperson: Set<String> = ["spokesperson", "spokesman", "spokeswoman"]
    static let leader: Set<String> = [
        "president", "leader", "head", "chief", "director", "chairman", "chairwoman", "chair", "ceo", "premier",
        "chancellor", "king", "queen", "emir", "mayor", "governor", "secretary-general", "founder",
        "director-general", "boss", "sultan", "monarch",
    ]
    static let member: Set<String> = [
        "minister", "secretary", "official", "officer", "member", "senator", "lawmaker", "diplomat", "adviser",
        "advisor", "general", "agent", "analyst", "reporter", "correspondent", "negotiator", "prosecutor",
        "investigator", "employee", "staffer", "aide", "representative", "researcher", "economist", "editor",
        "commissioner", "deputy", "mp", "legislator", "colonel", "admiral", "lieutenant", "captain", "commander",
    ]
    /// Nouns that say where a person is from, not what they do for it.
    static let citizen: Set<String> = [
        "national", "nationals", "citizen", "citizens", "journalist", "activist", "businessman", "businesswoman",
        "man", "woman", "student", "dissident", "politician", "writer", "author", "tourist", "athlete",
        "player", "blogger", "artist", "scientist", "doctor", "pilot", "soldier", "veteran",
    ]
    /// Words that may stand inside a title before its head ("deputy foreign minister").
    static let modifiers: Set<String> = [
        "chief", "deputy", "top", "senior", "former", "acting", "vice", "foreign", "defense", "defence", "interior",
        "finance", "prime", "press", "national", "security", "state", "supreme", "opposition", "military",
        "intelligence", "economy", "justice", "health", "trade", "energy", "executive", "first", "assistant",
        "associate", "special", "permanent", "lead", "principal", "new", "longtime", "outgoing", "incoming",
        "interim", "general", "public", "regional", "local", "government", "presidential", "kremlin", "white",
        "house", "foreign-policy", "communications", "political", "veteran", "detained", "jailed", "exiled",
        "prominent", "well-known", "independent", "freelance", "investigative", "senior-most", "then", "managing",
        "political", "policy", "foreign-affairs", "affairs",
    ]

    /// Honorifics that may stand between a title and the name ("Supreme Leader Ayatollah Ali Khamenei").
    static let honorifics: Set<String> = ["prince", "princess", "sheikh", "ayatollah", "sir", "dame", "lord", "lady", "dr", "dr.", "gen.", "gen", "mr.", "ms.", "mrs."]

    /// Words that name a role (not its modifiers).
    static let headWords: Set<String> = ambassador.union(spokesperson).union(leader).union(member)

    static let allWords: Set<String> = ambassador.union(spokesperson).union(leader).union(member).union(citizen).union(modifiers).union(honorifics)

    /// The relation a title phrase gives (lower-case words in order), or nil when it has no role head.
    static func relation(for words: [String]) -> String? {
        // The head is the last word that names a role: "secretary" in "secretary of state".
        let heads = ambassador.union(spokesperson).union(leader).union(member).union(citizen)
        guard let headIndex = words.lastIndex(where: { heads.contains($0) }) else { return nil }
        let head = words[headIndex]
        let lastTwo = words[...headIndex].suffix(2).joined(separator: " ")
        // "Deputy Prime Minister", "vice president", "intelligence chief": a member, not the head
        let neutral: Set<String> = ["former", "acting", "interim", "new", "outgoing", "incoming", "longtime", "then", "supreme",
                                    "prime", "executive", "general", "chief", "top", "managing", "president-elect", "newly"]
        let deputy = words[..<headIndex].contains { $0 == "deputy" || $0 == "vice" || $0 == "assistant" || $0 == "vice-president" }
            || (leader.contains(head) && words[..<headIndex].contains { !neutral.contains($0) && !leader.contains($0) })
        if ["prime minister", "secretary general", "chief executive", "supreme leader"].contains(lastTwo) { return deputy ? "member_of" : "leader_of" }
        if words.contains("opposition") { return nil }
        if ambassador.contains(head) { return "ambassador_of" }
        if spokesperson.contains(head) { return "spokesperson_of" }
        if leader.contains(head) { return deputy ? "member_of" : "leader_of" }
        if member.contains(head) { return "member_of" }
        if citizen.contains(head) { return "citizen_of" }
        return nil
    }
}
