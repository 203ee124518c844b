import Foundation

/// The work of one ``IngestPipeline/run(_:observer:)``.
struct Run: Sendable {
    let pipeline: IngestPipeline
    let tally: Tally
    /// Bounds fetch + read + analyse across inputs and feed entries together. A feed gives
    /// its slot back before its entries ask for theirs, so nesting cannot deadlock.
    let slots: AsyncLimiter
    /// Commits analysed articles several to a transaction.
    let batcher: SaveBatcher

    /// A document obtained and read, or nothing new (304).
    enum Obtained: Sendable {
        /// `validators`: the feed's new state, saved only once its entries are all stored.
        case document(ReadDocument, url: String, validators: SourceState? = nil)
        /// An OPML list fetched or piped in: its feeds become inputs of their own.
        case feedList([String])
        case notModified
    }

    func ingest(_ source: IngestSource) async {
        let name = source.name
        do {
            let obtained = try await slots.with { try await obtain(source) }
            switch obtained {
            case .notModified:
                await tally.emit(.notModified(url: name))
            case .feedList(let feeds):
                await tally.emit(.discovered(count: feeds.count))
                let sources = feeds.map { $0.hasPrefix("/") ? IngestSource.file($0) : IngestSource.remote($0) }
                await IngestPipeline.forEach(sources, width: pipeline.options.concurrency) { source in await ingest(source) }
            case .document(.page(let article), _, _):
                guard article.hasText else { throw IngestFailure(input: name, reason: "no article text found in the page") }
                try await store(article, source: nil, failureInput: name)
            case .document(.feed(let feed), _, let validators):
                await tally.emit(.feed(url: name, title: feed.title, entries: feed.entries.count))
                await tally.emit(.discovered(count: feed.entries.count))
                let failures = FailureCounter()
                await IngestPipeline.forEach(feed.entries, width: pipeline.options.concurrency) { entry in
                    if await !ingest(entry, of: feed, feedURL: name, failures: failures) { await failures.add() }
                }
                await batcher.flush()  // the entries are committed (or failed) before the validators
                // Saving the ETag earlier would let a run killed mid-feed, or one whose entries
                // failed, turn the next run into a 304 that never stores them. Without them the
                // next run refetches the feed, skips what is stored and retries the rest.
                if var state = validators {
                    if await failures.count > 0 { state.etag = nil; state.lastModified = nil }
                    try await pipeline.store.updateSource(state)
                }
            }
        } catch {
            await tally.emit(.failed(IngestFailure(input: name, reason: Self.reason(error, input: name))))
        }
    }

    /// Bytes from the source, read by the reader. For feeds fetched over HTTP, the stored
    /// validators make the request conditional.
    private func obtain(_ source: IngestSource) async throws -> Obtained {
        switch source {
        case .standardInput:
            let bytes = try pipeline.readStandardInput()
            if let feeds = OPMLReader.feeds(in: bytes, baseURL: URL(fileURLWithPath: FileManager.default.currentDirectoryPath + "/")) {
                return .feedList(feeds)
            }
            return .document(try pipeline.reader.read(bytes, url: "-", contentType: nil), url: "-")
        case .file(let path):
            let document = try pipeline.reader.read(try LocalFile.read(path), url: path, contentType: nil)
            var validators: SourceState?
            if case .feed(let feed) = document { validators = SourceState(url: path, title: feed.title, lastFetched: Date()) }
            return .document(document, url: path, validators: validators)
        case .remote(let url):
            let known = try await pipeline.store.sourceState(url: url)
            switch try await pipeline.fetcher.fetch(url, etag: known?.etag, lastModified: known?.lastModified) {
            case .notModified:
                try await pipeline.store.updateSource(SourceState(url: url, title: known?.title, etag: known?.etag,
                                                                  lastModified: known?.lastModified, lastFetched: Date(), lastStatus: 304))
                return .notModified
            case .fetched(let resource):
                if let feeds = OPMLReader.feeds(in: resource.body, baseURL: URL(string: resource.finalURL)) {
                    return .feedList(feeds.filter { !$0.hasPrefix("/") })  // a remote list may not name local files
                }
                let document = try pipeline.reader.read(resource.body, url: resource.finalURL, contentType: resource.contentType)
                // Validators are worth keeping for feeds only: pages are identified by content.
                var validators: SourceState?
                if case .feed(let feed) = document {
                    validators = SourceState(url: url, title: feed.title, etag: resource.etag, lastModified: resource.lastModified,
                                             lastFetched: Date(), lastStatus: resource.status)
                }
                return .document(document, url: resource.finalURL, validators: validators)
            }
        }
    }

