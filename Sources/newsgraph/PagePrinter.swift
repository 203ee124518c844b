import NewsGraph

/// Renders an extracted ``Article`` for `newsgraph extract`: JSON with fixed keys, or text
/// for a person to read.
enum PagePrinter {
    /// One JSON object with the keys url, canonical_url, title, byline, published (ISO 8601
    /// UTC), language, site_name, text and paragraphs, in that order; absent values are null.
    static func json(_ article: Article, indent: String = "") -> String {
        let inner = indent + "  "
        let fields: [(String, String)] = [
            ("url", JSONText.string(article.url)),
            ("canonical_url", JSONText.optional(article.canonicalURL)),
            ("title", JSONText.optional(article.title)),
            ("byline", JSONText.optional(article.byline)),
            ("published", JSONText.optional(article.published.map(ISODate.format))),
            ("language", JSONText.optional(article.language)),
            ("site_name", JSONText.optional(article.siteName)),
            ("text", JSONText.string(article.text)),
            ("paragraphs", JSONText.array(article.paragraphs, indent: inner)),
        ]
        let body = fields.map { "\(inner)\(JSONText.string($0.0)): \($0.1)" }.joined(separator: ",\n")
        return "{\n\(body)\n\(indent)}"
    }

    /// The title underlined, one line per known metadata field, then the paragraphs.
    static func text(_ article: Article) -> String {
        var lines: [String] = []
        let title = article.title ?? "(untitled)"
        lines.append(title)
        lines.append(String(repeating: "=", count: min(title.count, 78)))
        let metadata: [(String, String?)] = [
            ("URL", article.url),
            ("Canonical", article.canonicalURL),
            ("Byline", article.byline),
            ("Published", article.published.map(ISODate.format)),
            ("Language", article.language),
            ("Site", article.siteName),
        ]
        for case let (label, value?) in metadata {
            lines.append(label.padding(toLength: 11, withPad: " ", startingAt: 0) + value)
        }
        let words = article.text.split(whereSeparator: { $0.isWhitespace }).count
        lines.append("Body".padding(toLength: 11, withPad: " ", startingAt: 0)
            + "\(article.paragraphs.count) paragraphs, \(words) words")
        lines.append("")
        lines.append(article.text)
        return lines.joined(separator: "\n")
    }
}
