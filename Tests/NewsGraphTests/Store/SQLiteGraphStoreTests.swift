import Foundation
import GRDB
import Testing
@testable import NewsGraph

@Suite struct SQLiteGraphStoreTests {
    static let day1 = Date(timeIntervalSince1970: 1_700_000_000)
    static let day2 = Date(timeIntervalSince1970: 1_700_086_400)

    static func article(_ url: String = "https://news.example/a", text: [String] = ["Macron met Putin in Paris."],
                        published: Date? = day1, guid: String? = nil) -> Article {
        Article(url: url, guid: guid, title: "Talks", byline: "A. Writer", published: published, language: "en", paragraphs: text)
    }

    /// Macron (0), Putin (1), France (2); Macron–Putin co_mention, Macron president_of France.
    static func graph(sentence: String = "Macron met Putin in Paris.") -> ArticleGraph {
        ArticleGraph(
            entities: [
                ResolvedEntity(name: "Emmanuel Macron", kind: .person, aliases: ["Macron": 1], mentions: 1),
                ResolvedEntity(name: "Vladimir Putin", kind: .person, aliases: ["Putin": 1], mentions: 1),
                ResolvedEntity(name: "France", kind: .country, isoCode: "FR", aliases: ["Paris": 1], mentions: 1),
            ],
            relations: [
                ResolvedRelation(subject: 1, object: 0, type: "co_mention", directed: false, evidence: Evidence(sentence: sentence, start: 0, end: 26)),
                ResolvedRelation(subject: 0, object: 2, type: "president_of", directed: true, attribute: "President",
                                 evidence: Evidence(sentence: sentence, start: 0, end: 26)),
            ],
            mentions: [
                ResolvedMention(mention: Mention(start: 0, end: 6, text: "Macron", label: .person, confidence: 0.9), entity: 0),
                ResolvedMention(mention: Mention(start: 11, end: 16, text: "Putin", label: .person, confidence: 0.8), entity: 1),
                ResolvedMention(mention: Mention(start: 20, end: 25, text: "Paris", label: .location), entity: 2),
            ])
    }

    func open() throws -> (TemporaryDirectory, SQLiteGraphStore) {
        let folder = try TemporaryDirectory()
        return (folder, try SQLiteGraphStore(path: folder.path("g.sqlite")))
    }

    @Test func reingestChangesNothing() async throws {
        let (_, store) = try open()
        #expect(try await store.save(Self.article(), graph: Self.graph(), source: nil, fetched: Self.day2) == .inserted)
        let before = try await store.counts()
        #expect(before == StoreCounts(articles: 1, sources: 0, entities: 3, relations: 2, mentions: 3, evidence: 2))
        #expect(try await store.isStored(Self.article(), source: nil))
        #expect(try await store.save(Self.article(), graph: Self.graph(), source: nil, fetched: Date()) == .unchanged)
        #expect(try await store.counts() == before)
        let weights = try await store.pool.read { db in try Int.fetchAll(db, sql: "SELECT weight FROM relations ORDER BY id") }
        #expect(weights == [1, 1])
    }

    static let longText = [String(repeating: "A long enough body to identify an article by its hash. ", count: 5)]

    @Test func sameContentUnderAnotherURLOrSameGuidIsTheSameArticle() async throws {
        let (_, store) = try open()
        #expect(try await store.save(Self.article(text: Self.longText), graph: .empty, source: nil, fetched: Self.day1) == .inserted)
        #expect(try await store.save(Self.article("https://news.example/a?utm=x", text: Self.longText), graph: .empty, source: nil, fetched: Self.day1) == .unchanged)
        // Short bodies ("Subscribe to read") are not evidence of identity.
        #expect(try await store.save(Self.article("https://news.example/p1", text: ["Subscribe to read."]), graph: .empty, source: nil, fetched: Self.day1) == .inserted)
        #expect(try await store.save(Self.article("https://news.example/p2", text: ["Subscribe to read."]), graph: .empty, source: nil, fetched: Self.day1) == .inserted)
        let feed = "https://news.example/feed.xml"
        #expect(try await store.save(Self.article("https://news.example/g1", text: ["One."], guid: "g-1"), graph: .empty, source: feed, fetched: Self.day1) == .inserted)
        #expect(try await store.save(Self.article("https://news.example/g1-moved", text: ["One, corrected."], guid: "g-1"), graph: .empty, source: feed, fetched: Self.day1) == .updated)
        #expect(try await store.counts().articles == 4)
        #expect(try await store.counts().sources == 1)
        let texts = try await store.recentArticles(ArticleQuery(source: "feed.xml")).map(\.text)
        #expect(texts == ["One, corrected."])
    }

