import Foundation
import Testing
@testable import NewsGraph

/// A store that records the batches it is given and stores nothing.
final class BatchRecordingStore: GraphStore, @unchecked Sendable {
    private let lock = NSLock()
    private var sizes: [Int] = []
    var batches: [Int] { lock.withLock { sizes } }

    func save(_ batch: [PendingArticle]) async -> [Result<SaveOutcome, any Error>] {
        lock.withLock { sizes.append(batch.count) }
        // GRDB's async writes fail in a cancelled task; so does this store.
        if Task.isCancelled { return batch.map { _ in .failure(CancellationError()) } }
        return batch.map { $0.article.url.contains("fail") ? .failure(IngestFailure(input: $0.article.url, reason: "refused")) : .success(.inserted) }
    }
    func sourceState(url: String) async throws -> SourceState? { nil }
    func updateSource(_ state: SourceState) async throws {}
    func isStored(_ article: Article, source: String?) async throws -> Bool { false }
    func save(_ article: Article, graph: ArticleGraph, source: String?, fetched: Date) async throws -> SaveOutcome { .inserted }
    func counts() async throws -> StoreCounts { StoreCounts(articles: 0, sources: 0, entities: 0, relations: 0, mentions: 0, evidence: 0) }
    func recentArticles(_ query: ArticleQuery) async throws -> [StoredArticle] { [] }
}

@Suite struct SaveBatcherTests {
    static func item(_ n: Int) -> PendingArticle {
        PendingArticle(article: Article(url: "https://x.example/\(n)", paragraphs: ["Text \(n)."]), graph: .empty, source: nil, fetched: Date())
    }

    @Test func aFullBatchGoesWhileTheSlotsWorkAndTheRestWhenTheyAreFree() async throws {
        let store = BatchRecordingStore()
        let slots = AsyncLimiter(limit: 1)
        let batcher = SaveBatcher(store: store, slots: slots, batchSize: 3, maximumWait: .seconds(600))
        await slots.onIdle { Task { await batcher.slotsFreed() } }
        await slots.acquire()  // an article is being analysed: a partial batch waits for it
        let first = (0..<2).map { n in Task { try await batcher.save(Self.item(n)) } }
        try await Task.sleep(for: .milliseconds(50))
        #expect(store.batches == [])
        let third = Task { try await batcher.save(Self.item(2)) }
        for save in first + [third] { #expect(try await save.value == .inserted) }
        #expect(store.batches == [3])
        let last = Task { try await batcher.save(Self.item(3)) }
        try await Task.sleep(for: .milliseconds(50))
        #expect(store.batches == [3])
        await slots.release()  // nothing more is coming: the last one goes
        #expect(try await last.value == .inserted)
        #expect(store.batches == [3, 1])
    }

    @Test func aBusySlotDoesNotHoldAnArticleBackLongerThanTheMaximumWait() async throws {
        let store = BatchRecordingStore()
        let slots = AsyncLimiter(limit: 1)
        let batcher = SaveBatcher(store: store, slots: slots, batchSize: 100, maximumWait: .milliseconds(20))
        await slots.acquire()  // a slow download that never ends during this test
        #expect(try await batcher.save(Self.item(1)) == .inserted)
        #expect(store.batches == [1])
        await slots.release()
    }

    @Test func eachCallerGetsItsOwnOutcome() async throws {
        let store = BatchRecordingStore()
        let slots = AsyncLimiter(limit: 1)
        let batcher = SaveBatcher(store: store, slots: slots, batchSize: 2, maximumWait: .seconds(600))
        let ok = Task { try await batcher.save(Self.item(1)) }
        let refused = Task {
            try await batcher.save(PendingArticle(article: Article(url: "https://x.example/fail", paragraphs: ["T."]),
                                                  graph: .empty, source: nil, fetched: Date()))
        }
        #expect(try await ok.value == .inserted)
        await #expect(throws: IngestFailure.self) { try await refused.value }
        #expect(store.batches == [2])
    }
}
