import Foundation

/// Runs every relation pattern over the resolved article and returns its graph.
///
/// Order matters: events are found first so that verbs and co-mentions can point at them;
/// misc entities that no typed relation needs are dropped last, with their co-mentions.
struct RelationExtractor: Sendable {
    var gazetteer: PlaceGazetteer = .shared

    func extract(text: ScalarText, sentences: [Range<Int>], document: ResolvedDocument, published: Date?) -> (entities: [ResolvedEntity], relations: [ResolvedRelation], entityMap: [Int?]) {
        var entities = document.entities
        var views = SentenceView.build(text: text, sentences: sentences, spans: document.spans, wholeTextTokens: document.tokens)
        for v in views.indices {
            for i in views[v].items.indices {
                guard let e = views[v].items[i].entity, entities[e].kind == .country else { continue }
                let surface = views[v].items[i].text
                views[v].items[i].isDemonym = gazetteer.country(named: surface) == nil && gazetteer.country(demonym: surface) != nil
            }
        }
        var sink = RelationSink()

        let cities = Set(document.cityCountry.keys)
        EventExtractor(published: published, cities: cities).extract(views: &views, entities: &entities, into: &sink)
        let affiliations = AffiliationExtractor(cities: cities)
        for view in views {
            RoleExtractor().extract(view, entities: entities, into: &sink)
            affiliations.extract(view, entities: entities, into: &sink)
            VerbRelationExtractor().extract(view, entities: entities, into: &sink)
        }
        // Modifiers the resolver found inside names ("US Embassy", "Russia's FSB").
        for modifier in document.modifiers {
            guard let view = views.first(where: { $0.range.contains(modifier.start) }) else { continue }
            AffiliationExtractor().add(owned: modifier.entity, ownedKind: entities[modifier.entity].kind,
                                       owner: modifier.owner, ownerKind: entities[modifier.owner].kind,
                                       sink: &sink, evidence: view.evidence)
        }
        // Cities the gazetteer places in a country: located_in, read where the city is first named.
        for (city, code) in document.cityCountry.sorted(by: { $0.key < $1.key }) {
            guard let country = gazetteer.country(code: code),
                  let view = views.first(where: { $0.items.contains { $0.entity == city } }) else { continue }
            let countryIndex: Int
            if let existing = entities.firstIndex(where: { $0.kind == .country && $0.isoCode == country.alpha2 }) {
                countryIndex = existing
            } else {
                countryIndex = entities.count
                entities.append(ResolvedEntity(name: country.name, kind: .country, isoCode: country.alpha2))
            }
            sink.add(city, "located_in", countryIndex, attribute: "gazetteer", evidence: view.evidence)
        }
        for view in views { CoMentionExtractor().extract(view, entities: entities, into: &sink) }

        return prune(entities: entities, relations: sink.relations)
    }

    /// Drops misc entities without a typed relation, and renumbers.
    private func prune(entities: [ResolvedEntity], relations: [ResolvedRelation]) -> (entities: [ResolvedEntity], relations: [ResolvedRelation], entityMap: [Int?]) {
        var needed = Set<Int>()
        for r in relations where r.type != "co_mention" { needed.insert(r.subject); needed.insert(r.object) }
        var map = [Int?](repeating: nil, count: entities.count)
        var kept: [ResolvedEntity] = []
        for (i, e) in entities.enumerated() where e.kind != .misc || needed.contains(i) {
            map[i] = kept.count
            kept.append(e)
        }
        let remapped = relations.compactMap { r -> ResolvedRelation? in
            guard let s = map[r.subject], let o = map[r.object] else { return nil }
            var copy = r
            copy.subject = s
            copy.object = o
            return copy
        }
        return (kept, remapped, map)
    }
}
