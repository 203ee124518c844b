import Foundation
import Synchronization

/// The records ``SQLiteGraphStore/isStored(_:source:)`` built, kept for the save that follows.
///
/// The ingest pipeline asks whether an article is stored just before it analyses and saves
/// the very same article, and building its ``ArticleRecord`` hashes the whole text
/// (SHA-256: 2 % of ingest's instructions when done twice). A record is reused only for an
/// equal article (comparing arrays that share storage is a pointer check), with the save's
/// fetch time; anything else builds a new one, so reuse never changes what is stored.
final class ArticleRecordMemo: Sendable {
    /// Articles checked but never saved (already stored, or failed in analysis) must not pile
    /// up: past this many the memo starts over.
    static let capacity = 256

    private let entries = Mutex<[String: (article: Article, record: ArticleRecord)]>([:])

    /// The record of `article`, built once and remembered for ``take(_:fetched:)``.
    func record(for article: Article, fetched: Date) -> ArticleRecord {
        let record = ArticleRecord(article, fetched: fetched)
        entries.withLock { entries in
            if entries.count >= Self.capacity { entries.removeAll(keepingCapacity: true) }
            entries[article.url] = (article, record)
        }
        return record
    }

    /// Forgets `article` (it was stored already, so no save follows).
    func forget(_ article: Article) {
        _ = entries.withLock { $0.removeValue(forKey: article.url) }
    }

    /// The remembered record of an equal article, with `fetched` as its fetch time, or a new one.
    func take(_ article: Article, fetched: Date) -> ArticleRecord {
        let kept = entries.withLock { $0.removeValue(forKey: article.url) }
        guard let kept, kept.article == article else { return ArticleRecord(article, fetched: fetched) }
        var record = kept.record
        record.fetched = fetched
        return record
    }

    /// How many records are kept (for tests).
    var count: Int { entries.withLock { $0.count } }
}
