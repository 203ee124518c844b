import Foundation
@testable import NewsGraph

/// Small articles about Putin and Macron whose graphs are built by hand, so each test knows
/// every count, weight and evidence row the store should hold.
enum CurationFixtures {
    static let day1 = Date(timeIntervalSince1970: 1_700_000_000)
    static let day2 = Date(timeIntervalSince1970: 1_700_086_400)

    struct Entity {
        var name: String
        var kind: EntityKind
        /// Surface forms at their offsets in the text.
        var spans: [(surface: String, start: Int)]
    }

    /// An article's graph: mentions at the given spans; each relation gets one evidence row
    /// per sentence ("." separated) in which both of its entities are mentioned.
    static func graph(_ text: String, _ entities: [Entity], relations: [(Int, Int, String, Bool)]) -> ArticleGraph {
        let scalars = Array(text.unicodeScalars)
        var sentences: [Range<Int>] = []
        var start = 0
        for (index, scalar) in scalars.enumerated() where scalar == "." {
            sentences.append(start..<(index + 1))
            start = index + 2
        }
        var graph = ArticleGraph()
        for (index, entity) in entities.enumerated() {
            var aliases: [String: Int] = [:]
            for span in entity.spans {
                aliases[span.surface, default: 0] += 1
                let label: EntityLabel = entity.kind == .person ? .person : (entity.kind == .organization ? .organization : .location)
                graph.mentions.append(ResolvedMention(mention: Mention(start: span.start, end: span.start + span.surface.unicodeScalars.count,
                                                                        text: span.surface, label: label, confidence: 0.9), entity: index))
            }
            graph.entities.append(ResolvedEntity(name: entity.name, kind: entity.kind, aliases: aliases, mentions: entity.spans.count))
        }
        for (subject, object, type, directed) in relations {
            for sentence in sentences where entities[subject].spans.contains(where: { sentence.contains($0.start) })
                && entities[object].spans.contains(where: { sentence.contains($0.start) }) {
                let text = String(String.UnicodeScalarView(scalars[sentence]))
                graph.relations.append(ResolvedRelation(subject: subject, object: object, type: type, directed: directed,
                                                        evidence: Evidence(sentence: text, start: sentence.lowerBound, end: sentence.upperBound)))
            }
        }
        return graph
    }

    static func article(_ url: String, _ text: String, published: Date) -> Article {
        Article(url: url, title: "T", published: published, language: "en", paragraphs: [text])
    }

    /// Four articles:
    /// - a1 (day 1) "Putin met Macron in Paris." — "Putin" alone, unresolved to the full name;
    /// - a2 (day 2) two sentences naming Vladimir Putin and Macron, and "warned";
    /// - a3 (day 1) "Putin (Vladimir Putin) met Macron." — both Putins in one sentence;
    /// - a4 (day 2) "Smith and Jane Smith and John Smith met." — "Smith" an alias of both.
    static func seed(_ store: SQLiteGraphStore) async throws {
        let a1 = "Putin met Macron in Paris."
        _ = try await store.save(article("https://n.example/1", a1, published: day1), graph: graph(a1, [
            Entity(name: "Putin", kind: .person, spans: [("Putin", 0)]),
            Entity(name: "Emmanuel Macron", kind: .person, spans: [("Macron", 10)]),
            Entity(name: "Paris", kind: .location, spans: [("Paris", 20)]),
        ], relations: [(0, 1, "co_mention", false)]), source: nil, fetched: day1)

        let a2 = "Vladimir Putin and Macron spoke. Vladimir Putin warned Macron."
        _ = try await store.save(article("https://n.example/2", a2, published: day2), graph: graph(a2, [
            Entity(name: "Vladimir Putin", kind: .person, spans: [("Vladimir Putin", 0), ("Vladimir Putin", 33)]),
            Entity(name: "Emmanuel Macron", kind: .person, spans: [("Macron", 19), ("Macron", 55)]),
        ], relations: [(0, 1, "co_mention", false), (0, 1, "warned", true)]), source: nil, fetched: day2)

        let a3 = "Putin (Vladimir Putin) met Macron."
        _ = try await store.save(article("https://n.example/3", a3, published: day1), graph: graph(a3, [
            Entity(name: "Putin", kind: .person, spans: [("Putin", 0)]),
            Entity(name: "Vladimir Putin", kind: .person, spans: [("Vladimir Putin", 7)]),
            Entity(name: "Emmanuel Macron", kind: .person, spans: [("Macron", 27)]),
        ], relations: [(0, 2, "co_mention", false), (1, 2, "co_mention", false), (0, 1, "co_mention", false)]), source: nil, fetched: day1)
    }

    static func seedSmiths(_ store: SQLiteGraphStore) async throws {
        let a4 = "Smith and Jane Smith met John Smith."
        _ = try await store.save(article("https://n.example/4", a4, published: day2), graph: graph(a4, [
            Entity(name: "Jane Smith", kind: .person, spans: [("Smith", 0), ("Jane Smith", 10)]),
            Entity(name: "John Smith", kind: .person, spans: [("John Smith", 25)]),
        ], relations: []), source: nil, fetched: day2)
        let a5 = "Smith spoke."
        _ = try await store.save(article("https://n.example/5", a5, published: day2), graph: graph(a5, [
            Entity(name: "John Smith", kind: .person, spans: [("Smith", 0)]),
        ], relations: []), source: nil, fetched: day2)
    }


    /// ``GraphInvariants`` plus what a correction could break: self-loops, undirected
    /// relations stored the wrong way round, rows pointing at deleted entities.
    static func violations(_ store: SQLiteGraphStore) throws -> [String] {
        var problems = try GraphInvariants.violations(in: store.path)
        let checks: [(String, String)] = [
            ("self-loop", "SELECT count(*) FROM relations WHERE subject_id = object_id"),
            ("undirected relation with subject > object", "SELECT count(*) FROM relations WHERE directed = 0 AND subject_id > object_id"),
            ("mention of a deleted entity", "SELECT count(*) FROM mentions WHERE entity_id IS NOT NULL AND entity_id NOT IN (SELECT id FROM entities)"),
            ("article row of a deleted entity", "SELECT count(*) FROM article_entities WHERE entity_id NOT IN (SELECT id FROM entities)"),
            ("redirect of a key that has an entity", "SELECT count(*) FROM entity_redirects WHERE key IN (SELECT key FROM entities)"),
            ("relation without evidence", "SELECT count(*) FROM relations r WHERE NOT EXISTS (SELECT 1 FROM evidence WHERE relation_id = r.id)"),
        ]
        try store.pool.read { db in
            for (name, sql) in checks {
                let count = try Int.fetchOne(db, sql: sql) ?? 0
                if count > 0 { problems.append("\(count): \(name)") }
            }
        }
        return problems
    }
}
