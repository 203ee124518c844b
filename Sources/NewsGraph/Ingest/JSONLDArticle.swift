import Foundation

/// The article a page describes in its schema.org JSON-LD (`NewsArticle`, `Article`,
/// `BlogPosting`, ..., at the top level, in an array or in an `@graph`).
struct JSONLDArticle: Sendable, Equatable {
    var headline: String?
    var authors: [String] = []
    var datePublished: String?
    var publisher: String?
    var articleBody: String?
    var language: String?
    var url: String?

    /// `@type`s taken for an article, checked before anything else that merely ends in
    /// "Article" or "Posting".
    static let articleTypes: Set<String> = [
        "newsarticle", "article", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
        "reviewnewsarticle", "backgroundnewsarticle", "blogposting", "liveblogposting", "socialmediaposting",
        "techarticle", "scholarlyarticle", "report",
    ]

    /// The first article among the page's JSON-LD blocks; `nil` when none parses or none
    /// describes an article. `WebPage` objects fill in the publisher when nothing else does.
    init?(scripts: [String]) {
        var objects: [[String: Any]] = []
        for script in scripts {
            guard let value = Self.parse(script) else { continue }
            Self.collect(value, into: &objects)
        }
        guard let article = objects.first(where: { Self.isArticle($0) }) else { return nil }
        headline = Self.string(article["headline"]) ?? Self.string(article["name"])
        authors = Self.names(article["author"]) + Self.names(article["creator"])
        datePublished = Self.string(article["datePublished"]) ?? Self.string(article["dateCreated"])
        publisher = Self.names(article["publisher"]).first
            ?? objects.lazy.compactMap { Self.types(of: $0).contains("website") ? Self.string($0["name"]) : nil }.first
        articleBody = article["articleBody"] as? String
        language = Self.string(article["inLanguage"])
        url = Self.string(article["url"]) ?? Self.idOf(article["mainEntityOfPage"])
    }

    private static func parse(_ script: String) -> Any? {
        var text = script.trimmingWhitespaceAndNewlines
        if text.hasPrefix("<!--") { text = String(text.dropFirst(4)) }
        if text.hasSuffix("-->") { text = String(text.dropLast(3)) }
        if text.hasPrefix("//<![CDATA[") { text = String(text.dropFirst(11)) }
        if text.hasSuffix("//]]>") { text = String(text.dropLast(5)) }
        // Raw line breaks inside strings are common and make strict JSON fail.
        var data = Data(text.utf8)
        data.withUnsafeMutableBytes { bytes in
            for index in bytes.indices where bytes[index] < 0x20 { bytes[index] = 0x20 }
        }
        return try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
    }

    private static func collect(_ value: Any, into objects: inout [[String: Any]]) {
        if let array = value as? [Any] {
            for element in array { collect(element, into: &objects) }
        } else if let object = value as? [String: Any] {
            objects.append(object)
            if let graph = object["@graph"] { collect(graph, into: &objects) }
        }
    }

    private static func types(of object: [String: Any]) -> [String] {
        if let type = object["@type"] as? String { return [type.lowercased()] }
        if let types = object["@type"] as? [Any] { return types.compactMap { ($0 as? String)?.lowercased() } }
        return []
    }

    private static func isArticle(_ object: [String: Any]) -> Bool {
        types(of: object).contains { articleTypes.contains($0) || $0.hasSuffix("article") }
    }

    private static func string(_ value: Any?) -> String? {
        var result: String?
        if let text = value as? String {
            result = text
        } else if let array = value as? [Any] {
            result = array.lazy.compactMap { $0 as? String }.first
        } else if let object = value as? [String: Any] {
            result = object["@value"] as? String ?? object["name"] as? String
        }
        guard let cleaned = result.map(TextNormalizer.clean), !cleaned.isEmpty else { return nil }
        return cleaned
    }

    private static func names(_ value: Any?) -> [String] {
        if let text = value as? String {
            let cleaned = TextNormalizer.clean(text)
            return cleaned.isEmpty || cleaned.contains("://") ? [] : [cleaned]
        }
        if let array = value as? [Any] { return array.flatMap { names($0) } }
        if let object = value as? [String: Any] { return names(object["name"]) }
        return []
    }

    private static func idOf(_ value: Any?) -> String? {
        if let text = value as? String { return text }
        if let object = value as? [String: Any] { return object["@id"] as? String ?? object["url"] as? String }
        return nil
    }
}
