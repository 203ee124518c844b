/// Cleans a tagger mention into the span that names its entity, or rejects it as junk.
///
/// Strips leading articles ("the US Embassy" → "US Embassy"), titles of people
/// ("President Putin" → "Putin"), possessives ("Putin's" → "Putin") and the verbs title-case
/// headlines glue to names ("Slams Putin's" → "Putin"); rejects sentence adverbs
/// ("Meanwhile"), weekdays, months and page boilerplate ("Advertisement").
struct MentionCleaner: Sendable {
    let gazetteer: PlaceGazetteer

    func clean(_ mention: Mention, index: Int?, tokens allTokens: [GraphToken]) -> CleanedMention? {
        // Tokens are sorted by start: begin at the first one that can overlap the mention.
        var first = GraphTokenizer.firstIndex(in: allTokens, startingAtOrAfter: mention.start)
        while first > 0 && allTokens[first - 1].end > mention.start { first -= 1 }
        var tokens: [GraphToken] = []
        var k = first
        while k < allTokens.count && allTokens[k].start < mention.end {
            if allTokens[k].end > mention.start { tokens.append(allTokens[k]) }
            k += 1
        }
        var owner: CleanedMention.Owner?
        // An inner possessive splits owner and owned: "Russia's FSB".
        if let p = tokens.firstIndex(where: { $0.isPossessive }), p > 0, p < tokens.count - 1 {
            let ownerTokens = Array(tokens[..<p])
            let owned = Array(tokens[(p + 1)...])
            if owned.contains(where: { $0.isCapitalized && !ResolverLexicon.junkWords.contains($0.lower) && !ResolverLexicon.headlineVerbs.contains($0.lower) }) {
                let trimmedOwner = trim(ownerTokens, label: .misc).tokens
                if let first = trimmedOwner.first, let last = trimmedOwner.last {
                    owner = .init(text: Self.join(trimmedOwner), start: first.start, end: last.end)
                }
                tokens = owned
            } else {
                tokens = ownerTokens
            }
        }
        // "Mr. Trump" tagged as an organization or a place: the honorific settles it.
        var label = mention.label
        if label != .person, owner == nil {
            let before = first > 0 && allTokens[first - 1].end <= mention.start ? allTokens[first - 1] : nil
            let leading = tokens.count > 1 ? tokens.first : nil
            if [before, leading].contains(where: { $0.map { ResolverLexicon.honorifics.contains($0.lower) } ?? false }) {
                label = .person
            } else if case let n = GraphTokenizer.firstIndex(in: allTokens, startingAtOrAfter: mention.end),
                      isHeadOfGovernment(tokens, next: n < allTokens.count ? allTokens[n] : nil) {
                label = .person
            }
        }
        let (kept, title) = trim(tokens, label: label)
        guard let first = kept.first, let last = kept.last else { return nil }
        guard !isJunk(kept) else { return nil }
        let next = GraphTokenizer.firstIndex(in: allTokens, startingAtOrAfter: last.end)
        return CleanedMention(mentionIndex: index, start: first.start, end: last.end, text: Self.join(kept),
                              label: label, tokens: kept, title: title, owner: owner,
                              nextWord: next < allTokens.count ? allTokens[next].lower : nil)
    }

    /// "the Trump administration", "the Obama presidency": a single capitalized word right
    /// before a lower-case ``ResolverLexicon/governmentOfPerson`` noun names the person who
    /// led it, whatever the tagger says, unless it is an acronym ("the EU administration") or
    /// a place ("the Moscow administration", "the British administration").
    private func isHeadOfGovernment(_ tokens: [GraphToken], next: GraphToken?) -> Bool {
        guard tokens.count == 1, let name = tokens.first, let next, ResolverLexicon.governmentOfPerson.contains(next.text),
              name.isCapitalized, !OrganizationTable.isAcronym(name.text) else { return false }
        let key = NameFolding.key(name.text)
        return gazetteer.country(namedKey: key) == nil && gazetteer.country(demonymKey: key) == nil
            && gazetteer.city(key: key) == nil
    }

