/// Progress of an ingest run, as the pipeline reports it to its observer.
public enum IngestEvent: Sendable, Hashable {
    /// More work was found (an input, or the entries of a feed); the total grows by `count`.
    case discovered(count: Int)
    /// A feed was read: its URL, title and number of entries.
    case feed(url: String, title: String?, entries: Int)
    /// A feed answered 304: nothing new since the last run.
    case notModified(url: String)
    /// An article was stored (or found unchanged).
    case article(url: String, source: String?, outcome: SaveOutcome)
    /// A feed entry's page could not be read; the entry's own content was stored instead.
    case fallback(url: String, reason: String)
    /// An input or entry failed; the run goes on.
    case failed(IngestFailure)
}

/// One input or entry that could not be ingested, and why.
public struct IngestFailure: Error, Sendable, Hashable, CustomStringConvertible {
    /// The URL or path that failed.
    public var input: String
    public var reason: String

    public init(input: String, reason: String) {
        self.input = input
        self.reason = reason
    }

    public var description: String { "\(input): \(reason)" }
}
