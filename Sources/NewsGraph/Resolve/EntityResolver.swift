/// Resolves one article's tagger mentions into entities: cleans each mention, classifies it with
/// the gazetteers (countries with ISO codes, demonyms, cities, well-known organizations), joins
/// short person names and acronyms to the full forms of the same article, and rejects junk.
///
/// ```swift
/// let resolver = EntityResolver()
/// let doc = resolver.resolve(text: text, mentions: mentions, sentences: sentences)
/// doc.entities.map(\.name)   // ["Vladimir Putin", "Russia", ...]
/// ```
struct EntityResolver: Sendable {
    var gazetteer: PlaceGazetteer = .shared
    var organizations: OrganizationTable = .shared

    /// What one cleaned span resolved to, before grouping.
    private struct Candidate {
        var span: CleanedMention
        var kind: EntityKind
        var canonical: String
        var isoCode: String?
        var cityCountry: String?
        /// Known to a gazetteer or the organization table (trusted even in headline-case lines).
        var known: Bool
        var ownerIndex: Int?
        var dropped = false
        var key: String { kind.rawValue + "|" + NameFolding.key(canonical) }
    }

    func resolve(text: String, mentions: [Mention], sentences: [Range<Int>]) -> ResolvedDocument {
        let scalars = ScalarText(text)
        let tokens = GraphTokenizer.tokens(scalars)
        let cleaner = MentionCleaner(gazetteer: gazetteer)
        let headlineRanges = sentences.filter { isHeadlineCase(tokens: tokens, range: $0) }
        func inHeadline(_ offset: Int) -> Bool { headlineRanges.contains { $0.contains(offset) } }

        var cleaned: [CleanedMention] = []
        let (joined, absorbed) = Self.joinNameParticles(mentions, text: scalars)
        for (index, mention) in joined.enumerated() {
            if let c = cleaner.clean(mention, index: index, tokens: tokens) { cleaned.append(c) }
        }
        // Descriptive references ("the Islamic State group's Afghanistan affiliate") win over
        // the mentions inside them.
        var descriptionSpans: [(CleanedMention, KnownOrganization)] = []
        let lowered = ScalarText(text.lowercased())
        if lowered.count == scalars.count {
            for org in organizations.organizations {
                for description in org.descriptions {
                    for start in occurrences(of: Array(description.lowercased().unicodeScalars), in: lowered.scalars) {
                        let end = start + description.unicodeScalars.count
                        let spanTokens = tokens.filter { $0.start >= start && $0.end <= end }
                        descriptionSpans.append((CleanedMention(mentionIndex: nil, start: start, end: end, text: scalars.slice(start, end),
                                                                label: .organization, tokens: spanTokens), org))
                    }
                }
            }
        }
        // Acronyms defined in parentheses: "National Security Council (NSC)".
        var definitions: [String: String] = [:]
        for c in cleaned where c.label != .person {
            let open = GraphTokenizer.firstIndex(in: tokens, startingAtOrAfter: c.end)
            guard open < tokens.count, tokens[open].text == "(",
                  open + 2 < tokens.count, tokens[open + 2].text == ")" else { continue }
            let acronym = tokens[open + 1]
            // Initials must match, except after an organization, whose acronym may come from its
            // own language: "General Confederation of Labour (CGT)".
            guard OrganizationTable.isAcronym(acronym.text),
                  AcronymMatcher.matches(acronym.text, expansion: c.text) || (c.label == .organization && acronym.text.count <= 6) else { continue }
            definitions[acronym.text.replacingOccurrences(of: ".", with: "")] = c.text
            if !cleaned.contains(where: { $0.start < acronym.end && $0.end > acronym.start }) {
                cleaned.append(CleanedMention(mentionIndex: nil, start: acronym.start, end: acronym.end, text: acronym.text,
                                              label: c.label, tokens: [acronym]))
            }
        }

        var candidates: [Candidate] = []
        var claimedMentions: [Int: Int] = [:]   // mention index → candidate index, for mentions swallowed by a description
        for (span, org) in descriptionSpans {
            let idx = candidates.count
            candidates.append(Candidate(span: span, kind: .organization, canonical: org.name, known: true))
            for c in cleaned where c.start >= span.start && c.end <= span.end { if let m = c.mentionIndex { claimedMentions[m] = idx } }
        }
        for c in cleaned.sorted(by: { $0.start < $1.start }) {
            if descriptionSpans.contains(where: { c.start >= $0.0.start && c.end <= $0.0.end }) { continue }
            candidates.append(contentsOf: classify(c, definitions: definitions))
        }

        nameOwnedInstitutions(&candidates, tokens: tokens)
        resolvePeople(&candidates)
        resolveAcronyms(&candidates, definitions: definitions)

        // In title-case lines only names known elsewhere survive.
        let trustedKeys = Set(candidates.filter { !$0.dropped && !inHeadline($0.span.start) }.map(\.key))
        for i in candidates.indices where inHeadline(candidates[i].span.start) && !candidates[i].known && !trustedKeys.contains(candidates[i].key) {
            candidates[i].dropped = true
        }

        var document = group(candidates, mentionCount: mentions.count, claimed: claimedMentions)
        for (b, a) in absorbed where a < document.mentionEntity.count && b < document.mentionEntity.count {
            document.mentionEntity[b] = document.mentionEntity[a]
        }
        return document
    }

