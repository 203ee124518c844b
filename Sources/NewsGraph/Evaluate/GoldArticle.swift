import Foundation

/// One article of the graph gold set (eval/gold/*.json): the text, the mentions a perfect
/// tagger would return, and the entities and edges a careful reader draws.
///
/// ```json
/// {"id": "01-ambassador-attack", "published": "2024-03-23", "paragraphs": ["Russian Ambassador …"],
///  "mentions": [{"text": "Anatoly Antonov", "label": "PER"}],
///  "noise": [{"text": "Meanwhile", "label": "MISC"}],
///  "entities": [{"name": "Anatoly Antonov", "kind": "person"}, {"name": "North Atlantic Treaty Organization", "kind": "organization", "also": ["NATO"]}],
///  "edges": [["Anatoly Antonov", "ambassador_of", "Russia"]]}
/// ```
/// `mentions` mark every whole-word occurrence of each text; `noise` lists typical tagger false
/// positives that the resolver must reject (added in gold-mention mode); `also` lists other
/// names accepted for an entity. Edges never include co_mention.
public struct GoldArticle: Sendable, Codable {
    public struct Entity: Sendable, Codable, Hashable {
        public var name: String
        public var kind: EntityKind
        public var also: [String]?
    }

    public var id: String
    public var published: String?
    public var paragraphs: [String]
    public var mentions: [GoldMentions.Mark]
    public var noise: [GoldMentions.Mark]?
    public var entities: [Entity]
    public var edges: [[String]]

    public var text: String { paragraphs.joined(separator: "\n\n") }

    /// The publication day as a date (UTC midnight), when given.
    public var publishedDate: Date? {
        guard let published else { return nil }
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate]
        return formatter.date(from: published)
    }

    /// Loads every `*.json` file of a folder, sorted by name.
    public static func load(folder: URL) throws(GoldSetError) -> [GoldArticle] {
        let files: [URL]
        do {
            files = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
                .filter { $0.pathExtension == "json" }.sorted { $0.lastPathComponent < $1.lastPathComponent }
        } catch {
            throw GoldSetError(path: folder.path, reason: "cannot list folder: \(error.localizedDescription)")
        }
        guard !files.isEmpty else { throw GoldSetError(path: folder.path, reason: "no .json gold files") }
        var articles: [GoldArticle] = []
        for file in files {
            do {
                let article = try JSONDecoder().decode(GoldArticle.self, from: Data(contentsOf: file))
                for edge in article.edges where edge.count != 3 {
                    throw GoldSetError(path: file.path, reason: "edge \(edge) is not [subject, relation, object]")
                }
                articles.append(article)
            } catch let error as GoldSetError {
                throw error
            } catch {
                throw GoldSetError(path: file.path, reason: "not a gold article: \(error)")
            }
        }
        return articles
    }
}

/// A gold file or folder could not be read.
public struct GoldSetError: Error, Sendable, CustomStringConvertible {
    public var path: String
    public var reason: String
    public var description: String { "\(path): \(reason)" }
}
