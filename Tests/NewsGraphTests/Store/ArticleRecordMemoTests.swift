import Foundation
import Testing
@testable import NewsGraph

@Suite struct ArticleRecordMemoTests {
    static let checked = Date(timeIntervalSince1970: 1_700_000_000)
    static let saved = Date(timeIntervalSince1970: 1_700_000_060)

    static func article(_ text: String = "Macron met Putin.", url: String = "https://n.example/a") -> Article {
        Article(url: url, title: "Talks", paragraphs: [text, "Second paragraph."])
    }

    @Test func theSaveReusesTheCheckedRecordWithItsOwnFetchTime() {
        let memo = ArticleRecordMemo()
        let article = Self.article()
        let checked = memo.record(for: article, fetched: Self.checked)
        #expect(memo.count == 1)
        let taken = memo.take(article, fetched: Self.saved)
        #expect(taken.contentHash == checked.contentHash)
        #expect(taken.fetched == Self.saved)
        #expect(memo.count == 0)
        // What a record built from scratch holds.
        let fresh = ArticleRecord(article, fetched: Self.saved)
        #expect(taken.contentHash == fresh.contentHash && taken.url == fresh.url && taken.text == fresh.text)
    }

    @Test func aChangedArticleUnderTheSameURLGetsANewRecord() {
        let memo = ArticleRecordMemo()
        let checked = memo.record(for: Self.article("Old text."), fetched: Self.checked)
        let changed = Self.article("New text.")
        let taken = memo.take(changed, fetched: Self.saved)
        #expect(taken.contentHash != checked.contentHash)
        #expect(taken.contentHash == ArticleRecord(changed, fetched: Self.saved).contentHash)
        #expect(memo.count == 0)
    }

    @Test func checkedButUnsavedArticlesDoNotPileUp() {
        let memo = ArticleRecordMemo()
        let stored = Self.article()
        _ = memo.record(for: stored, fetched: Self.checked)
        memo.forget(stored)
        #expect(memo.count == 0)
        for index in 0..<(ArticleRecordMemo.capacity * 2 + 5) {
            _ = memo.record(for: Self.article(url: "https://n.example/\(index)"), fetched: Self.checked)
        }
        #expect(memo.count <= ArticleRecordMemo.capacity)
    }

    @Test func theStoreChecksThenSavesWithOneRecord() async throws {
        let folder = try TemporaryDirectory()
        let store = try SQLiteGraphStore(path: folder.path("g.sqlite"))
        let article = Self.article()
        #expect(try await store.isStored(article, source: nil) == false)
        #expect(store.records.count == 1)
        _ = await store.save([PendingArticle(article: article, graph: ArticleGraph(entities: [], relations: [], mentions: []),
                                                 source: nil, fetched: Self.saved)])
        #expect(store.records.count == 0)
        #expect(try await store.isStored(article, source: nil) == true)
        #expect(store.records.count == 0)
    }
}
