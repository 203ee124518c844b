import Foundation

/// Turns feed entries into articles: from the entry's own content (with `--no-follow`, or
/// when its page failed), and by completing a followed page with what the entry knew.
public enum FeedEntryArticle {
    /// The entry as an article, from its content (HTML) or else its summary; nil when it has neither.
    public static func article(from entry: FeedEntry, feed: Feed, feedURL: String) -> Article? {
        var paragraphs = entry.content.map(htmlParagraphs) ?? []
        if paragraphs.isEmpty, let summary = entry.summary { paragraphs = plainParagraphs(summary) }
        guard !paragraphs.isEmpty else { return nil }
        let url = entry.link ?? entry.id.map { "\(feedURL)#\($0)" } ?? feedURL
        return Article(url: url, guid: entry.id, title: entry.title, byline: entry.author,
                       published: entry.published ?? entry.updated, language: feed.language, siteName: feed.title,
                       paragraphs: paragraphs)
    }

    /// A followed page, with the entry's guid, and its title, author and date where the page lacks them.
    public static func complete(_ page: Article, with entry: FeedEntry, feed: Feed) -> Article {
        var article = page
        article.guid = article.guid ?? entry.id
        article.title = article.title ?? entry.title
        article.byline = article.byline ?? entry.author
        article.published = article.published ?? entry.published ?? entry.updated
        article.language = article.language ?? feed.language
        article.siteName = article.siteName ?? feed.title
        return article
    }

    /// Paragraph texts of an HTML fragment: its block elements, else its whole text.
    static func htmlParagraphs(_ html: String) -> [String] {
        guard let document = try? XMLDocument(html: "<html><body>\(html)</body></html>") else { return plainParagraphs(html) }
        let blocks = document.nodes(matching: "//p | //li | //h1 | //h2 | //h3 | //blockquote[not(p)]")
            .map { collapse($0.text) }.filter { !$0.isEmpty }
        if !blocks.isEmpty { return blocks }
        return plainParagraphs(document.root?.text ?? "")
    }

    static func plainParagraphs(_ text: String) -> [String] {
        text.components(separatedBy: "\n\n").map(collapse).filter { !$0.isEmpty }
    }

    static func collapse(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
