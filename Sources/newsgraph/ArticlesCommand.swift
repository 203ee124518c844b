import ArgumentParser
import Foundation
import NewsGraph

/// `newsgraph articles`: the most recent stored articles.
struct ArticlesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "articles",
        abstract: "List the most recent articles in the graph.",
        discussion: """
            Articles are ordered by publication date (the fetch time when the page gave \
            none), newest first. --source keeps articles whose feed URL or title, site name \
            or URL contains the text. --since and --until take a date (2026-11-24), a time \
            (2026-11-24T10:00:00Z) or an age (90m, 24h, 7d, 2w).

            --format json prints an array of objects with id, url, canonical_url, guid, \
            title, byline, published, fetched, language, site_name, source and text \
            (dates in ISO 8601, UTC; missing values null).

            Examples:
              newsgraph articles --limit 5
              newsgraph articles --source bbc --since 7d
              newsgraph articles --since 2026-11-01 --until 2026-11-08 --format json | jq '.[].title'
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Option(name: .long, help: ArgumentHelp("Only articles whose source, site or URL contains this text.", valueName: "text"))
    var source: String?

    @Option(name: .long, help: ArgumentHelp("Only articles from this date or age on.", valueName: "date"))
    var since: DateArgument?

    @Option(name: .long, help: ArgumentHelp("Only articles before this date or age.", valueName: "date"))
    var until: DateArgument?

    @Option(name: .long, help: "How many articles at most.")
    var limit = 20

    @Option(name: .long, help: "Output format.")
    var format: OutputFormat = .table

    func validate() throws {
        if limit < 0 { throw ValidationError("--limit must not be negative") }
    }

    func run() async throws {
        let store = try database.openExisting()
        let articles = try await store.recentArticles(ArticleQuery(source: source, since: since?.date, until: until?.date, limit: limit))
        switch format {
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            encoder.dateEncodingStrategy = .iso8601
            print(String(decoding: try encoder.encode(articles.map(ArticleJSON.init)), as: UTF8.self))
        case .table:
            print(Self.table(articles))
        }
    }

    static func table(_ articles: [StoredArticle]) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate]
        var rows = [["ID", "DATE", "SOURCE", "TITLE"]]
        for article in articles {
            let site = article.siteName ?? URL(string: article.source ?? article.url)?.host ?? URL(fileURLWithPath: article.url).lastPathComponent
            rows.append([String(article.id), formatter.string(from: article.published ?? article.fetched), clip(site, 24),
                         clip(article.title ?? "(untitled)", 70)])
        }
        let widths = (0..<4).map { column in rows.map { $0[column].count }.max() ?? 0 }
        return rows.map { row in
            zip(row, widths).enumerated().map { index, cell in
                index == row.count - 1 ? cell.0 : cell.0.padding(toLength: cell.1, withPad: " ", startingAt: 0)
            }.joined(separator: "  ")
        }.joined(separator: "\n")
    }

    static func clip(_ text: String, _ width: Int) -> String {
        text.count <= width ? text : String(text.prefix(width - 1)) + "…"
    }
}

/// One article in `articles --format json`; every key present, null when unknown.
struct ArticleJSON: Encodable {
    var article: StoredArticle

    init(_ article: StoredArticle) { self.article = article }

    enum Keys: String, CodingKey {
        case id, url, canonical_url, guid, title, byline, published, fetched, language, site_name, source, text
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(article.id, forKey: .id)
        try container.encode(article.url, forKey: .url)
        try container.encode(article.canonicalURL, forKey: .canonical_url)
        try container.encode(article.guid, forKey: .guid)
        try container.encode(article.title, forKey: .title)
        try container.encode(article.byline, forKey: .byline)
        try container.encode(article.published, forKey: .published)
        try container.encode(article.fetched, forKey: .fetched)
        try container.encode(article.language, forKey: .language)
        try container.encode(article.siteName, forKey: .site_name)
        try container.encode(article.source, forKey: .source)
        try container.encode(article.text, forKey: .text)
    }
}
