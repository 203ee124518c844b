import ArgumentParser
import Foundation
import NewsGraph

/// `newsgraph generate`: fills a database with a synthetic news archive, for benchmarks.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Fill a database with a deterministic synthetic news archive (for benchmarks and demos).",
        discussion: """
            Articles mention 3 to 8 entities drawn by a Zipf law (a few hubs, a long tail), \
            linked by co_mention and typed relations, stored through the same merge as ingest.

            Example:
              newsgraph generate --articles 100000 --db /tmp/bench.sqlite
              newsgraph neighbors "#1" --db /tmp/bench.sqlite
            """)

    @Option(help: "Number of articles.")
    var articles: Int = 1_000

    @Option(help: "Number of distinct entities (default: articles / 5).")
    var entities: Int?

    @Option(help: "Seed; the same seed gives the same archive.")
    var seed: UInt64 = 42

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        let news = SyntheticNews(articles: articles, entities: entities, seed: seed)
        let store = try SQLiteGraphStore(path: database.path)
        try news.fill(store) { done in
            if done % 10_000 == 0 { printError("generate: \(done) articles") }
        }
        print("generated \(news.articleCount) articles over \(news.entityCount) entities in \(database.path)")
    }
}
