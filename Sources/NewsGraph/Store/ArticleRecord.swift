import Foundation
import GRDB

/// The column values of an article about to be stored.
struct ArticleRecord: Sendable {
    var url: String
    var canonicalURL: String?
    var guid: String?
    var title: String?
    var byline: String?
    var published: Date?
    var fetched: Date
    var language: String?
    var siteName: String?
    var text: String
    var contentHash: String

    init(_ article: Article, fetched: Date) {
        url = article.url
        canonicalURL = Self.usableCanonical(article.canonicalURL, url: article.url)
        guid = article.guid.flatMap { $0.isEmpty ? nil : $0 }
        title = article.title
        byline = article.byline
        published = article.published
        self.fetched = fetched
        language = article.language
        siteName = article.siteName
        text = article.text
        contentHash = SHA256.hex((article.title ?? "") + "\u{1F}" + text)
    }

    /// Many sites declare their home page as every page's canonical URL; such a canonical
    /// would merge all their articles into one, so it is dropped.
    static func usableCanonical(_ canonical: String?, url: String) -> String? {
        guard let canonical, !canonical.isEmpty else { return nil }
        let canonicalPath = URLComponents(string: canonical)?.path ?? ""
        let pagePath = URLComponents(string: url)?.path ?? url
        if (canonicalPath.isEmpty || canonicalPath == "/") && !(pagePath.isEmpty || pagePath == "/") { return nil }
        return canonical
    }

    /// Bodies shorter than this say little about identity ("Subscribe to read", empty
    /// extractions), so they never match another article by content hash.
    static let minimumTextForHashMatch = 200

    /// Whether the text has at least ``minimumTextForHashMatch`` scalars, without counting
    /// all of a long article's.
    var identifiableByHash: Bool {
        !text.unicodeScalars.dropFirst(Self.minimumTextForHashMatch - 1).isEmpty
    }

    /// The value of the `articles_identity` index.
    var identity: String { canonicalURL ?? url }
    /// The date the article's evidence carries.
    var date: Date { published ?? fetched }
}

/// The stored columns an incoming article is compared against.
struct ExistingArticle {
    var id: Int64
    var row: Row

    /// Same content and same metadata: saving would change nothing.
    func isSame(as record: ArticleRecord) -> Bool {
        // Compare database values, not Dates: the file keeps milliseconds only.
        row["content_hash"] == record.contentHash
            && (row["title"] as String?) == record.title
            && (row["byline"] as String?) == record.byline
            && (row["published"] as DatabaseValue) == record.published.databaseValue
            && (row["language"] as String?) == record.language
            && (row["site_name"] as String?) == record.siteName
    }
}
