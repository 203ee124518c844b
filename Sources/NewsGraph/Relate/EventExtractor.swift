import Foundation

/// Events as nodes: an event noun ("attack", "election", "summit") anchored by a place, an
/// organizer, an owner or a target in the same phrase becomes an `.event` entity named after its
/// anchor ("Moscow concert hall attack"), dated by the sentence or the article. Later unanchored
/// mentions of the same class ("the attack") in the article join it. Participants are linked by
/// role: perpetrator_of, target_of, located_in, involved_in.
struct EventExtractor: Sendable {
    /// The article's publication day, used when the sentence gives no date.
    var published: Date?
    /// Locations the gazetteer knows as cities: an event is named after its city rather than
    /// a venue, so that articles naming the venue or the city name one event alike.
    var cities: Set<Int> = []

    private struct Occurrence {
        var view: Int
        var item: Int
        var eventClass: String
        var phrase: String
        var nameWords: [String]
        var place: Int?
        var organizer: Int?
        var organizerText: String?
        var owner: Int?
        var targets: [Int] = []
        var involved: [Int] = []
        var date: String?
        var anchored: Bool { place != nil || organizer != nil || owner != nil || !targets.isEmpty || involved.count >= 2 }
    }

    func extract(views: inout [SentenceView], entities: inout [ResolvedEntity], into sink: inout RelationSink) {
        var occurrences: [Occurrence] = []
        for (vi, view) in views.enumerated() {
            for (ii, item) in view.items.enumerated() where item.entity == nil && item.lexicons.contains(.eventNoun) {
                guard let noun = EventLexicon.nouns[item.lower] else { continue }
                // "a ceasefire proposal", "election officials": the noun modifies another one
                if ii + 1 < view.items.count, view.items[ii + 1].isWord(EventLexicon.headNouns) { continue }
                occurrences.append(read(view, vi: vi, at: ii, noun: noun, entities: entities))
            }
        }
        var eventOfClass: [String: Int] = [:]
        var namingCity: [Int: (city: Int, view: Int)] = [:]
        for occurrence in occurrences where occurrence.anchored && eventOfClass[occurrence.eventClass] == nil {
            var anchor = occurrence.place ?? occurrence.organizer ?? occurrence.targets.first ?? occurrence.owner
            // "the attack on Crocus City Hall … a Moscow court": named after the city
            var namedCity: Int?
            if let place = anchor, entities[place].kind == .location, !cities.contains(place) {
                namedCity = city(of: place, in: views[occurrence.view])
                if let c = namedCity { anchor = c }
            }
            var anchorName = anchor.map { entities[$0].name }
            // "NATO summit", not "North Atlantic Treaty Organization summit"
            if occurrence.place == nil, occurrence.organizer != nil, let written = occurrence.organizerText { anchorName = written }
            if anchorName == nil && occurrence.involved.count == 2 {
                anchorName = occurrence.involved.map { entities[$0].name }.joined(separator: "-")
            }
            guard let anchorText = anchorName else { continue }
            // Place and noun only ("Moscow attack"): descriptions such as "concert hall" differ
            // from article to article and stay in the aliases.
            let name = ([anchorText] + occurrence.nameWords.suffix(1)).joined(separator: " ")
            if let c = namedCity { namingCity[entities.count] = (c, occurrence.view) }
            eventOfClass[occurrence.eventClass] = entities.count
            let date = occurrences.filter { $0.eventClass == occurrence.eventClass }.compactMap(\.date).first ?? isoDay(published)
            entities.append(ResolvedEntity(name: name, kind: .event, date: date))
        }
        // An event the article keeps returning to ("the attack" twice or more) without ever
        // anchoring it happened where the lead sentence says: "… opened fire at Crocus City Hall".
        var leadPlaces: [String: (place: Int, view: Int)] = [:]
        var leadVenue: Int?
        if var lead = leadPlace(views, entities: entities) {
            if entities[lead.place].kind == .location, !cities.contains(lead.place), let c = city(of: lead.place, in: views[lead.view]) {
                leadVenue = lead.place
                lead.place = c
            }
            let unanchored = Dictionary(grouping: occurrences.filter { eventOfClass[$0.eventClass] == nil }, by: \.eventClass)
            for (eventClass, group) in unanchored.sorted(by: { $0.key < $1.key }) where group.count >= 2 {
                // named after the noun the article uses most ("the strikes" twice, "attacks" once → strike)
                let nouns = Dictionary(grouping: group, by: { $0.nameWords.last ?? "" })
                let words = group.max { a, b in
                    let (ca, cb) = (nouns[a.nameWords.last ?? ""]?.count ?? 0, nouns[b.nameWords.last ?? ""]?.count ?? 0)
                    return ca != cb ? ca < cb : a.nameWords.count < b.nameWords.count
                }?.nameWords.suffix(1) ?? []
                eventOfClass[eventClass] = entities.count
                leadPlaces[eventClass] = lead
                let date = group.compactMap(\.date).first ?? isoDay(published)
                entities.append(ResolvedEntity(name: ([entities[lead.place].name] + Array(words)).joined(separator: " "), kind: .event, date: date))
            }
        }
        for (eventClass, lead) in leadPlaces.sorted(by: { $0.key < $1.key }) {
            guard let event = eventOfClass[eventClass] else { continue }
            sink.add(event, "located_in", lead.place, evidence: views[lead.view].evidence)
            if let venue = leadVenue { sink.add(event, "located_in", venue, evidence: views[lead.view].evidence) }
        }
        for occurrence in occurrences {
            guard let event = eventOfClass[occurrence.eventClass] else { continue }
            views[occurrence.view].items[occurrence.item].entity = event
            entities[event].aliases[occurrence.phrase, default: 0] += 1
            entities[event].mentions += 1
            let evidence = views[occurrence.view].evidence
            if let place = occurrence.place { sink.add(event, "located_in", place, evidence: evidence) }
            if let organizer = occurrence.organizer { sink.add(organizer, "involved_in", event, evidence: evidence) }
            for target in occurrence.targets {
                // an attack on a place happened there; on a person, group or country it targets them
                if entities[target].kind == .location {
                    sink.add(event, "located_in", target, evidence: evidence)
                } else {
                    sink.add(target, "target_of", event, evidence: evidence)
                }
            }
            for party in occurrence.involved { sink.add(party, "involved_in", event, evidence: evidence) }
            if let owner = occurrence.owner {
                switch (entities[owner].kind, occurrence.eventClass) {
                case (.country, "attack"), (.organization, "attack"), (.country, "invasion"), (.country, "war"):
                    sink.add(owner, "perpetrator_of", event, evidence: evidence)
                case (.country, _), (.location, _):
                    sink.add(event, "located_in", owner, evidence: evidence)
                default:
                    sink.add(owner, "involved_in", event, evidence: evidence)
                }
            }
        }
        for (event, naming) in namingCity.sorted(by: { $0.key < $1.key }) {
            sink.add(event, "located_in", naming.city, evidence: views[naming.view].evidence)
        }
        for view in views { participants(view, entities: entities, into: &sink) }
    }

