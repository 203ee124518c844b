/// part_of, based_in and located_in from possessives, modifiers and prepositions.
///
/// - `E1's E2` — "Russia's FSB" → FSB part_of Russia; a city owner gives based_in.
/// - modifiers inside one name — "US Embassy" part_of United States (found by the resolver).
/// - `<facility org> in|at E` — "the US Embassy in Moscow" → based_in Moscow.
/// - `<org>, based in E` / `headquartered in E` → based_in.
/// - `<place> in E` and `<place>, <country>` → located_in.
struct AffiliationExtractor: Sendable {
    /// Last words of organization names that sit in one place.
    static let facilities: Set<String> = [
        "embassy", "consulate", "mission", "office", "bureau", "headquarters", "branch", "court", "hospital",
        "university", "school", "academy", "institute", "museum", "airport", "base", "factory", "plant", "station",
        "prison", "ministry", "parliament", "congress", "senate", "assembly", "council", "police", "department", "agency", "company", "bank",
    ]

    /// Words that describe an organization between a country adjective and its name ("Russian shipping firm").
    static let companyNouns: Set<String> = [
        "firm", "company", "group", "bank", "lender", "carrier", "airline", "giant", "producer", "maker", "broadcaster",
        "newspaper", "agency", "operator", "conglomerate", "miner", "insurer", "shipping", "energy", "oil", "gas", "state",
        "state-owned", "state-run", "tech", "technology", "defense", "defence", "arms", "telecom", "news", "media", "private",
        "mercenary", "investment", "fund", "retailer", "automaker", "chipmaker", "carmaker", "steelmaker", "exporter",
        "outlet", "daily", "party", "opposition", "ruling", "political", "militant", "rebel", "militia", "army", "unit",
    ]

    /// Locations the gazetteer knows as cities: never the region in "<place>, <region>".
    var cities: Set<Int> = []

    func extract(_ sentence: SentenceView, entities: [ResolvedEntity], into sink: inout RelationSink) {
        let items = sentence.items
        func kind(_ i: Int) -> EntityKind? { i >= 0 && i < items.count ? items[i].entity.map { entities[$0].kind } : nil }
        for i in items.indices {
            guard let e1 = items[i].entity, let k1 = kind(i) else { continue }
            // Two names written as one: "White House" "National Security Council" tagged apart
            if i + 1 < items.count, let e2 = items[i + 1].entity, kind(i + 1) == .organization, k1 == .country || k1 == .organization,
               !items[i].isDemonym, items[i + 1].start - items[i].end <= 1 {
                sink.add(e2, "part_of", e1, evidence: sentence.evidence)
            }
            // E1's E2
            if i + 2 < items.count, items[i + 1].isWord("'s"), let e2 = items[i + 2].entity, let k2 = kind(i + 2) {
                add(owned: e2, ownedKind: k2, owner: e1, ownerKind: k1, sink: &sink, evidence: sentence.evidence)
            }
            // <org> in|at E, <place> in E
            if i + 2 < items.count, items[i + 1].isWord(["in", "at"]), let e2 = items[i + 2].entity, let k2 = kind(i + 2),
               k2 == .location || k2 == .country {
                let lastWord = NameWords.split(items[i].lower).last.map(String.init) ?? ""
                if k1 == .organization && Self.facilities.contains(lastWord) {
                    sink.add(e1, "based_in", e2, evidence: sentence.evidence)
                } else if k1 == .location {
                    sink.add(e1, "located_in", e2, evidence: sentence.evidence)
                }
            }
            // "Russian shipping firm Sovcomflot"
            if items[i].isDemonym, let m = ClauseReader.modified(items, at: i), m != i, kind(m) == .organization, let org = items[m].entity,
               items[(i + 1)..<m].allSatisfy({ $0.isWord(Self.companyNouns) }) {
                sink.add(org, "part_of", e1, evidence: sentence.evidence)
            }
            // <org>[,] [is|was] based|headquartered in E
            var j = i + 1
            if j < items.count && items[j].isWord(",") { j += 1 }
            if j < items.count && items[j].isWord(["is", "was", "are", "were"]) { j += 1 }
            if k1 == .organization, j + 2 < items.count, items[j].isWord(["based", "headquartered"]), items[j + 1].isWord("in"),
               let e2 = items[j + 2].entity, kind(j + 2) == .location || kind(j + 2) == .country {
                sink.add(e1, "based_in", e2, evidence: sentence.evidence)
            }
            // <place>, <country or region> — not inside a list ("Moscow, Kyiv and Minsk")
            if k1 == .location, i + 2 < items.count, items[i + 1].isWord(","), let e2 = items[i + 2].entity,
               kind(i + 2) == .country || (kind(i + 2) == .location && !cities.contains(e2)),
               i + 3 >= items.count || !(items[i + 3].entity != nil || items[i + 3].isWord(["and", "or"]) || (items[i + 3].isWord(",") && i + 4 < items.count && items[i + 4].entity != nil)),
               i == 0 || !items[i - 1].isWord(",") {
                sink.add(e1, "located_in", e2, evidence: sentence.evidence)
            }
        }
    }

    /// The relation between a possessive's owner and what it owns.
    func add(owned: Int, ownedKind: EntityKind, owner: Int, ownerKind: EntityKind, sink: inout RelationSink, evidence: Evidence) {
        switch (ownedKind, ownerKind) {
        case (.organization, .country), (.organization, .organization):
            sink.add(owned, "part_of", owner, evidence: evidence)
        case (.organization, .location):
            sink.add(owned, "based_in", owner, evidence: evidence)
        case (.location, .country), (.location, .location):
            sink.add(owned, "located_in", owner, evidence: evidence)
        default:
            break
        }
    }
}
