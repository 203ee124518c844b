/// How one cleaned mention becomes candidates: gazetteers, the organization table, owners
/// and institution compounds.
extension EntityResolver {
    /// The candidates of one cleaned mention: the entity it names, preceded by its owner
    /// ("Russia" in "Russia's FSB") when it has one. `ownerIndex` is relative to the entity's position.
    func classify(_ c: CleanedMention, definitions: [String: String]) -> [Candidate] {
        var result: [Candidate] = []
        var ownerPosition: Int?
        if let owner = c.owner, let ownerCandidate = classifyOwner(owner) {
            result.append(ownerCandidate)
            ownerPosition = 0
        }
        var candidate = classifyName(c)
        if candidate.kind == .organization, !candidate.known, let compound = splitCompound(c) {
            result.append(compound.owner)
            ownerPosition = result.count - 1
            if let inner = compound.inner {
                candidate.canonical = inner
                candidate.known = true
            }
        }
        if let q = ownerPosition { candidate.ownerIndex = q - result.count }
        result.append(candidate)
        return result
    }

    func classifyName(_ c: CleanedMention) -> Candidate {
        let name = c.text
        // Folded once for every table asked below.
        let key = NameFolding.key(name)
        if c.label != .person {
            if let country = gazetteer.country(namedKey: key) ?? gazetteer.country(demonymKey: key) {
                return Candidate(span: c, kind: .country, canonical: country.name, isoCode: country.alpha2, known: true)
            }
        }
        // The curated table outranks the tagger's label: "Hezbollah" or "Wagner Group" tagged as a
        // person, "Amazon" as a place; but "the Amazon rainforest" stays the place.
        let geographic = c.label == .location && c.nextWord.map { ResolverLexicon.geographicHeads.contains($0) } == true
        if !geographic, let org = organizations.organization(named: name, key: key), c.label != .person || !OrganizationTable.isAcronym(name) {
            return Candidate(span: c, kind: .organization, canonical: org.name, known: true)
        }
        let words = NameWords.split(name)
        if let first = words.first, ResolverLexicon.productLines.contains(String(first)) {
            return Candidate(span: c, kind: .misc, canonical: name, known: true)
        }
        // "Google Stadia", "Amazon Echo" tagged PER: nobody's first name is a company's name,
        // so a two-word "person" that starts with one (its one-word canonical name in the
        // table, not an alias such as "Wagner") is the company's product or unit.
        if c.label == .person, words.count == 2, let first = words.first,
           let company = organizations.organization(named: String(first)), company.name == first {
            return Candidate(span: c, kind: .misc, canonical: name, known: true)
        }
        // Case-sensitive: "Mars" the planet, not "mars"; a person named "Mercury" stays one.
        if c.label != .person, ResolverLexicon.celestialBodies.contains(name) {
            return Candidate(span: c, kind: .location, canonical: name, known: true)
        }
        switch c.label {
        case .location:
            if let city = gazetteer.city(key: key) {
                return Candidate(span: c, kind: .location, canonical: city.name, cityCountry: city.countryCode, known: true)
            }
            return Candidate(span: c, kind: .location, canonical: name, known: false)
        case .organization:
            return Candidate(span: c, kind: .organization, canonical: name, known: false)
        case .person:
            return Candidate(span: c, kind: .person, canonical: name, known: false)
        case .misc:
            // "Munich Security Conference", "World War II": named events
            let words = c.tokens.filter(\.isWord).map(\.lower)
            if words.count >= 2, words.suffix(2).contains(where: { Self.namedEventHeads.contains($0) }) {
                return Candidate(span: c, kind: .event, canonical: name, known: false)
            }
            return Candidate(span: c, kind: .misc, canonical: name, known: false)
        }
    }

    func classifyOwner(_ owner: CleanedMention.Owner) -> Candidate? {
        let span = CleanedMention(mentionIndex: nil, start: owner.start, end: owner.end, text: owner.text, label: .misc, tokens: [])
        let key = NameFolding.key(owner.text)
        if let country = gazetteer.country(namedKey: key) ?? gazetteer.country(demonymKey: key) {
            return Candidate(span: span, kind: .country, canonical: country.name, isoCode: country.alpha2, known: true)
        }
        if let org = organizations.organization(named: owner.text, key: key) {
            return Candidate(span: span, kind: .organization, canonical: org.name, known: true)
        }
        if let city = gazetteer.city(key: key) {
            return Candidate(span: span, kind: .location, canonical: city.name, cityCountry: city.countryCode, known: true)
        }
        return nil
    }

