/// What an ingest run did.
public struct IngestReport: Sendable, Hashable {
    public var inserted = 0
    public var updated = 0
    public var unchanged = 0
    /// Feeds that answered 304.
    public var notModified = 0
    public var feeds = 0
    /// Entries stored from the feed's own content because their page failed.
    public var fallbacks: [IngestFailure] = []
    public var failures: [IngestFailure] = []

    public init() {}

    /// Articles stored or confirmed.
    public var articles: Int { inserted + updated + unchanged }
    /// False when any input failed: the command then exits non-zero.
    public var succeeded: Bool { failures.isEmpty }

    mutating func record(_ event: IngestEvent) {
        switch event {
        case .discovered: break
        case .feed: feeds += 1
        case .notModified: notModified += 1
        case .article(_, _, let outcome):
            switch outcome {
            case .inserted: inserted += 1
            case .updated: updated += 1
            case .unchanged: unchanged += 1
            }
        case .fallback(let url, let reason): fallbacks.append(IngestFailure(input: url, reason: reason))
        case .failed(let failure): failures.append(failure)
        }
    }
}
