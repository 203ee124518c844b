import Foundation
import Testing
@testable import NewsGraph

/// The SQLite store, recording the batches the pipeline hands it.
final class BatchCountingStore: GraphStore, @unchecked Sendable {
    let inner: SQLiteGraphStore
    private let lock = NSLock()
    private var sizes: [Int] = []
    var batches: [Int] { lock.withLock { sizes } }

    init(_ inner: SQLiteGraphStore) { self.inner = inner }

    func save(_ batch: [PendingArticle]) async -> [Result<SaveOutcome, any Error>] {
        lock.withLock { sizes.append(batch.count) }
        return await inner.save(batch)
    }
    func sourceState(url: String) async throws -> SourceState? { try await inner.sourceState(url: url) }
    func updateSource(_ state: SourceState) async throws { try await inner.updateSource(state) }
    func isStored(_ article: Article, source: String?) async throws -> Bool { try await inner.isStored(article, source: source) }
    func save(_ article: Article, graph: ArticleGraph, source: String?, fetched: Date) async throws -> SaveOutcome {
        try await inner.save(article, graph: graph, source: source, fetched: fetched)
    }
    func counts() async throws -> StoreCounts { try await inner.counts() }
    func recentArticles(_ query: ArticleQuery) async throws -> [StoredArticle] { try await inner.recentArticles(query) }
}

@Suite struct IngestBatchingTests {
    static let names = ["Alice Adams", "Bob Brown", "Carol Clark", "Dave Dunn", "Erin Evans", "Frank Ford", "Gina Gray"]

    /// Seven pages, each naming two people, the later ones people seen before.
    func pages(in folder: TemporaryDirectory) throws -> String {
        let dir = folder.url.appendingPathComponent("pages")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        for (i, name) in Self.names.enumerated() {
            let other = Self.names[(i * 3 + 1) % Self.names.count]
            try IngestPipelineTests.page("Story \(i)", "\(name) met \(other) on day \(i).")
                .write(to: dir.appendingPathComponent("p\(i).html"), atomically: true, encoding: .utf8)
        }
        return dir.path
    }

    func ingest(_ input: String, into path: String, concurrency: Int) async throws -> (IngestReport, [Int], [String]) {
        let store = BatchCountingStore(try SQLiteGraphStore(path: path))
        let pipeline = IngestPipeline(store: store, reader: DocumentReader(), analyzer: CapitalisedWordsAnalyzer(),
                                      options: .init(concurrency: concurrency, batchSize: 3))
        let report = await pipeline.run([input])
        let entities = try await store.inner.pool.read { db in try String.fetchAll(db, sql: "SELECT id || ' ' || key FROM entities ORDER BY id") }
        return (report, store.batches, entities)
    }

    @Test func articlesAreCommittedInBatchesAndAllReported() async throws {
        let folder = try TemporaryDirectory()
        let input = try pages(in: folder)
        let (report, batches, entities) = try await ingest(input, into: folder.path("a.sqlite"), concurrency: 2)
        #expect(report.inserted == 7)
        #expect(report.failures.isEmpty)
        #expect(batches.reduce(0, +) == 7)
        #expect(batches.count < 7)
        #expect(entities.count == 14)  // every first and last name, once
    }

    @Test func oneWorkerStoresInInputOrderSoIdsRepeat() async throws {
        let folder = try TemporaryDirectory()
        let input = try pages(in: folder)
        let first = try await ingest(input, into: folder.path("a.sqlite"), concurrency: 1)
        let second = try await ingest(input, into: folder.path("b.sqlite"), concurrency: 1)
        #expect(first.1 == [3, 3, 1])
        #expect(first.2 == second.2)
        #expect(first.2.first == "1 person:adams")  // p0 first; its words in order
    }
}