    /// "US Embassy" → owner United States; "White House National Security Council" → owner
    /// White House, inner "National Security Council".
    func splitCompound(_ c: CleanedMention) -> (owner: Candidate, inner: String?)? {
        let words = c.tokens
        guard words.count >= 2 else { return nil }
        for k in 1..<words.count {
            let prefixTokens = Array(words[..<k]), rest = Array(words[k...])
            let prefix = MentionCleaner.join(prefixTokens), remainder = MentionCleaner.join(rest)
            guard rest.first?.isCapitalized == true else { continue }
            let owner = CleanedMention.Owner(text: prefix, start: prefixTokens[0].start, end: prefixTokens[k - 1].end)
            guard let ownerCandidate = classifyOwner(owner), ownerCandidate.kind != .location else { continue }
            let inner = organizations.organization(named: remainder)?.name
            // "US Embassy", "Chinese Foreign Ministry" but not "Taiwan Affairs Office" or "Indian Ocean Rim".
            guard inner != nil || rest.allSatisfy({ Self.institutionWords.contains($0.lower) }) else { return nil }
            return (ownerCandidate, inner)
        }
        return nil
    }

    /// Last words of MISC names that name an event.
    static let namedEventHeads: Set<String> = [
        "conference", "summit", "games", "olympics", "war", "forum", "election", "elections", "championship",
        "championships", "cup", "festival", "revolution", "crisis", "uprising", "massacre", "attack", "attacks",
    ]

    /// Words of names that are a country's (or organization's) institution rather than a name of their own.
    static let institutionWords: Set<String> = [
        "embassy", "consulate", "mission", "delegation", "government", "ministry", "foreign", "defense", "defence",
        "interior", "finance", "justice", "health", "trade", "economy", "energy", "education", "army", "navy", "air",
        "force", "forces", "armed", "military", "police", "coast", "guard", "border", "central", "bank", "parliament",
        "senate", "cabinet", "intelligence", "security", "service", "services", "treasury", "department", "state",
        "prosecutor", "prosecutor's", "office", "general", "national", "federal", "special", "investigative",
        "committee", "supreme", "court", "navy's", "ministry's", "guards", "troops", "authorities", "administration",
    ]

    /// "Tajikistan's Foreign Ministry" is the Tajik Foreign Ministry: a name made only of
    /// institution words gets its country's adjective, so the store never merges the foreign
    /// ministries of two countries.
    func nameOwnedInstitutions(_ candidates: inout [Candidate], tokens: [GraphToken]) {
        for i in candidates.indices where candidates[i].kind == .organization && !candidates[i].known {
            let words = candidates[i].span.tokens.filter(\.isWord)
            guard !words.isEmpty, words.allSatisfy({ Self.institutionWords.contains($0.lower) }) else { continue }
            var country: Country?
            if let rel = candidates[i].ownerIndex, i + rel >= 0, let code = candidates[i + rel].isoCode {
                country = gazetteer.country(code: code)
            } else if let adjective = candidates.first(where: { $0.kind == .country && $0.span.end < candidates[i].span.start
                        && candidates[i].span.start - $0.span.end <= 1 && gazetteer.country(demonym: $0.span.text) != nil }),
                      let code = adjective.isoCode {
                // "Iranian" "Foreign Ministry" tagged as two mentions
                country = gazetteer.country(code: code)
            } else {
                // "<country> 's <institution>" written as two mentions
                let at = GraphTokenizer.firstIndex(in: tokens, startingAtOrAfter: candidates[i].span.start)
                if at >= 2, tokens[at - 1].isPossessive, let owner = candidates.first(where: { $0.span.end == tokens[at - 2].end && $0.kind == .country }),
                   let code = owner.isoCode {
                    country = gazetteer.country(code: code)
                }
            }
            guard let c = country, let adjective = c.demonyms.first else { continue }
            candidates[i].canonical = "\(adjective) \(candidates[i].canonical)"
        }
    }
}
