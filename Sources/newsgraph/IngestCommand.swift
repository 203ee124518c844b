import ArgumentParser
import Foundation
import NewsGraph

/// `newsgraph ingest`: read feeds and pages into the graph.
struct IngestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Read news feeds and pages into the graph.",
        discussion: """
            Each INPUT is an http(s) URL, a file, a directory (read recursively), an OPML \
            file listing feeds, or - for standard input. Whether it is a feed or a page is \
            decided from its content, not its name.

            Feed entries are followed to their article pages; when a page cannot be fetched \
            the entry's own content or summary is stored instead and the fallback reported. \
            With --no-follow the feed's content is stored without fetching any page.

            Running the same command again is cheap and safe: a feed that has not changed \
            answers 304 (its ETag and Last-Modified are remembered), an article already \
            stored is left alone, and a changed article is updated rather than duplicated. \
            Each article is written in its own transaction, so an interrupted run leaves a \
            consistent database and the next run completes the work. Several ingest \
            processes may write to one database at once.

            Every input that fails is reported with its URL and the reason, the run goes \
            on, and the exit status is 1 when anything failed.

            Corrections in ./newsgraph.aliases (or --aliases FILE; see `newsgraph alias \
            --help`) are applied before the run, so its articles follow them, and after it, \
            so names that first appeared in the run are merged as the file says.

            Examples:
              newsgraph ingest https://feeds.bbci.co.uk/news/world/rss.xml
              newsgraph ingest --no-follow feeds.opml
              newsgraph ingest --db news.sqlite saved-pages/ article.html
              newsgraph ingest --timeout 10 https://slow.example.org/feed.xml
              curl -s https://example.org/story | newsgraph ingest -
            """
    )

    @Argument(help: ArgumentHelp("URLs, files, directories, OPML files, or - for stdin.", valueName: "input"))
    var inputs: [String]

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var logging: LoggingOptions
    @OptionGroup var aliasFile: AliasFileOptions
    @OptionGroup var fetch: FetchOptions

    @Flag(name: .long, help: "Store feed entries from the feed's own content instead of fetching their pages.")
    var noFollow = false

    @Flag(name: .long, help: ArgumentHelp(
        "Keep people named by surname alone apart from the full name.",
        discussion: "By default, after ingesting, a one-word person (\"Trump\") joins the one full-name person it is the surname of (\"Donald Trump\") when an article has already joined the two and no other full name ends in that word. `newsgraph split` undoes a join."))
    var noJoinSurnames = false

    @Option(name: .long, help: "Documents fetched and analysed at once.")
    var concurrency = 4

    func validate() throws {
        if inputs.isEmpty { throw ValidationError("give at least one input (URL, file, directory, OPML or -)") }
        if concurrency < 1 || concurrency > 64 { throw ValidationError("--concurrency must be between 1 and 64") }
    }

    func run() async throws {
        let logger = logging.makeLogger()
        let aliases = try aliasFile.load()
        let store = try database.open()
        try await aliasFile.apply(aliases, to: store, logger: logger)
        let pipeline = IngestPipeline(store: store, reader: try IngestWiring.reader(), analyzer: try IngestWiring.analyzer(),
                                      fetcher: Fetcher(policy: fetch.policy), options: .init(follow: !noFollow, concurrency: concurrency))
        let progress = IngestProgress(logger: logger, quiet: logging.quiet)
        let report = await pipeline.run(inputs) { progress.handle($0) }
        progress.finish()
        try await aliasFile.apply(aliases, to: store, logger: logger)
        let joins = noJoinSurnames || report.inserted + report.updated == 0 ? [] : try await store.joinSurnames()
        for join in joins {
            logger.debug("joined \"\(join.source.name)\" (\(join.articles) article\(join.articles == 1 ? "" : "s")) to \"\(join.target.name)\" (#\(join.target.id))")
        }
        var summary = "\(report.articles) articles (\(report.inserted) new, \(report.updated) updated, \(report.unchanged) unchanged)"
        if !joins.isEmpty { summary += ", \(joins.count) surname\(joins.count == 1 ? "" : "s") joined to full names" }
        if report.feeds + report.notModified > 0 { summary += ", \(report.feeds) feeds read, \(report.notModified) not modified" }
        if !report.fallbacks.isEmpty { summary += ", \(report.fallbacks.count) from feed content" }
        summary += ", \(report.failures.count) failed in " + String(format: "%.2f s", progress.elapsed) + " → \(store.path)"
        if report.succeeded { logger.info("\(summary)") } else { logger.error("\(summary)") }
        if !report.succeeded { throw ExitCode(1) }
    }
}
