import Foundation

/// Everything the ingest pipeline asks of a store. Kept narrow on purpose: a store shared
/// by many ingest workers (PostgreSQL) implements these calls and slots in unchanged.
///
/// Implementations must make ``save(_:graph:source:fetched:)`` atomic and idempotent:
/// an article is stored whole or not at all, and saving the same article twice changes
/// nothing. ``save(_:)`` may store several articles in one transaction, each still whole.
public protocol GraphStore: Sendable {
    /// The remembered state of a feed, or nil when it was never read.
    func sourceState(url: String) async throws -> SourceState?

    /// Records a feed's state after a fetch (validators, status, title).
    func updateSource(_ state: SourceState) async throws

    /// True when `article` is stored already with the same content and metadata, so the
    /// pipeline can skip analysing it.
    func isStored(_ article: Article, source: String?) async throws -> Bool

    /// Stores an article and merges its graph into the stored one, in one transaction.
    ///
    /// An article is the same as a stored one when its canonical URL (else URL), its guid
    /// (within the same source) or its content hash matches. The same content → `.unchanged`;
    /// changed content or metadata → `.updated`, with its mentions and evidence replaced.
    /// - Parameters:
    ///   - source: the URL of the feed it came from, if any.
    ///   - fetched: when it was read; the date of its evidence when it has no published date.
    func save(_ article: Article, graph: ArticleGraph, source: String?, fetched: Date) async throws -> SaveOutcome
    /// Stores several articles, in order, as if saved one after the other; one result per
    /// article, in the same order. One article's failure does not undo the others'.
    /// The default saves them one at a time.
    func save(_ batch: [PendingArticle]) async -> [Result<SaveOutcome, any Error>]

    /// Row counts for `stats`.
    func counts() async throws -> StoreCounts

    /// Recent articles, newest first.
    func recentArticles(_ query: ArticleQuery) async throws -> [StoredArticle]
}

extension GraphStore {
    public func save(_ batch: [PendingArticle]) async -> [Result<SaveOutcome, any Error>] {
        await saveOneByOne(batch)
    }

    /// Each article of `batch` through ``save(_:graph:source:fetched:)``, in order.
    func saveOneByOne(_ batch: [PendingArticle]) async -> [Result<SaveOutcome, any Error>] {
        var results: [Result<SaveOutcome, any Error>] = []
        for item in batch {
            do {
                results.append(.success(try await save(item.article, graph: item.graph, source: item.source, fetched: item.fetched)))
            } catch {
                results.append(.failure(error))
            }
        }
        return results
    }
}
