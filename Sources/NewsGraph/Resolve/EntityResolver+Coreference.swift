/// In-document coreference: people's short names and organizations' acronyms join their full forms.
extension EntityResolver {
    func resolvePeople(_ candidates: inout [Candidate]) {
        // Unique names: articles repeat full names many times.
        // Candidates are read in place: copying one retains its strings and token arrays.
        var seen = Set<String>()
        var fullNames: [String] = []
        for i in candidates.indices where candidates[i].kind == .person && !candidates[i].dropped && Self.wordCount(candidates[i].canonical) >= 2 {
            if seen.insert(candidates[i].canonical).inserted { fullNames.append(candidates[i].canonical) }
        }
        let coreference = PersonCoreference(fullNames: fullNames)
        // Two-word products the classification found ("Google Stadia"): a lone "Stadia" the
        // tagger also calls a person is the product when no person's name ends in it, and no
        // other product does ("MacBook Pro", "iPad Pro": "Pro" stays as the tagger said).
        var products: [String: String?] = [:]
        for i in candidates.indices where candidates[i].kind == .misc && candidates[i].known && !candidates[i].dropped {
            let canonical = candidates[i].canonical
            let words = NameWords.split(canonical)
            guard words.count == 2, let last = words.last.map(String.init) else { continue }
            if let earlier = products[last], earlier != canonical { products[last] = .some(nil) } else { products[last] = canonical }
        }
        // Both answers depend only on the name, and articles repeat names.
        var longest: [String: String?] = [:]
        var resolutions: [String: PersonCoreference.Resolution] = [:]
        for i in candidates.indices where !candidates[i].dropped {
            let kind = candidates[i].kind, canonical = candidates[i].canonical, known = candidates[i].known
            let words = Self.wordCount(canonical)
            // Full names written with and without a middle part: keep the longest.
            if kind == .person, words >= 2 {
                let longer: String?
                if let cached = longest[canonical] { longer = cached } else {
                    longer = coreference.longestForm(of: canonical)
                    longest[canonical] = longer
                }
                if let longer { candidates[i].canonical = longer }
                continue
            }
            guard words == 1 else { continue }
            guard kind == .person || (!known && kind != .country) else { continue }
            let resolution: PersonCoreference.Resolution
            if let cached = resolutions[canonical] { resolution = cached } else {
                resolution = coreference.resolve(canonical)
                resolutions[canonical] = resolution
            }
            switch resolution {
            case .fullName(let full):
                candidates[i].kind = .person
                candidates[i].canonical = full
                candidates[i].cityCountry = nil
            case .ambiguous:
                candidates[i].dropped = true
            case .none:
                if kind == .person, let product = products[canonical] ?? nil {
                    candidates[i].kind = .misc
                    candidates[i].canonical = product
                    candidates[i].known = true
                }
            }
        }
    }

    /// `name.split(separator: " ").count` without building the words: every candidate's
    /// canonical name is counted. A space followed by a non-ASCII scalar may form one
    /// `Character` with it (a combining mark), which `split` does not split at; those names
    /// take the `split` path.
    static func wordCount(_ name: String) -> Int {
        var count = 0, inWord = false, afterSpace = false
        for byte in name.utf8 {
            if afterSpace && byte >= 0x80 { return name.split(separator: " ").count }
            afterSpace = byte == 0x20
            if afterSpace { inWord = false } else if !inWord { inWord = true; count += 1 }
        }
        return count
    }

    /// A name the article shows to be a person ("Mr. Trump", or "Trump" joined to "Donald
    /// Trump") is that person wherever else the tagger called the same word an organization or
    /// a place the gazetteers do not know ("Trump had been diagnosed", tagged ORG).
    func unifyPeopleNames(_ candidates: inout [Candidate]) {
        var person: [String: String] = [:]   // folded surface form → the person's canonical name
        for c in candidates where c.kind == .person && !c.dropped {
            let key = NameFolding.key(c.span.text)
            if person[key] == nil { person[key] = c.canonical }
        }
        guard !person.isEmpty else { return }
        for i in candidates.indices where !candidates[i].dropped && !candidates[i].known && candidates[i].ownerIndex == nil {
            guard [.organization, .location, .misc].contains(candidates[i].kind),
                  let canonical = person[NameFolding.key(candidates[i].span.text)] else { continue }
            candidates[i].kind = .person
            candidates[i].canonical = canonical
            candidates[i].cityCountry = nil
        }
    }

    func resolveAcronyms(_ candidates: inout [Candidate], definitions: [String: String]) {
        let longOrgs = Array(Set(candidates.filter { $0.kind == .organization && !$0.dropped && $0.canonical.contains(" ") }.map(\.canonical))).sorted()
        var initials: [AcronymMatcher.Initials]?
        for i in candidates.indices where candidates[i].kind == .organization && !candidates[i].dropped {
            let name = candidates[i].span.text
            guard OrganizationTable.isAcronym(name) else { continue }
            if let expansion = definitions[name.replacingOccurrences(of: ".", with: "")] {
                candidates[i].canonical = organizations.organization(named: expansion)?.name ?? expansion
                continue
            }
            if candidates[i].known { continue }
            guard let letters = AcronymMatcher.letters(of: name) else { continue }
            let spelled = initials ?? longOrgs.map(AcronymMatcher.Initials.init)
            initials = spelled
            let fitting = longOrgs.indices.filter { spelled[$0].contains(letters) }
            if fitting.count == 1 { candidates[i].canonical = longOrgs[fitting[0]] }
        }
    }
}