    @Test func changedContentReplacesMentionsAndEvidence() async throws {
        let (_, store) = try open()
        _ = try await store.save(Self.article(), graph: Self.graph(), source: nil, fetched: Self.day1)
        _ = try await store.save(Self.article("https://other.example/b", text: ["Putin and Macron spoke."]),
                                 graph: Self.graph(sentence: "Putin and Macron spoke."), source: nil, fetched: Self.day1)
        var weights = try await store.pool.read { db in try Int.fetchAll(db, sql: "SELECT weight FROM relations ORDER BY id") }
        #expect(weights == [2, 2])

        // The first article changes: Putin is gone from it.
        let edited = Self.article(text: ["Macron spoke in Paris."])
        let graph = ArticleGraph(entities: [ResolvedEntity(name: "Emmanuel Macron", kind: .person, aliases: ["Macron": 1], mentions: 1)],
                                 mentions: [ResolvedMention(mention: Mention(start: 0, end: 6, text: "Macron", label: .person), entity: 0)])
        #expect(try await store.save(edited, graph: graph, source: nil, fetched: Self.day2) == .updated)
        let counts = try await store.counts()
        #expect(counts.articles == 2)
        #expect(counts.mentions == 3 + 1)
        #expect(counts.evidence == 2)
        weights = try await store.pool.read { db in try Int.fetchAll(db, sql: "SELECT weight FROM relations ORDER BY id") }
        #expect(weights == [1, 1])
        let putin = try store.pool.read { db in
            try Row.fetchOne(db, sql: "SELECT mention_count, article_count FROM entities WHERE key = 'person:vladimir putin'")
        }
        #expect(putin?["mention_count"] == 1)
        #expect(putin?["article_count"] == 1)
        let putinAlias = try await store.pool.read { db in try Int.fetchOne(db, sql: "SELECT count FROM aliases WHERE key = 'putin'") }
        #expect(putinAlias == 1)
    }

    @Test func entitiesMergeByFoldedNameAndAliasAcrossArticles() async throws {
        let (_, store) = try open()
        let first = ArticleGraph(entities: [
            ResolvedEntity(name: "Élysée Palace", kind: .location, aliases: ["Élysée": 2], mentions: 2),
            ResolvedEntity(name: "Élysée Palace", kind: .organization, aliases: ["Élysée": 1], mentions: 1),
        ])
        _ = try await store.save(Self.article(), graph: first, source: nil, fetched: Self.day1)
        let second = ArticleGraph(entities: [
            ResolvedEntity(name: "ELYSEE PALACE", kind: .location, aliases: ["Elysee": 1], mentions: 1),
            ResolvedEntity(name: "Élysée", kind: .location, aliases: ["Élysée": 1], mentions: 3),  // by alias
        ])
        _ = try await store.save(Self.article("https://x.example/2", text: ["Other text."], published: Self.day2),
                                 graph: second, source: nil, fetched: Self.day2)
        let rows = try store.pool.read { db in
            try Row.fetchAll(db, sql: "SELECT name, kind, mention_count, article_count, first_seen, last_seen FROM entities ORDER BY id")
        }
        #expect(rows.count == 2)
        #expect(rows[0]["name"] == "Élysée Palace")
        #expect(rows[0]["kind"] == "location")
        #expect(rows[0]["mention_count"] == 6)
        #expect(rows[0]["article_count"] == 2)
        #expect(rows[0]["first_seen"] == Self.day1)
        #expect(rows[0]["last_seen"] == Self.day2)
        let aliasCount = try await store.pool.read { db in
            try Int.fetchOne(db, sql: "SELECT count FROM aliases WHERE key = 'elysee' AND entity_id = 1")
        }
        #expect(aliasCount == 4)
    }

