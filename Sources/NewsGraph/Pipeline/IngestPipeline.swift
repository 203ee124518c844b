import Foundation

/// Reads inputs (URLs, files, directories, OPML, stdin), turns them into articles and stores
/// them with their graphs.
///
/// The content decides what an input is: a feed's entries are followed to their pages
/// (unless ``Options/follow`` is off, when the entry's own content is stored); a page is
/// stored as it is. A feed's ETag and Last-Modified are remembered in the store, so an
/// unchanged feed costs one 304. Every failure is reported through the observer and in the
/// ``IngestReport``, and the run goes on.
///
/// Fetching, reading and analysis run ``Options/concurrency`` at a time; analysed articles
/// are committed up to ``Options/batchSize`` to a transaction, each one whole or not at all.
///
/// ```swift
/// let pipeline = IngestPipeline(store: try SQLiteGraphStore(), reader: DocumentReader(), analyzer: try GraphBuilder.standard())
/// let report = await pipeline.run(["https://example.org/feed.xml", "saved-pages/"])
/// print(report.inserted, report.failures)
/// ```
public struct IngestPipeline: Sendable {
    public struct Options: Sendable, Hashable {
        /// Follow feed entries to their pages.
        public var follow: Bool
        /// Documents fetched and analysed at once.
        public var concurrency: Int
        /// Most articles committed in one transaction (see ``GraphStore/save(_:)``); 1
        /// commits each article on its own.
        public var batchSize: Int

        public init(follow: Bool = true, concurrency: Int = 4, batchSize: Int = 32) {
            self.follow = follow
            self.concurrency = max(1, concurrency)
            self.batchSize = max(1, batchSize)
        }
    }

    public let store: any GraphStore
    public let reader: any DocumentReading
    public let analyzer: any ArticleAnalyzer
    public let fetcher: Fetcher
    public let options: Options
    /// Where standard input comes from (tests replace it).
    public var readStandardInput: @Sendable () throws -> [UInt8] = { try LocalFile.readStandardInput() }

    public init(store: any GraphStore, reader: any DocumentReading, analyzer: any ArticleAnalyzer,
                fetcher: Fetcher = Fetcher(), options: Options = Options()) {
        self.store = store
        self.reader = reader
        self.analyzer = analyzer
        self.fetcher = fetcher
        self.options = options
    }

    /// Ingests every input and reports what happened; `observer` sees each event as it happens.
    public func run(_ inputs: [String], observer: @escaping @Sendable (IngestEvent) -> Void = { _ in }) async -> IngestReport {
        let tally = Tally(observer: observer)
        let (sources, failures) = IngestSource.expand(inputs)
        await tally.emit(.discovered(count: sources.count + failures.count))
        for failure in failures { await tally.emit(.failed(failure)) }
        let batcher = SaveBatcher(store: store, batchSize: options.batchSize)
        let run = Run(pipeline: self, tally: tally, slots: AsyncLimiter(limit: options.concurrency), batcher: batcher)
        await Self.forEach(sources, width: options.concurrency) { source in await run.ingest(source) }
        await batcher.flush()
        return await tally.report
    }

    /// Runs `body` over `items`, at most `width` at a time.
    static func forEach<T: Sendable>(_ items: [T], width: Int, _ body: @escaping @Sendable (T) async -> Void) async {
        await withTaskGroup(of: Void.self) { group in
            var iterator = items.makeIterator()
            for _ in 0..<max(1, width) {
                guard let item = iterator.next() else { break }
                group.addTask { await body(item) }
            }
            while await group.next() != nil {
                if let item = iterator.next() { group.addTask { await body(item) } }
            }
        }
    }
}

/// Collects events into the report and forwards them to the observer, one at a time.
actor Tally {
    let observer: @Sendable (IngestEvent) -> Void
    private(set) var report = IngestReport()

    init(observer: @escaping @Sendable (IngestEvent) -> Void) { self.observer = observer }

    func emit(_ event: IngestEvent) {
        report.record(event)
        observer(event)
    }
}