    /// The known city a venue is placed in by the sentence: "Crocus City Hall near Moscow",
    /// "Moscow's Crocus City Hall".
    private func city(of place: Int, in view: SentenceView) -> Int? {
        let items = view.items
        guard let i = items.firstIndex(where: { $0.entity == place }) else { return nil }
        if i + 2 < items.count, items[i + 1].isWord(["in", "near", "outside"]), let c = items[i + 2].entity, cities.contains(c) { return c }
        if i >= 2, items[i - 1].isWord("'s"), let c = items[i - 2].entity, cities.contains(c) { return c }
        if i >= 1, let c = items[i - 1].entity, cities.contains(c) { return c }
        return nil
    }

    /// The first place the article's first sentence puts something at, in or near.
    private func leadPlace(_ views: [SentenceView], entities: [ResolvedEntity]) -> (place: Int, view: Int)? {
        guard let first = views.first else { return nil }
        let items = first.items
        for k in items.indices.dropLast() where items[k].isWord(["in", "at", "near", "outside"]) {
            if let place = items[k + 1].entity, entities[place].kind == .location || entities[place].kind == .country {
                return (place, 0)
            }
        }
        return nil
    }

    private func read(_ view: SentenceView, vi: Int, at v: Int, noun: (eventClass: String, singular: String), entities: [ResolvedEntity]) -> Occurrence {
        let items = view.items
        func kind(_ i: Int) -> EntityKind? { i >= 0 && i < items.count ? items[i].entity.map { entities[$0].kind } : nil }
        var occurrence = Occurrence(view: vi, item: v, eventClass: noun.eventClass, phrase: items[v].text, nameWords: [noun.singular])
        var phraseStart = v
        var j = v - 1
        while j >= 0 {
            let item = items[j]
            if item.entity != nil {
                switch kind(j) {
                case .country? where item.isDemonym && noun.eventClass == "attack":
                    occurrence.owner = item.entity   // "an Israeli airstrike": the country strikes
                case .location?, .country?: occurrence.place = item.entity
                case .organization?:
                    occurrence.organizer = item.entity
                    occurrence.organizerText = item.text
                default: break
                }
                if kind(j) != .person && kind(j) != .misc { phraseStart = j }
                break
            }
            if item.isWord(EventLexicon.nameModifiers) {
                occurrence.nameWords.insert(item.lower, at: 0)
                phraseStart = j
            } else if item.isWord(EventLexicon.skipModifiers) || item.lower.hasSuffix("-day") {
                phraseStart = j
            } else if item.isWord("'s"), j >= 1, items[j - 1].entity != nil, kind(j - 1) != .person {
                occurrence.owner = items[j - 1].entity
                phraseStart = j - 1
                break
            } else {
                break
            }
            j -= 1
        }
        if EventLexicon.needModifier.contains(items[v].lower) && occurrence.nameWords.count < 2 {
            occurrence.place = nil; occurrence.organizer = nil; occurrence.owner = nil
            return occurrence   // unanchored: never becomes an event
        }
        occurrence.phrase = items[phraseStart...v].map(\.text).joined(separator: " ").replacingOccurrences(of: " 's", with: "'s")
        var r = v + 1
        if r + 1 < items.count && items[r].isWord(["in", "near", "at", "outside"]), let k = kind(r + 1), k == .location || k == .country,
           occurrence.place == nil {
            occurrence.place = items[r + 1].entity
            r += 2
        }
        if r < items.count && items[r].isWord(["on", "against", "of"]) && (noun.eventClass == "attack" || noun.eventClass == "invasion") {
            var t = r + 1
            if t < items.count && items[t].isWord("the") { t += 1 }
            if let k = kind(t), k != .event, k != .misc, let target = items[t].entity { occurrence.targets.append(target) }
        }
        if r + 3 < items.count && items[r].isWord("between"), let a = items[r + 1].entity, items[r + 2].isWord("and"), let b = items[r + 3].entity {
            occurrence.involved = [a, b]
        }
        // A lead sentence often places the event at its end: "explosions tore through a crowd … in Kerman".
        if occurrence.place == nil {
            var k = r
            while k + 1 < items.count && !items[k].isWord([".", ";", "said", "says", "while"]) {
                if items[k].isWord(["in", "near", "at", "outside"]), let kk = kind(k + 1), kk == .location || kk == .country {
                    occurrence.place = items[k + 1].entity
                    break
                }
                if items[k].entity != nil && EventLexicon.nouns[items[k].lower] != nil { break }
                k += 1
            }
        }
        occurrence.date = explicitDate(in: items)
        return occurrence
    }

