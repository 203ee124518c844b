/// In-document coreference: people's short names and organizations' acronyms join their full forms.
extension EntityResolver {
    func resolvePeople(_ candidates: inout [Candidate]) {
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

    func resolveAcronyms(_ candidates: inout [Candidate], definitions: [String: String]) {
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
}