    /// Particles inside personal names that taggers often leave outside the name
    /// ("Abdulaziz bin Salman" tagged as "Abdulaziz" and "Salman").
    static let nameParticles: Set<String> = ["bin", "bint", "ibn", "al", "el", "de", "da", "do", "dos", "van", "von", "der", "den", "la", "le", "di", "du"]

    /// The tagger's mentions with two person mentions joined by a name particle widened into one
    /// (the first keeps its index; the second keeps its place with an empty span so indexes stay stable).
    static func joinNameParticles(_ mentions: [Mention], text: ScalarText) -> (mentions: [Mention], absorbed: [Int: Int]) {
        var result = mentions
        var absorbed: [Int: Int] = [:]
        let order = mentions.indices.sorted { mentions[$0].start < mentions[$1].start }
        for (a, b) in zip(order, order.dropFirst()) where result[a].label == .person && result[b].label == .person && result[a].end < result[b].start {
            let between = text.slice(result[a].end, result[b].start)
            let words = between.split(separator: " ")
            guard between.hasPrefix(" "), between.hasSuffix(" "), words.count == 1, nameParticles.contains(String(words[0])) else { continue }
            result[a].end = result[b].end
            result[a].text = text.slice(result[a].start, result[a].end)
            result[b].end = result[b].start
            absorbed[b] = a
        }
        return (result, absorbed)
    }

    // MARK: - Classification

