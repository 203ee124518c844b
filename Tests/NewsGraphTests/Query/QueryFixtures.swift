import Foundation
@testable import NewsGraph

/// A small stored graph written through the real store:
/// Peskov —spokesperson_of→ Kremlin (2 articles), Putin —leader_of→ Russia, co_mentions
/// around them, two entities called "Georgia", an accented name, and a hostile one.
enum QueryFixtures {
    static let day1 = Date(timeIntervalSince1970: 1_767_225_600)  // 2026-01-01
    static let day2 = Date(timeIntervalSince1970: 1_772_323_200)  // 2026-03-01

    static func entity(_ name: String, _ kind: EntityKind, _ aliases: [String] = [], iso: String? = nil) -> ResolvedEntity {
        ResolvedEntity(name: name, kind: kind, isoCode: iso, aliases: Dictionary(([name] + aliases).map { ($0, 1) }, uniquingKeysWith: +),
                       mentions: 1 + aliases.count)
    }

    static func relation(_ s: Int, _ o: Int, _ type: String, _ sentence: String) -> ResolvedRelation {
        ResolvedRelation(subject: s, object: o, type: type, directed: type != "co_mention",
                         evidence: Evidence(sentence: sentence, start: 0, end: sentence.unicodeScalars.count))
    }

    static func store() async throws -> (TemporaryDirectory, SQLiteGraphStore) {
        let folder = try TemporaryDirectory()
        let store = try SQLiteGraphStore(path: folder.path("query.sqlite"))
        let peskov = entity("Dmitry Peskov", .person, ["Peskov"])
        let kremlin = entity("Kremlin", .organization, ["the Kremlin"])
        let russia = entity("Russia", .country, ["Russian Federation"], iso: "RU")
        let putin = entity("Vladimir Putin", .person, ["Putin"])
        let georgiaCountry = entity("Georgia", .country, iso: "GE")
        let georgiaState = entity("Georgia", .location)
        let elysee = entity("Élysée Palace", .organization, ["Elysee"])
        let hostile = entity("Evil \"Name\"\n\u{1B}[31mRED", .person)
        let articles: [(String, Date, ArticleGraph)] = [
            ("a1", day1, ArticleGraph(entities: [peskov, kremlin, putin], relations: [
                relation(0, 1, "spokesperson_of", "Dmitry Peskov, the Kremlin spokesman, said talks went well."),
                relation(0, 1, "co_mention", "Dmitry Peskov, the Kremlin spokesman, said talks went well."),
                relation(2, 0, "co_mention", "Putin and Peskov arrived."),
            ])),
            ("a2", day2, ArticleGraph(entities: [peskov, kremlin, russia, putin], relations: [
                relation(0, 1, "spokesperson_of", "Peskov spoke for the Kremlin on Monday."),
                relation(3, 2, "leader_of", "Vladimir Putin, the leader of Russia, spoke."),
                relation(1, 2, "co_mention", "The Kremlin said Russia would respond."),
            ])),
            ("a3", day2, ArticleGraph(entities: [georgiaCountry, georgiaState, elysee, hostile, russia], relations: [
                relation(0, 4, "co_mention", "Georgia and Russia met."),
                relation(2, 3, "co_mention", "The Élysée Palace hosted Evil Name."),
                relation(1, 2, "co_mention", "Georgia officials visited the Élysée Palace."),
            ])),
        ]
        for (slug, date, graph) in articles {
            let article = Article(url: "https://news.example/\(slug)", title: slug, published: date, paragraphs: ["Text of \(slug)."])
            _ = try await store.save(article, graph: graph, source: nil, fetched: date)
        }
        return (folder, store)
    }
}