    /// A name that is an alias of several entities of its kind goes to the one it was seen for
    /// most often, and on a tie to the oldest.
    @Test func anAliasOfSeveralEntitiesGoesToItsMostFrequentThenOldest() async throws {
        let (_, store) = try open()
        let first = ArticleGraph(entities: [
            ResolvedEntity(name: "John Smith", kind: .person, aliases: ["Smith": 1], mentions: 1),
            ResolvedEntity(name: "Jane Smith", kind: .person, aliases: ["Smith": 2], mentions: 2),
            ResolvedEntity(name: "Ann Lee", kind: .person, aliases: ["Lee": 1], mentions: 1),
            ResolvedEntity(name: "Bob Lee", kind: .person, aliases: ["Lee": 1], mentions: 1),
            ResolvedEntity(name: "Lee Group", kind: .organization, aliases: ["Lee": 5], mentions: 5),
        ])
        _ = try await store.save(Self.article(), graph: first, source: nil, fetched: Self.day1)
        let second = ArticleGraph(entities: [
            ResolvedEntity(name: "Smith", kind: .person, aliases: ["Smith": 1], mentions: 1),
            ResolvedEntity(name: "Lee", kind: .person, aliases: ["Lee": 1], mentions: 1),
        ])
        _ = try await store.save(Self.article("https://x.example/2", text: ["Other text."], published: Self.day2),
                                 graph: second, source: nil, fetched: Self.day2)
        let counts = try await store.pool.read { db in
            try Row.fetchAll(db, sql: "SELECT name, mention_count FROM entities ORDER BY id").map { "\($0["name"] as String) \($0["mention_count"] as Int)" }
        }
        #expect(counts == ["John Smith 1", "Jane Smith 3", "Ann Lee 2", "Bob Lee 1", "Lee Group 5"])
    }

