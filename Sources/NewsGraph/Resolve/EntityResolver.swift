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
    struct Candidate {
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
        resolve(ScalarText(text), mentions: mentions, sentences: sentences)
    }

    /// The same for a text already split into scalars (the graph builder reads it once for both
    /// the resolver and the relation extractor).
    func resolve(_ scalars: ScalarText, mentions: [Mention], sentences: [Range<Int>]) -> ResolvedDocument {
        let tokens = GraphTokenizer.tokens(scalars)
        let cleaner = MentionCleaner(gazetteer: gazetteer)
        let headlineRanges = sentences.filter { isHeadlineCase(tokens: tokens, range: $0) }
        func inHeadline(_ offset: Int) -> Bool { headlineRanges.contains { $0.contains(offset) } }

        var cleaned: [CleanedMention] = []
        let (joined, absorbed) = Self.joinNameParticles(mentions, text: scalars)
        for (index, mention) in joined.enumerated() {
            if let c = cleaner.clean(mention, index: index, tokens: tokens) { cleaned.append(c) }
        }
        let descriptionSpans = descriptions(scalars: scalars, tokens: tokens)
        let definitions = acronymDefinitions(&cleaned, tokens: tokens)

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
        unifyPeopleNames(&candidates)
        resolveAcronyms(&candidates, definitions: definitions)

        // Names are final from here on: each candidate's key is built once.
        let keys = candidates.map(\.key)
        // In title-case lines only names known elsewhere survive.
        let trustedKeys = Set(candidates.indices.filter { !candidates[$0].dropped && !inHeadline(candidates[$0].span.start) }.map { keys[$0] })
        for i in candidates.indices where inHeadline(candidates[i].span.start) && !candidates[i].known && !trustedKeys.contains(keys[i]) {
            candidates[i].dropped = true
        }

        var document = group(candidates, keys: keys, mentionCount: mentions.count, claimed: claimedMentions)
        for (b, a) in absorbed where a < document.mentionEntity.count && b < document.mentionEntity.count {
            document.mentionEntity[b] = document.mentionEntity[a]
            // Both tagger mentions now name the entity: count both, as the store counts rows.
            if let entity = document.mentionEntity[a] { document.entities[entity].mentions += 1 }
        }
        document.tokens = tokens
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
            guard isParticleGap(text.scalars, from: result[a].end, to: result[b].start) else { continue }
            result[a].end = result[b].end
            result[a].text = text.slice(result[a].start, result[a].end)
            result[b].end = result[b].start
            absorbed[b] = a
        }
        return (result, absorbed)
    }

    /// Whether `scalars[start..<end]` is spaces, one of ``nameParticles``, spaces (" bin ").
    /// Reads the scalars in place: the gap between two person mentions is often paragraphs long.
    static func isParticleGap(_ scalars: [Unicode.Scalar], from start: Int, to end: Int) -> Bool {
        let end = min(end, scalars.count)
        var i = max(0, start)
        guard i < end, scalars[i] == " " else { return false }
        while i < end && scalars[i] == " " { i += 1 }
        let wordStart = i
        while i < end && scalars[i] != " " {
            // Particles are short and ASCII; anything else (a combining mark too) is no particle.
            guard i - wordStart < 4, scalars[i].value < 0x80 else { return false }
            i += 1
        }
        let wordEnd = i
        guard wordEnd > wordStart, wordEnd < end else { return false }
        while i < end && scalars[i] == " " { i += 1 }
        return i == end && nameParticles.contains(String(scalars: scalars[wordStart..<wordEnd]))
    }

    // MARK: - Grouping

    /// Candidates with the same key become one entity; `keys[i]` is `candidates[i].key`.
    func group(_ candidates: [Candidate], keys: [String], mentionCount: Int, claimed: [Int: Int]) -> ResolvedDocument {
        var entities: [ResolvedEntity] = []
        var indexByKey: [String: Int] = [:]
        var candidateEntity = [Int?](repeating: nil, count: candidates.count)
        var spans: [ResolvedDocument.Span] = []
        var cityCountry: [Int: String] = [:]
        for (ci, c) in candidates.enumerated() where !c.dropped {
            let key = keys[ci]
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

    /// Descriptive references of the organization table found in the text ("the Islamic State
    /// group's Afghanistan affiliate"); they win over the mentions inside them. Matched
    /// case-insensitively; skipped when lower-casing changes the text's length in scalars.
    func descriptions(scalars: ScalarText, tokens: [GraphToken]) -> [(CleanedMention, KnownOrganization)] {
        var spans: [(CleanedMention, KnownOrganization)] = []
        let needles = organizations.descriptionNeedles
        guard !needles.isEmpty, let lowered = Self.lowercased(scalars.scalars) else { return [] }
        let found = Self.occurrences(of: needles, in: lowered)
        for (d, starts) in found.enumerated() {
            let (organization, length) = organizations.descriptionSources[d]
            for start in starts {
                let end = start + length
                var spanTokens: [GraphToken] = []
                var k = GraphTokenizer.firstIndex(in: tokens, startingAtOrAfter: start)
                while k < tokens.count, tokens[k].start < end {
                    if tokens[k].end <= end { spanTokens.append(tokens[k]) }
                    k += 1
                }
                spans.append((CleanedMention(mentionIndex: nil, start: start, end: end, text: scalars.slice(start, end),
                                             label: .organization, tokens: spanTokens), organizations.organizations[organization]))
            }
        }
        return spans
    }

    /// The text lower-cased scalar by scalar, as `String.lowercased()` does; nil when a
    /// scalar lower-cases to several ("İ"), which would shift every offset after it.
    static func lowercased(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        var result: [Unicode.Scalar] = []
        result.reserveCapacity(scalars.count)
        for c in scalars {
            let v = c.value
            if v < 0x80 {
                result.append(v >= 65 && v <= 90 ? Unicode.Scalar(UInt8(v + 32)) : c)
                continue
            }
            // Latin, Greek and Cyrillic from a table; General Punctuation (curly quotes, dashes)
            // has no case. The runtime's mapping builds a string per scalar.
            if v < UInt32(ScalarLowercase.latin.count) {
                guard let lower = Unicode.Scalar(ScalarLowercase.latin[Int(v)]) else { return nil }
                result.append(lower)
                continue
            }
            if ScalarLowercase.generalPunctuation.contains(v) { result.append(c); continue }
            let mapping = c.properties.lowercaseMapping.unicodeScalars
            guard mapping.count == 1, let lower = mapping.first else { return nil }
            result.append(lower)
        }
        return result
    }

    /// Acronyms defined in parentheses ("National Security Council (NSC)"): acronym → expansion.
    /// An acronym the tagger missed is added to `cleaned` as a mention of its own.
    func acronymDefinitions(_ cleaned: inout [CleanedMention], tokens: [GraphToken]) -> [String: String] {
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
        return definitions
    }


    /// A line of Title Case words with no lower-case content word: a headline or a menu.
    func isHeadlineCase(tokens: [GraphToken], range: Range<Int>) -> Bool {
        var content = 0
        var k = GraphTokenizer.firstIndex(in: tokens, startingAtOrAfter: range.lowerBound)
        while k < tokens.count, tokens[k].start < range.upperBound {
            let token = tokens[k]
            k += 1
            guard token.end <= range.upperBound, token.isWord,
                  !AcronymMatcher.minorWords.contains(token.lower), !Self.headlineFunctionWords.contains(token.lower) else { continue }
            // One lower-case content word settles it: running text, not a headline.
            guard token.isCapitalized || token.text.unicodeScalars.first.map({ ("0"..."9").contains($0) }) == true else { return false }
            content += 1
        }
        return content >= 4
    }

    /// Short words a Title Case headline may leave in lower case besides ``AcronymMatcher/minorWords``.
    static let headlineFunctionWords: Set<String> = ["a", "an", "at", "by", "as", "with", "over", "after", "amid", "from", "is", "are", "vs"]

    /// Where `needle` occurs in `haystack` as whole words (not inside a longer word), left to
    /// right without overlaps.
    func occurrences(of needle: [Unicode.Scalar], in haystack: [Unicode.Scalar]) -> [Int] {
        Self.occurrences(of: [needle], in: haystack)[0]
    }

    /// For each needle, where it occurs in `haystack` as whole words, left to right without
    /// overlaps (each needle on its own, as if scanned alone). Every description is looked for
    /// in every article, so this is one pass over the text for all of them: a position whose
    /// scalar starts no needle (an ASCII bit mask) is skipped at once, scalars are compared
    /// through raw buffers, and ASCII neighbours are classified without property look-ups.
    static func occurrences(of needles: [[Unicode.Scalar]], in haystack: [Unicode.Scalar]) -> [[Int]] {
        var result = [[Int]](repeating: [], count: needles.count)
        var nextAllowed = [Int](repeating: 0, count: needles.count)
        var asciiFirsts: (UInt64, UInt64) = (0, 0)
        var otherFirsts = false
        // All needles in one buffer: the scan compares without a closure per needle.
        var flat: [Unicode.Scalar] = []
        var bounds: [Range<Int>] = []
        for needle in needles {
            bounds.append(flat.count..<(flat.count + needle.count))
            flat.append(contentsOf: needle)
            guard let v = needle.first?.value else { continue }
            if v >= 128 { otherFirsts = true } else if v < 64 { asciiFirsts.0 |= 1 << v } else { asciiFirsts.1 |= 1 << (v - 64) }
        }
        haystack.withUnsafeBufferPointer { h in
            flat.withUnsafeBufferPointer { f in
                let count = h.count
                for i in 0..<count {
                    let c = h[i], v = c.value
                    if v >= 128 {
                        if !otherFirsts { continue }
                    } else if (v < 64 ? asciiFirsts.0 >> v : asciiFirsts.1 >> (v - 64)) & 1 == 0 {
                        continue
                    }
                    // Every match needs a non-letter before it: most candidates start inside a word.
                    if i > 0 && ScalarClass.isAlphabetic(h[i - 1]) { continue }
                    for n in bounds.indices where i >= nextAllowed[n] {
                        let range = bounds[n], length = range.count
                        guard length > 0, f[range.lowerBound] == c, i + length <= count else { continue }
                        var k = 1
                        while k < length && h[i + k] == f[range.lowerBound + k] { k += 1 }
                        if k == length && (i + length >= count || !ScalarClass.isAlphabetic(h[i + length])) {
                            result[n].append(i)
                            nextAllowed[n] = i + length
                        }
                    }
                }
            }
        }
        return result
    }
}