    /// The candidates of one cleaned mention: the entity it names, preceded by its owner
    /// ("Russia" in "Russia's FSB") when it has one. `ownerIndex` is relative to the entity's position.
    private func classify(_ c: CleanedMention, definitions: [String: String]) -> [Candidate] {
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

    private func classifyName(_ c: CleanedMention) -> Candidate {
        let name = c.text
        if c.label != .person {
            if let country = gazetteer.country(named: name) ?? gazetteer.country(demonym: name) {
                return Candidate(span: c, kind: .country, canonical: country.name, isoCode: country.alpha2, known: true)
            }
        }
        // The curated table outranks the tagger's label: "Hezbollah" or "Wagner Group" tagged as a person.
        if let org = organizations.organization(named: name), c.label != .person || !OrganizationTable.isAcronym(name) {
            return Candidate(span: c, kind: .organization, canonical: org.name, known: true)
        }
        switch c.label {
        case .location:
            if let city = gazetteer.city(named: name) {
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

    private func classifyOwner(_ owner: CleanedMention.Owner) -> Candidate? {
        let span = CleanedMention(mentionIndex: nil, start: owner.start, end: owner.end, text: owner.text, label: .misc, tokens: [])
        if let country = gazetteer.country(named: owner.text) ?? gazetteer.country(demonym: owner.text) {
            return Candidate(span: span, kind: .country, canonical: country.name, isoCode: country.alpha2, known: true)
        }
        if let org = organizations.organization(named: owner.text) {
            return Candidate(span: span, kind: .organization, canonical: org.name, known: true)
        }
        if let city = gazetteer.city(named: owner.text) {
            return Candidate(span: span, kind: .location, canonical: city.name, cityCountry: city.countryCode, known: true)
        }
        return nil
    }

    /// "US Embassy" → owner United States; "White House National Security Council" → owner
    /// White House, inner "National Security Council".
    private func splitCompound(_ c: CleanedMention) -> (owner: Candidate, inner: String?)? {
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
    private func nameOwnedInstitutions(_ candidates: inout [Candidate], tokens: [GraphToken]) {
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

    // MARK: - Coreference

    private func resolvePeople(_ candidates: inout [Candidate]) {
        // Unique names, each folded once: articles repeat full names many times.
        var seen = Set<String>()
        let fullNames = candidates.filter { $0.kind == .person && !$0.dropped && $0.canonical.split(separator: " ").count >= 2 }
            .map(\.canonical).filter { seen.insert($0).inserted }
        let fullKeys = fullNames.map(NameFolding.key)
        for i in candidates.indices where !candidates[i].dropped {
            let c = candidates[i]
            // Full names written with and without a middle part: keep the longest.
            if c.kind == .person, c.canonical.split(separator: " ").count >= 2 {
                let key = NameFolding.key(c.canonical)
                if let longer = zip(fullNames, fullKeys).filter({ PersonCoreference.sameFirstAndLast($0.1, key) }).map(\.0).max(by: { $0.count < $1.count }) {
                    candidates[i].canonical = longer
                }
                continue
            }
            guard c.canonical.split(separator: " ").count == 1 else { continue }
            guard c.kind == .person || (!c.known && c.kind != .country) else { continue }
            switch PersonCoreference.resolve(c.canonical, among: fullNames) {
            case .fullName(let full):
                candidates[i].kind = .person
                candidates[i].canonical = full
                candidates[i].cityCountry = nil
            case .ambiguous:
                candidates[i].dropped = true
            case .none:
                break
            }
        }
    }

    private func resolveAcronyms(_ candidates: inout [Candidate], definitions: [String: String]) {
        let longOrgs = Array(Set(candidates.filter { $0.kind == .organization && !$0.dropped && $0.canonical.contains(" ") }.map(\.canonical))).sorted()
        for i in candidates.indices where candidates[i].kind == .organization && !candidates[i].dropped {
            let name = candidates[i].span.text
            guard OrganizationTable.isAcronym(name) else { continue }
            if let expansion = definitions[name.replacingOccurrences(of: ".", with: "")] {
                candidates[i].canonical = organizations.organization(named: expansion)?.name ?? expansion
                continue
            }
            if candidates[i].known { continue }
            let fitting = Set(longOrgs.filter { AcronymMatcher.matches(name, expansion: $0) })
            if fitting.count == 1, let only = fitting.first { candidates[i].canonical = only }
        }
    }

    // MARK: - Grouping

    private func group(_ candidates: [Candidate], mentionCount: Int, claimed: [Int: Int]) -> ResolvedDocument {
        var entities: [ResolvedEntity] = []
        var indexByKey: [String: Int] = [:]
        var candidateEntity = [Int?](repeating: nil, count: candidates.count)
        var spans: [ResolvedDocument.Span] = []
        var cityCountry: [Int: String] = [:]
        for (ci, c) in candidates.enumerated() where !c.dropped {
            let key = c.key
            let index: Int
            if let existing = indexByKey[key] {
                index = existing
                if c.canonical.count > entities[index].name.count && c.kind != .country && !c.known && entities[index].kind == .person {
                    entities[index].name = c.canonical
                }
            } else {
                index = entities.count
                indexByKey[key] = index
                entities.append(ResolvedEntity(name: c.canonical, kind: c.kind, isoCode: c.isoCode))
            }
            candidateEntity[ci] = index
            entities[index].aliases[c.span.text, default: 0] += 1
            entities[index].mentions += 1
            if let country = c.cityCountry { cityCountry[index] = country }
            spans.append(.init(start: c.span.start, end: c.span.end, entity: index, mentionIndex: c.span.mentionIndex, title: c.span.title))
        }
        var modifiers: [ResolvedDocument.Modifier] = []
        for (ci, c) in candidates.enumerated() {
            guard let rel = c.ownerIndex, let entity = candidateEntity[ci], ci + rel >= 0, ci + rel < candidates.count,
                  let owner = candidateEntity[ci + rel], owner != entity else { continue }
            modifiers.append(.init(entity: entity, owner: owner, start: c.span.start))
        }
        var mentionEntity = [Int?](repeating: nil, count: mentionCount)
        for span in spans { if let m = span.mentionIndex, m < mentionCount { mentionEntity[m] = span.entity } }
        for (m, ci) in claimed where m < mentionCount { mentionEntity[m] = candidateEntity[ci] }
        spans.sort { ($0.start, $1.end) < ($1.start, $0.end) }
        var nonOverlapping: [ResolvedDocument.Span] = []
        for span in spans where !(nonOverlapping.last.map { span.start < $0.end } ?? false) { nonOverlapping.append(span) }
        return ResolvedDocument(entities: entities, mentionEntity: mentionEntity, spans: nonOverlapping,
                                cityCountry: cityCountry, modifiers: modifiers)
    }

    // MARK: - Helpers

    /// A line of Title Case words with no lower-case content word: a headline or a menu.
    func isHeadlineCase(tokens: [GraphToken], range: Range<Int>) -> Bool {
        let words = tokens.filter { $0.start >= range.lowerBound && $0.end <= range.upperBound && $0.isWord }
        let content = words.filter { !AcronymMatcher.minorWords.contains($0.lower) && !["a", "an", "at", "by", "as", "with", "over", "after", "amid", "from", "is", "are", "vs"].contains($0.lower) }
        guard content.count >= 4 else { return false }
        return content.allSatisfy { $0.isCapitalized || $0.text.unicodeScalars.first.map { ("0"..."9").contains($0) } == true }
    }

    private func occurrences(of needle: [Unicode.Scalar], in haystack: [Unicode.Scalar]) -> [Int] {
        guard !needle.isEmpty, needle.count <= haystack.count else { return [] }
        var result: [Int] = []
        var i = 0
        while i + needle.count <= haystack.count {
            if haystack[i] == needle[0] && Array(haystack[i..<(i + needle.count)]) == needle {
                let beforeOK = i == 0 || !haystack[i - 1].properties.isAlphabetic
                let after = i + needle.count
                let afterOK = after >= haystack.count || !haystack[after].properties.isAlphabetic
                if beforeOK && afterOK { result.append(i); i += needle.count; continue }
            }
            i += 1
        }
        return result
    }
}