    /// perpetrator_of and involved_in from the verbs of a sentence that names an event.
    private func participants(_ view: SentenceView, entities: [ResolvedEntity], into sink: inout RelationSink) {
        let items = view.items
        func isEvent(_ i: Int) -> Bool { items[i].entity.map { entities[$0].kind == .event } ?? false }
        for w in items.indices where items[w].entity == nil {
            let lexicons = items[w].lexicons
            let perpetrates = lexicons.contains(.perpetratorVerb)
            guard perpetrates || lexicons.contains(.involvementVerb) else { continue }
            let verb = items[w].lower
            guard let e = ((w + 1)..<min(items.count, w + 9)).first(where: isEvent), let event = items[e].entity else {
                // passive: "<event> was carried out by E"
                if perpetrates, let by = items[(w + 1)..<min(items.count, w + 4)].firstIndex(where: { $0.isWord("by") }),
                   by + 1 < items.count, let agent = items[by + 1].entity, entities[agent].kind != .event,
                   let e = items[max(0, w - 4)..<w].lastIndex(where: { $0.entity.map { entities[$0].kind == .event } ?? false }),
                   let event = items[e].entity {
                    sink.add(agent, "perpetrator_of", event, evidence: view.evidence)
                }
                continue
            }
            if verb == "claimed" && !items[w..<e].contains(where: { $0.isWord("responsibility") || $0.isWord("credit") }) { continue }
            // Only an owner ("India's general election") may stand between the verb and the event.
            let blocked = ((w + 1)..<e).contains { i in
                if items[i].isWord([".", ";"]) { return true }
                guard items[i].entity != nil else { return false }
                return !(i + 1 < e && items[i + 1].isWord("'s"))
            }
            if blocked { continue }
            guard let s = ClauseReader.subject(items, verb: w), let subject = items[s].entity, entities[subject].kind != .event else { continue }
            sink.add(subject, perpetrates ? "perpetrator_of" : "involved_in", event, evidence: view.evidence)
        }
    }

    private static let months = ["january", "february", "march", "april", "may", "june", "july", "august",
                                 "september", "october", "november", "december"]

    /// "March 22" or "22 March" (with an optional year) in the sentence, as yyyy-MM-dd.
    private func explicitDate(in items: [SentenceItem]) -> String? {
        for (i, item) in items.enumerated() where item.entity == nil {
            guard let month = Self.months.firstIndex(of: item.lower) else { continue }
            var day: Int?
            if i + 1 < items.count, let d = Int(items[i + 1].text), (1...31).contains(d) { day = d }
            else if i >= 1, let d = Int(items[i - 1].text), (1...31).contains(d) { day = d }
            guard let dayValue = day else { continue }
            var year: Int?
            for k in (i + 1)..<min(items.count, i + 4) { if let y = Int(items[k].text), (1900...2100).contains(y) { year = y } }
            if year == nil, let published { year = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC") ?? .current, from: published).year }
            guard let y = year else { return nil }
            return String(format: "%04d-%02d-%02d", y, month + 1, dayValue)
        }
        return nil
    }

    private func isoDay(_ date: Date?) -> String? {
        guard let date else { return nil }
        let c = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC") ?? .current, from: date)
        guard let y = c.year, let m = c.month, let d = c.day else { return nil }
        return String(format: "%04d-%02d-%02d", y, m, d)
    }
}
