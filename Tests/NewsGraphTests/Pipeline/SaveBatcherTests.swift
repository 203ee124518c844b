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

/// The outcomes the completions received, by article URL, in the order they came.
final class Outcomes: @unchecked Sendable {
    private let lock = NSLock()
    private var list: [(url: String, outcome: String)] = []
    var all: [(url: String, outcome: String)] { lock.withLock { list } }

    func completion(_ url: String) -> SaveBatcher.Completion {
        { result in
            let text = switch result {
            case .success(let outcome): outcome.rawValue
            case .failure(let error): "failed: \(error)"
            }
            self.lock.withLock { self.list.append((url, text)) }
        }
    }

    func wait(for count: Int) async throws {
        for _ in 0..<400 where all.count < count { try await Task.sleep(for: .milliseconds(5)) }
    }
}

@Suite struct SaveBatcherTests {
    static func item(_ name: String) -> PendingArticle {
        PendingArticle(article: Article(url: "https://x.example/\(name)", paragraphs: ["Text \(name)."]), graph: .empty, source: nil, fetched: Date())
    }

    @Test func aFullBatchIsWrittenAtOnceAndFlushWritesTheRest() async throws {
        let store = BatchRecordingStore()
        let outcomes = Outcomes()
        let batcher = SaveBatcher(store: store, batchSize: 3, maximumWait: .seconds(600))
        for name in ["a", "b"] { await batcher.submit(Self.item(name), then: outcomes.completion(name)) }
        try await Task.sleep(for: .milliseconds(50))
        #expect(store.batches == [])  // submit returned without writing
        await batcher.submit(Self.item("c"), then: outcomes.completion("c"))
        try await outcomes.wait(for: 3)
        #expect(store.batches == [3])
        await batcher.submit(Self.item("d"), then: outcomes.completion("d"))
        try await Task.sleep(for: .milliseconds(50))
        #expect(store.batches == [3])
        await batcher.flush()
        #expect(store.batches == [3, 1])
        #expect(outcomes.all.map(\.url) == ["a", "b", "c", "d"])
        #expect(outcomes.all.allSatisfy { $0.outcome == "inserted" })
    }

    @Test func anArticleWaitsNoLongerThanTheMaximumWait() async throws {
        let store = BatchRecordingStore()
        let outcomes = Outcomes()
        let batcher = SaveBatcher(store: store, batchSize: 100, maximumWait: .milliseconds(20))
        await batcher.submit(Self.item("slow-feed-entry"), then: outcomes.completion("slow-feed-entry"))
        try await outcomes.wait(for: 1)
        #expect(store.batches == [1])
        // Written from the timer's task, which the batch cancels: the write must not be.
        #expect(outcomes.all.map(\.outcome) == ["inserted"])
    }

    @Test func eachCompletionGetsItsOwnOutcome() async throws {
        let store = BatchRecordingStore()
        let outcomes = Outcomes()
        let batcher = SaveBatcher(store: store, batchSize: 10, maximumWait: .seconds(600))
        await batcher.submit(Self.item("ok"), then: outcomes.completion("ok"))
        await batcher.submit(Self.item("fail"), then: outcomes.completion("fail"))
        await batcher.flush()
        #expect(store.batches == [2])
        #expect(outcomes.all.map(\.url) == ["ok", "fail"])
        #expect(outcomes.all[0].outcome == "inserted")
        #expect(outcomes.all[1].outcome.hasPrefix("failed: ") && outcomes.all[1].outcome.contains("refused"))
    }

    @Test func flushWithNothingQueuedReturns() async {
        let store = BatchRecordingStore()
        await SaveBatcher(store: store, batchSize: 4).flush()
        #expect(store.batches == [])
    }
}