    /// Joins tokens with single spaces, except that no space goes before a hyphen-free punctuation mark.
    static func join(_ tokens: [GraphToken]) -> String {
        var out = ""
        var previousEnd: Int?
        for t in tokens {
            if let e = previousEnd, t.start > e { out += " " }
            out += t.text
            previousEnd = t.end
        }
        return out
    }

    private func trim(_ input: [GraphToken], label: EntityLabel) -> (tokens: [GraphToken], title: String?) {
        var tokens = input
        func dropEdgePunctuation() {
            while let f = tokens.first, !f.isWord { tokens.removeFirst() }
            while let l = tokens.last, !l.isWord && !(l.text.hasSuffix(".") && l.text.count > 1) { tokens.removeLast() }
        }
        dropEdgePunctuation()
        while tokens.count > 1, let f = tokens.first, ResolverLexicon.determiners.contains(f.lower) { tokens.removeFirst() }
        while tokens.count > 1, let f = tokens.first, ResolverLexicon.headlineVerbs.contains(f.lower), f.isCapitalized {
            tokens.removeFirst()
        }
        while tokens.count > 1, let l = tokens.last, ResolverLexicon.headlineVerbs.contains(l.lower) || l.isPossessive || !l.isWord {
            tokens.removeLast()
        }
        if let l = tokens.last, l.isPossessive { tokens.removeLast() }
        dropEdgePunctuation()
        // "Leaders of the Group of Seven": a group noun before the name
        if label != .person, tokens.count > 3, ResolverLexicon.groupNouns.contains(tokens[0].lower), tokens[1].lower == "of" {
            tokens.removeFirst(2)
            if let f = tokens.first, ResolverLexicon.determiners.contains(f.lower), tokens.count > 1 { tokens.removeFirst() }
        }
        // "IMF Managing", "Kremlin Spokesman": a title the tagger glued to an organization
        if label != .person {
            while tokens.count > 1, let l = tokens.last, RoleTitles.headWords.contains(l.lower) || l.lower == "managing" { tokens.removeLast() }
        }
        var title: [GraphToken] = []
        if label == .person {
            // "Russian President Vladimir Putin", "Secretary of State Antony Blinken"
            while tokens.count > 1, let f = tokens.first {
                let isTitle = ResolverLexicon.titles.contains(f.lower)
                let isNationality = gazetteer.country(demonym: f.text) != nil && title.isEmpty && tokens.count > 2
                let isOf = f.lower == "of" && !title.isEmpty && tokens.count > 2 && ResolverLexicon.titles.contains(tokens[1].lower)
                guard isTitle || isNationality || isOf else { break }
                title.append(f)
                tokens.removeFirst()
            }
        }
        let titleText = title.filter { gazetteer.country(demonym: $0.text) == nil }
        return (tokens, titleText.isEmpty ? nil : Self.join(titleText))
    }

    private func isJunk(_ tokens: [GraphToken]) -> Bool {
        let words = tokens.filter(\.isWord)
        guard !words.isEmpty else { return true }
        if words.allSatisfy({ ResolverLexicon.junkWords.contains($0.lower) || ResolverLexicon.headlineVerbs.contains($0.lower) }) { return true }
        // Needs a capital and two letters; ASCII is classified without property look-ups.
        var hasCapital = false, letters = 0
        for token in tokens {
            for c in token.text.unicodeScalars {
                if c.value < 0x80 {
                    if c.value >= 0x41 && c.value <= 0x5A { hasCapital = true; letters += 1 } else if c.value >= 0x61 && c.value <= 0x7A { letters += 1 }
                } else {
                    if ScalarClass.isUppercase(c) { hasCapital = true }
                    if ScalarClass.isAlphabetic(c) { letters += 1 }
                }
                if hasCapital && letters >= 2 { return false }
            }
        }
        return true
    }
}
