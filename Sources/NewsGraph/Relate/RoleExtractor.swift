/// Roles from titles and appositions: ambassador_of, spokesperson_of, leader_of, member_of,
/// citizen_of, with the title kept as the relation's attribute.
///
/// Patterns (E is a country, organization or place; P a person):
/// - `E ['s] <title> [,] P` — "Russian Ambassador Anatoly Antonov", "Kremlin spokesman Dmitry Peskov"
/// - `<title> of|for|at [the] E, P` — "the head of the FSB, Alexander Bortnikov"
/// - `P, [the|a] [E ['s]] <title> [of|for|at E]` — "Antonov, the Russian Ambassador in Washington",
///   "Jane Doe, Acme's chief", "Ali, a Tajik national", "Ali, a citizen of Tajikistan"
struct RoleExtractor: Sendable {
    /// "declared", "said": a verb, never an adjective inside a title.
    static func looksLikeVerb(_ word: String) -> Bool {
        word.hasSuffix("ed") || ["said", "says", "told", "tells", "met", "meets", "named", "names", "made", "won"].contains(word)
    }

    func extract(_ sentence: SentenceView, entities: [ResolvedEntity], into sink: inout RelationSink) {
        let items = sentence.items
        let titleWords = RoleTitles.allWords
        func kind(_ i: Int) -> EntityKind? { items[i].entity.map { entities[$0].kind } }
        func isAnchor(_ i: Int) -> Bool {
            guard i >= 0, i < items.count, let k = kind(i) else { return false }
            return k == .country || k == .organization || k == .location
        }
        func emit(person: Int, anchor: Int, words: [String], title: String) {
            guard let p = items[person].entity, let a = items[anchor].entity else { return }
            let anchorKind = entities[a].kind
            var relation = RoleTitles.relation(for: words)
            if relation == nil && words.contains("opposition") && anchorKind == .country { relation = "citizen_of" }
            if relation == "citizen_of" && anchorKind != .country { relation = "member_of" }
            guard let type = relation else { return }
            sink.add(p, type, a, attribute: title, evidence: sentence.evidence)
        }

        for p in items.indices where kind(p) == .person {
            // Title words stripped from the mention itself ("Ambassador Anatoly Antonov").
            let ownTitle = items[p].title
            let ownWords = ownTitle.map { $0.lowercased().split(separator: " ").map(String.init) } ?? []

            // E ['s] <title> [to|at [the] E2] [,] P
            var j = p - 1
            if j >= 0 && items[j].isWord(",") { j -= 1 }
            // "US Ambassador to the UN Linda Thomas-Greenfield": the post, not the sender
            if j >= 2, items[j].entity != nil, kind(j) != .person {
                var q = j - 1
                if q >= 1 && items[q].isWord("the") { q -= 1 }
                if q >= 1 && items[q].isWord(["to", "at"]) && items[q - 1].isWord(titleWords) { j = q - 1 }
            }
            var k = j
            while k >= 0 && (items[k].isWord(titleWords) || (k >= 1 && items[k].isWord("of") && items[k - 1].isWord(titleWords) && k < j)) { k -= 1 }
            var phrase = (k + 1 <= j) ? Array(items[(k + 1)...j]).filter { !$0.isWord("of") } : []
            if !phrase.isEmpty || ownTitle != nil {
                var e = k
                // "UN humanitarian chief Martin Griffiths": up to two lower-case words before the title
                var adjectives = 0
                while e >= 1 && adjectives < 2 && !phrase.isEmpty && items[e].isLowercaseOrTitle && !items[e].isWord(ClauseReader.functionWords)
                        && !Self.looksLikeVerb(items[e].lower)
                        && (items[e - 1].entity != nil || items[e - 1].isLowercaseOrTitle) {
                    e -= 1
                    adjectives += 1
                }
                if adjectives > 0 && !isAnchor(e) { e += adjectives }
                if e >= 0 && items[e].isWord("'s") { e -= 1 }
                // "World Health Organization (WHO) chief Tedros"
                if e >= 2 && items[e].isWord(")") && items[e - 2].isWord("(") && items[e - 1].entity != nil { e -= 1 }
                // a domain before the title ("humanitarian chief") makes its holder a member, not the leader
                let words = (adjectives > 0 ? ["domain"] : []) + phrase.map(\.lower) + ownWords
                let title = (phrase.map(\.text) + (ownTitle.map { [$0] } ?? [])).joined(separator: " ")
                if isAnchor(e) {
                    emit(person: p, anchor: e, words: words, title: title)
                } else if e >= 0, kind(e) == .person, e + 1 < items.count, items[e + 1].isWord("'s"),
                          RoleTitles.relation(for: words) == "spokesperson_of", let speaker = items[p].entity, let principal = items[e].entity {
                    // "Milei's spokesman, Manuel Adorni"
                    sink.add(speaker, "spokesperson_of", principal, attribute: title, evidence: sentence.evidence)
                }
            }
            // <title> of|for|at [the] E , P
            if p >= 2 && items[p - 1].isWord(",") && isAnchor(p - 2) {
                var q = p - 3
                if q >= 0 && items[q].isWord("the") { q -= 1 }
                if q >= 1 && items[q].isWord(["of", "for", "at"]) {
                    var t = q - 1
                    while t >= 0 && items[t].isWord(titleWords) { t -= 1 }
                    phrase = (t + 1 <= q - 1) ? Array(items[(t + 1)...(q - 1)]) : []
                    if !phrase.isEmpty && !(items[q].lower == "to" && RoleTitles.ambassador.contains(phrase.last?.lower ?? "")) {
                        emit(person: p, anchor: p - 2, words: phrase.map(\.lower), title: phrase.map(\.text).joined(separator: " "))
                    }
                }
            }
            // ORG, led by [title] P: "The RSF, led by General Mohamed Hamdan Dagalo"
            var l = p - 1
            while l >= 0 && (items[l].isWord(titleWords) || items[l].isWord(ResolverLexicon.titles)) { l -= 1 }
            if l >= 3, items[l].isWord("by"), items[l - 1].isWord("led"), items[l - 2].isWord(","), isAnchor(l - 3),
               let leader = items[p].entity, let group = items[l - 3].entity {
                sink.add(leader, "leader_of", group, evidence: sentence.evidence)
            }
            // P of|from [the] ORG: "Lai Ching-te of the Democratic Progressive Party"
            if p + 2 < items.count, items[p + 1].isWord(["of", "from"]) {
                let o = items[p + 2].isWord("the") ? p + 3 : p + 2
                if o < items.count, kind(o) == .organization, let person = items[p].entity, let org = items[o].entity {
                    sink.add(person, "member_of", org, evidence: sentence.evidence)
                }
            }
            // P, [the|a] [E ['s]] <title> [of|for|at [the] E]
            var i = p + 1
            guard i < items.count, items[i].isWord([",", "is", "was", "became", "remains"]) else { continue }
            i += 1
            if i < items.count && items[i].isWord(["the", "a", "an", "as"]) { i += 1 }
            var before: Int?
            if i < items.count && isAnchor(i) {
                before = i
                i += 1
                if i < items.count && items[i].isWord("'s") { i += 1 }
            }
            let titleStart = i
            while i < items.count && items[i].isWord(titleWords) { i += 1 }
            guard i > titleStart else { continue }
            let title = Array(items[titleStart..<i])
            let words = title.map(\.lower)
            let titleText = title.map(\.text).joined(separator: " ")
            if let b = before {
                emit(person: p, anchor: b, words: words, title: titleText)
                continue
            }
            guard i < items.count, items[i].isWord(["of", "for", "at"]) else { continue }
            var a = i + 1
            if a < items.count && items[a].isWord("the") { a += 1 }
            if isAnchor(a) { emit(person: p, anchor: a, words: words, title: titleText) }
        }
    }
}