    /// Stores one entry (its page, else its own content); false when it failed.
    /// `failures` counts the entries whose commit fails later, in their batch.
    private func ingest(_ entry: FeedEntry, of feed: Feed, feedURL: String, failures: FailureCounter) async -> Bool {
        let label = entry.link ?? entry.id ?? entry.title ?? feedURL
        do {
            if pipeline.options.follow, let link = entry.link.flatMap({ Self.followable($0, feedURL: feedURL) }) {
                let page: Article?
                var problem: String?
                do {
                    page = try await slots.with { try await followedPage(link) }
                } catch {
                    page = nil
                    problem = Self.reason(error, input: link)
                }
                if let page {
                    let article = FeedEntryArticle.complete(page, with: entry, feed: feed)
                    try await store(article, source: feedURL, failureInput: label, failures: failures)
                    return true
                }
                guard let fallback = FeedEntryArticle.article(from: entry, feed: feed, feedURL: feedURL) else {
                    throw IngestFailure(input: link, reason: "\(problem ?? "page unreadable"); the entry has no content or summary to fall back on")
                }
                await tally.emit(.fallback(url: link, reason: "\(problem ?? "page unreadable"); stored the feed entry's content"))
                try await store(fallback, source: feedURL, failureInput: label, failures: failures)
            } else {
                guard let article = FeedEntryArticle.article(from: entry, feed: feed, feedURL: feedURL) else {
                    throw IngestFailure(input: label, reason: "feed entry has no content or summary")
                }
                try await store(article, source: feedURL, failureInput: label, failures: failures)
            }
        } catch {
            await tally.emit(.failed(IngestFailure(input: label, reason: Self.reason(error, input: label))))
            return false
        }
        return true
    }

    /// Where an entry's link leads, when it may be followed: http(s) always; a local file
    /// (absolute, `file:` or relative) only when the feed itself is a local file, so a feed
    /// from the web can never make newsgraph read the user's files.
    static func followable(_ link: String, feedURL: String) -> String? {
        let lowered = link.lowercased()
        if lowered.hasPrefix("http://") || lowered.hasPrefix("https://") { return link }
        let feedIsFile = feedURL.hasPrefix("/")
        guard feedIsFile else { return nil }
        if lowered.hasPrefix("file:") { return URL(string: link)?.standardizedFileURL.path }
        if link.hasPrefix("/") { return URL(fileURLWithPath: link).standardizedFileURL.path }
        if link.contains("://") { return nil }
        let folder = URL(fileURLWithPath: feedURL).deletingLastPathComponent()
        return URL(fileURLWithPath: link, relativeTo: folder).standardizedFileURL.path
    }

    /// The entry's page (fetched, or read from a local file), or nil on a 304.
    private func followedPage(_ link: String) async throws -> Article? {
        let bytes: [UInt8], url: String, contentType: String?
        if link.hasPrefix("/") {
            (bytes, url, contentType) = (try LocalFile.read(link), link, nil)
        } else {
            guard case .fetched(let resource) = try await pipeline.fetcher.fetch(link) else { return nil }
            (bytes, url, contentType) = (resource.body, resource.finalURL, resource.contentType)
        }
        guard case .page(let article) = try pipeline.reader.read(bytes, url: url, contentType: contentType) else {
            throw IngestFailure(input: link, reason: "the entry's link is a feed, not a page")
        }
        guard article.hasText else { throw IngestFailure(input: link, reason: "no article text found in the page") }
        return article
    }

    /// Analyses `article` in a slot, unless it is stored already, and queues it for the next
    /// batch. Its event (or its failure, as `failureInput`'s, counted in `failures`) is
    /// reported when the batch is committed.
    private func store(_ article: Article, source: String?, failureInput: String, failures: FailureCounter? = nil) async throws {
        let graph: ArticleGraph? = try await slots.with {
            // Analysis is the expensive part; skip it for what we have.
            if try await pipeline.store.isStored(article, source: source) { return nil }
            return pipeline.analyzer.analyze(article)
        }
        guard let graph else {
            await tally.emit(.article(url: article.url, source: source, outcome: .unchanged))
            return
        }
        let tally = self.tally
        let url = article.url
        await batcher.submit(PendingArticle(article: article, graph: graph, source: source, fetched: Date())) { result in
            switch result {
            case .success(let outcome):
                await tally.emit(.article(url: url, source: source, outcome: outcome))
            case .failure(let error):
                await tally.emit(.failed(IngestFailure(input: failureInput, reason: Self.reason(error, input: failureInput))))
                await failures?.add()
            }
        }
    }

    /// A one-line reason without repeating the input the message is printed beside.
    static func reason(_ error: any Error, input: String) -> String {
        let text: String
        switch error {
        case let error as FetchError: text = error.description
        case let error as DocumentReadError: text = error.description
        case let error as IngestFailure: text = error.description
        case let error as StoreError: text = error.description
        default: text = "\(error)"
        }
        for prefix in ["\(input): "] where text.hasPrefix(prefix) { return String(text.dropFirst(prefix.count)) }
        return text
    }
}

/// Counts the failed entries of one feed.
actor FailureCounter {
    private(set) var count = 0
    func add() { count += 1 }
}
