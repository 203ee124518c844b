import Foundation
import NewsGraph

/// Renders a parsed feed for `newsgraph extract`, as JSON or as text for a human.
enum FeedPrinter {
    /// The JSON form: title, link, language, entries (id, title, link, published, updated,
    /// author, summary, content, categories), with dates as ISO 8601 UTC.
    static func json(_ output: FeedParser.Output) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(FeedJSON(output))
        return String(decoding: data, as: UTF8.self)
    }

    /// A readable summary: the feed's header, then each entry.
    static func text(_ output: FeedParser.Output) -> String {
        let feed = output.feed
        var lines: [String] = []
        lines.append("Feed: \(feed.title ?? "(untitled)")  [\(feed.format.rawValue), \(feed.entries.count) entries]")
        if let link = feed.link { lines.append("Link: \(link)") }
        if let language = feed.language { lines.append("Language: \(language)") }
        lines.append("Encoding: \(output.encoding) (decided by \(output.encodingRule.rawValue))"
            + (output.encodingDeclarationWasWrong ? "; the declared encoding was wrong" : ""))
        if feed.recovered { lines.append("Recovered: \(feed.recoveryReason ?? "not well-formed")") }
        for (index, entry) in feed.entries.enumerated() {
            lines.append("")
            lines.append("\(index + 1). \(entry.title ?? "(untitled)")")
            if let link = entry.link { lines.append("   \(link)") }
            var facts: [String] = []
            if let published = entry.published { facts.append("published \(iso(published))") }
            if let updated = entry.updated, updated != entry.published { facts.append("updated \(iso(updated))") }
            if let author = entry.author { facts.append("by \(author)") }
            if !entry.categories.isEmpty { facts.append("categories: \(entry.categories.joined(separator: ", "))") }
            if !facts.isEmpty { lines.append("   " + facts.joined(separator: " · ")) }
            if let summary = entry.summary { lines.append("   " + shorten(summary, to: 200)) }
            if let content = entry.content { lines.append("   [content: \(content.count) characters of HTML]") }
        }
        return lines.joined(separator: "\n")
    }

    static func iso(_ date: Date) -> String { date.formatted(.iso8601) }

    private static func shorten(_ text: String, to limit: Int) -> String {
        text.count <= limit ? text : String(text.prefix(limit)) + "…"
    }
}

/// The JSON shape of a feed; optional fields are written as null, never left out.
private struct FeedJSON: Encodable {
    let output: FeedParser.Output
    init(_ output: FeedParser.Output) { self.output = output }

    enum Keys: String, CodingKey {
        case kind, format, title, link, language, entries, recovered, recoveryReason = "recovery_reason", encoding, bozo
    }

    func encode(to encoder: any Encoder) throws {
        let feed = output.feed
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode("feed", forKey: .kind)
        try c.encode(feed.format.rawValue, forKey: .format)
        try c.encode(feed.title, forKey: .title)
        try c.encode(feed.link, forKey: .link)
        try c.encode(feed.language, forKey: .language)
        try c.encode(feed.recovered, forKey: .recovered)
        try c.encode(feed.recoveryReason, forKey: .recoveryReason)
        try c.encode(output.encoding, forKey: .encoding)
        try c.encode(output.bozo, forKey: .bozo)
        try c.encode(feed.entries.map(EntryJSON.init), forKey: .entries)
    }
}

private struct EntryJSON: Encodable {
    let entry: FeedEntry

    enum Keys: String, CodingKey { case id, title, link, published, updated, author, summary, content, categories }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(entry.id, forKey: .id)
        try c.encode(entry.title, forKey: .title)
        try c.encode(entry.link, forKey: .link)
        try c.encode(entry.published.map(FeedPrinter.iso), forKey: .published)
        try c.encode(entry.updated.map(FeedPrinter.iso), forKey: .updated)
        try c.encode(entry.author, forKey: .author)
        try c.encode(entry.summary, forKey: .summary)
        try c.encode(entry.content, forKey: .content)
        try c.encode(entry.categories, forKey: .categories)
    }
}