    @Test func undirectedRelationsAreStoredOnceAndDatesComeFromArticles() async throws {
        let (_, store) = try open()
        _ = try await store.save(Self.article(), graph: Self.graph(), source: nil, fetched: Self.day2)
        // Same pair, other order, later article without a published date: fetched time counts.
        let reversed = ArticleGraph(entities: [
            ResolvedEntity(name: "Vladimir Putin", kind: .person, mentions: 1),
            ResolvedEntity(name: "Emmanuel Macron", kind: .person, mentions: 1),
        ], relations: [
            ResolvedRelation(subject: 1, object: 0, type: "co_mention", directed: false, evidence: Evidence(sentence: "A.", start: 0, end: 2)),
            ResolvedRelation(subject: 1, object: 0, type: "co_mention", directed: false, evidence: Evidence(sentence: "B.", start: 3, end: 5)),
            ResolvedRelation(subject: 0, object: 0, type: "co_mention", directed: false, evidence: Evidence(sentence: "A.", start: 0, end: 2)),
        ])
        _ = try await store.save(Self.article("https://x.example/3", text: ["A. B."], published: nil), graph: reversed, source: nil, fetched: Self.day2)
        let row = try #require(try store.pool.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM relations WHERE type = 'co_mention'")
        })
        #expect((row["subject_id"] as Int64) < (row["object_id"] as Int64))
        #expect(row["weight"] == 3)
        #expect(row["article_count"] == 2)
        #expect(row["first_seen"] == Self.day1)
        #expect(row["last_seen"] == Self.day2)
        #expect(try await store.counts().relations == 2)
    }

    /// The store adds an article's rows up before writing them; the result must be what
    /// writing them one by one gave: the first row per evidence span, one article per
    /// relation, entities of one key counted together and taking the first ISO code.
    @Test func oneArticlesRowsAreAddedUpAsIfWrittenOneByOne() async throws {
        let (_, store) = try open()
        let first = ArticleGraph(entities: [
            ResolvedEntity(name: "France", kind: .country, aliases: ["France": 1], mentions: 1),
            ResolvedEntity(name: "Emmanuel Macron", kind: .person, aliases: ["Macron": 2], mentions: 2),
            ResolvedEntity(name: "FRANCE", kind: .country, isoCode: "FR", aliases: ["French": 2], mentions: 2),
            ResolvedEntity(name: "France", kind: .country, isoCode: "XX", mentions: 1),
        ], relations: [
            ResolvedRelation(subject: 1, object: 0, type: "president_of", directed: true, evidence: Evidence(sentence: "One.", start: 0, end: 4)),
            ResolvedRelation(subject: 1, object: 2, type: "president_of", directed: true, evidence: Evidence(sentence: "Again.", start: 0, end: 4)),
            ResolvedRelation(subject: 1, object: 3, type: "president_of", directed: true, evidence: Evidence(sentence: "Two.", start: 5, end: 9)),
            ResolvedRelation(subject: 1, object: 0, type: "president_of", directed: true, attribute: "",
                             evidence: Evidence(sentence: "Three.", start: 10, end: 16)),
        ])
        _ = try await store.save(Self.article(), graph: first, source: nil, fetched: Self.day1)
        let entities = try store.pool.read { db in
            try Row.fetchAll(db, sql: "SELECT name, iso_code, mention_count, article_count, first_seen, last_seen FROM entities ORDER BY id")
        }
        #expect(entities.count == 2)
        #expect(entities[0]["name"] == "France" && entities[0]["iso_code"] == "FR")
        #expect(entities[0]["mention_count"] == 4 && entities[0]["article_count"] == 1)
        #expect(entities[0]["first_seen"] == Self.day1 && entities[0]["last_seen"] == Self.day1)
        #expect(entities[1]["mention_count"] == 2 && entities[1]["iso_code"] == nil as String?)
        let evidence = try await store.pool.read { db in try String.fetchAll(db, sql: "SELECT sentence FROM evidence ORDER BY id") }
        #expect(evidence == ["One.", "Two.", "Three."])

        // An existing relation and entity: one more article each, weight by distinct spans.
        let second = ArticleGraph(entities: [
            ResolvedEntity(name: "Emmanuel Macron", kind: .person, mentions: 1),
            ResolvedEntity(name: "France", kind: .country, mentions: 1),
        ], relations: [
            ResolvedRelation(subject: 0, object: 1, type: "president_of", directed: true, evidence: Evidence(sentence: "Four.", start: 0, end: 5)),
            ResolvedRelation(subject: 0, object: 1, type: "president_of", directed: true, evidence: Evidence(sentence: "Four.", start: 0, end: 5)),
            ResolvedRelation(subject: 0, object: 1, type: "president_of", directed: true, evidence: Evidence(sentence: "Five.", start: 6, end: 11)),
        ])
        _ = try await store.save(Self.article("https://x.example/2", text: ["Four. Five."], published: Self.day2),
                                 graph: second, source: nil, fetched: Self.day2)
        let relation = try #require(try store.pool.read { db in try Row.fetchOne(db, sql: "SELECT * FROM relations") })
        #expect(relation["weight"] == 5)
        #expect(relation["article_count"] == 2)
        #expect(relation["attribute"] == nil as String?)
        #expect(relation["first_seen"] == Self.day1 && relation["last_seen"] == Self.day2)
        let france = try #require(try store.pool.read { db in try Row.fetchOne(db, sql: "SELECT * FROM entities WHERE id = 1") })
        #expect(france["mention_count"] == 5 && france["article_count"] == 2 && france["last_seen"] == Self.day2)
        #expect(try await store.counts() == StoreCounts(articles: 2, sources: 0, entities: 2, relations: 1, mentions: 0, evidence: 5))
    }

    /// A new relation is inserted with the weight its spans add up to; should one of its
    /// evidence rows be skipped (a row for that span already there), its counts are taken
    /// from the evidence actually stored instead.
    @Test func newRelationCountsFollowTheEvidenceActuallyStored() async throws {
        let (folder, store) = try open()
        // A stale row for relation 1 of article 1, as a writer without foreign keys could leave.
        var configuration = Configuration()
        configuration.foreignKeysEnabled = false
        let raw = try DatabaseQueue(path: folder.path("g.sqlite"), configuration: configuration)
        try await raw.write { db in
            try db.execute(sql: """
                INSERT INTO evidence (relation_id, article_id, sentence, start_offset, end_offset, published)
                VALUES (1, 1, 'Stale.', 0, 26, '2000-01-01 00:00:00.000')
                """)
        }
        try raw.close()
        _ = try await store.save(Self.article(), graph: Self.graph(), source: nil, fetched: Self.day1)
        let rows = try store.pool.read { db in
            try Row.fetchAll(db, sql: "SELECT id, weight, article_count, first_seen, last_seen FROM relations ORDER BY id")
        }
        #expect(rows.count == 2)
        #expect(rows[0]["weight"] == 1 && rows[0]["article_count"] == 1)
        #expect(rows[0]["first_seen"] == "2000-01-01 00:00:00.000" && rows[0]["last_seen"] == "2000-01-01 00:00:00.000")
        #expect(rows[1]["weight"] == 1 && rows[1]["first_seen"] == Self.day1)
        let sentences = try await store.pool.read { db in try String.fetchAll(db, sql: "SELECT sentence FROM evidence ORDER BY id") }
        #expect(sentences == ["Stale.", "Macron met Putin in Paris."])
    }

    @Test func homePageCanonicalDoesNotMergeASitesArticles() async throws {
        let (_, store) = try open()
        for path in ["a", "b"] {
            var article = Self.article("https://site.example/news/\(path)", text: ["Story \(path)."])
            article.canonicalURL = "https://site.example/"
            #expect(try await store.save(article, graph: .empty, source: nil, fetched: Self.day1) == .inserted)
        }
        var real = Self.article("https://site.example/news/c?ref=rss", text: ["Story c."])
        real.canonicalURL = "https://site.example/news/c"
        #expect(try await store.save(real, graph: .empty, source: nil, fetched: Self.day1) == .inserted)
        real.url = "https://site.example/news/c?ref=home"
        #expect(try await store.save(real, graph: .empty, source: nil, fetched: Self.day1) == .unchanged)
        #expect(try await store.counts().articles == 3)
    }

    @Test func failedSaveLeavesNothingBehind() async throws {
        let (folder, store) = try open()
        // A trigger makes the last step of the merge fail, after the article row was written.
        let other = try DatabaseQueue(path: folder.path("g.sqlite"))
        try await other.write { db in
            try db.execute(sql: "CREATE TRIGGER fail BEFORE INSERT ON evidence BEGIN SELECT RAISE(ABORT, 'injected failure'); END")
        }
        await #expect(throws: StoreError.self) {
            _ = try await store.save(Self.article(), graph: Self.graph(), source: "https://feed.example/rss", fetched: Self.day1)
        }
        #expect(try await store.counts() == StoreCounts())
    }

    @Test func sourceStateRoundTrips() async throws {
        let (_, store) = try open()
        #expect(try await store.sourceState(url: "https://f.example/rss") == nil)
        let state = SourceState(url: "https://f.example/rss", title: "F", etag: "\"v1\"", lastModified: "Tue, 01 Jan 2030 00:00:00 GMT",
                                lastFetched: Self.day1, lastStatus: 200)
        try await store.updateSource(state)
        #expect(try await store.sourceState(url: "https://f.example/rss") == state)
        try await store.updateSource(SourceState(url: "https://f.example/rss", etag: "\"v1\"", lastFetched: Self.day2, lastStatus: 304))
        let updated = try await store.sourceState(url: "https://f.example/rss")
        #expect(updated?.title == "F")
        #expect(updated?.lastStatus == 304)
    }

    @Test func recentArticlesFiltersAndOrders() async throws {
        let (_, store) = try open()
        for day in 0..<5 {
            let date = Self.day1.addingTimeInterval(Double(day) * 86_400)
            _ = try await store.save(Self.article("https://n.example/\(day)", text: ["Day \(day)."], published: date),
                                     graph: .empty, source: day % 2 == 0 ? "https://even.example/rss" : nil, fetched: date)
        }
        let all = try await store.recentArticles(ArticleQuery(limit: 10))
        #expect(all.map(\.url) == (0..<5).reversed().map { "https://n.example/\($0)" })
        let even = try await store.recentArticles(ArticleQuery(source: "even.example", limit: 10))
        #expect(even.map(\.url) == ["https://n.example/4", "https://n.example/2", "https://n.example/0"])
        #expect(even.first?.source == "https://even.example/rss")
        let window = try await store.recentArticles(ArticleQuery(since: Self.day1.addingTimeInterval(86_400),
                                                                 until: Self.day1.addingTimeInterval(3 * 86_400), limit: 10))
        #expect(window.map(\.url) == ["https://n.example/2", "https://n.example/1"])
        #expect(try await store.recentArticles(ArticleQuery(limit: 2)).count == 2)
    }

    @Test func twoStoresOnOneFileWriteConcurrently() async throws {
        let folder = try TemporaryDirectory()
        let path = folder.path("shared.sqlite")
        let a = try SQLiteGraphStore(path: path)
        let b = try SQLiteGraphStore(path: path)
        try await withThrowingTaskGroup(of: Void.self) { group in
            for (index, store) in [a, b].enumerated() {
                group.addTask {
                    for n in 0..<40 {
                        _ = try await store.save(Self.article("https://c.example/\(index)/\(n)", text: ["Text \(index) \(n)."]),
                                                 graph: Self.graph(), source: nil, fetched: Self.day1)
                    }
                }
            }
            try await group.waitForAll()
        }
        #expect(try await a.counts().articles == 80)
        let weight = try await a.pool.read { db in try Int.fetchOne(db, sql: "SELECT weight FROM relations WHERE type = 'co_mention'") }
        #expect(weight == 80)
    }
}
