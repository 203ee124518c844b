/// Verbal relations between two entities of one clause, labelled by the verb:
/// "Russia accused Ukraine of …" → accused(Russia, Ukraine); passive "Ukraine was condemned by
/// the EU" → condemned(EU, Ukraine). Only the listed verbs, and only when subject and object
/// stand next to the verb (a few filler words and a comma-set apposition allowed).
struct VerbRelationExtractor: Sendable {
    /// Surface form → label.
    static let verbs: [String: String] = {
        let forms: [(String, [String])] = [
            ("accused", ["accused", "accuses", "accuse"]), ("blamed", ["blamed", "blames", "blame"]),
            ("denied", ["denied", "denies"]), ("met", ["met", "meets"]), ("condemned", ["condemned", "condemns"]),
            ("warned", ["warned", "warns"]), ("criticized", ["criticized", "criticised", "criticizes", "criticises"]),
            ("sanctioned", ["sanctioned", "sanctions"]), ("praised", ["praised", "praises"]), ("urged", ["urged", "urges"]),
            ("thanked", ["thanked", "thanks"]), ("invaded", ["invaded", "invades"]), ("attacked", ["attacked", "attacks"]),
            ("threatened", ["threatened", "threatens"]), ("rejected", ["rejected", "rejects"]), ("supported", ["supported", "supports"]),
            ("backed", ["backed", "backs"]), ("sued", ["sued", "sues"]), ("arrested", ["arrested", "arrests"]),
            ("detained", ["detained", "detains"]), ("expelled", ["expelled", "expels"]), ("killed", ["killed", "kills"]),
            ("visited", ["visited", "visits"]), ("defeated", ["defeated", "defeats"]), ("recognized", ["recognized", "recognised"]),
            ("summoned", ["summoned", "summons"]), ("called_on", []), ("endorsed", ["endorsed", "endorses"]),
            ("congratulated", ["congratulated", "congratulates"]),
            ("assassinated", ["assassinated", "assassinates"]), ("murdered", ["murdered", "murders"]), ("hosted", ["hosted", "hosts"]),
        ]
        var map: [String: String] = [:]
        for (label, surfaces) in forms { for s in surfaces { map[s] = label } }
        return map
    }()

    /// Nouns after which a name was only a modifier.
    static let modifiedHeads: Set<String> = [
        "administration", "government", "officials", "official", "forces", "troops", "authorities", "regime", "camp",
        "team", "campaign", "family", "supporters", "allies", "aides", "officers", "diplomats", "leaders", "leadership",
        "militants", "fighters", "soldiers", "police", "spokesman", "spokeswoman", "spokesperson", "counterparts",
    ]

    func extract(_ sentence: SentenceView, entities: [ResolvedEntity], into sink: inout RelationSink) {
        let items = sentence.items
        for v in items.indices where items[v].entity == nil && items[v].lexicons.contains(.relationVerb) {
            guard let label = Self.verbs[items[v].lower] else { continue }
            // passive: E2 was|were|has been|had been <verb> by E1
            if v + 2 < items.count, items[v + 1].isWord("by"), var agent = items[v + 2].entity {
                // "by Russia's FSB": the owned organization acts
                if v + 4 < items.count, items[v + 3].isWord("'s"), let owned = items[v + 4].entity { agent = owned }
                var b = v - 1
                if b >= 0 && items[b].isWord("been") { b -= 1 }
                if b >= 0 && items[b].isWord(["was", "were", "is", "are", "has", "have", "had"]),
                   let p = ClauseReader.subject(items, verb: b), let patient = items[p].entity,
                   usable(agent, entities) && usable(patient, entities) {
                    sink.add(agent, label, patient, evidence: sentence.evidence)
                }
                continue
            }
            // "been" or "be" before the verb without "by": a passive without agent
            if v >= 1 && items[v - 1].isWord(["was", "were", "been", "be", "being"]) { continue }
            guard let s = ClauseReader.subject(items, verb: v), let o = ClauseReader.object(items, verb: v),
                  let subject = items[s].entity, let object = items[o].entity,
                  usable(subject, entities), usable(object, entities) else { continue }
            // "met" and "visited" need a person or country as subject, not an event.
            if entities[subject].kind == .event { continue }
            // "accused the Biden administration", "met NSC officials": the name only modifies the object
            if o + 1 < items.count, items[o + 1].isWord(Self.modifiedHeads) { continue }
            sink.add(subject, label, object, evidence: sentence.evidence)
        }
    }

    private func usable(_ entity: Int, _ entities: [ResolvedEntity]) -> Bool { entities[entity].kind != .misc }
}
