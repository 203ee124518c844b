import Foundation
import GRDB

/// A deterministic synthetic news archive for benchmarks: articles whose entities follow a
/// Zipf law (a few appear in every other article, most in one or two), with co_mention and
/// typed relations between entities of the same sentence. It is stored through the store's
/// own merge code, so the database is exactly what ingest would have written.
///
/// ```swift
/// let news = SyntheticNews(articles: 100_000, seed: 1)
/// try news.fill(store)   // ~100k articles, ~20k entities
/// ```
public struct SyntheticNews: Sendable {
    public let articleCount: Int
    public let entityCount: Int
    public let seed: UInt64
    private let names: SyntheticGraph
    /// Cumulative Zipf weights of the entities, for picking one by popularity.
    private let cumulative: [Double]

    public init(articles: Int, entities: Int? = nil, seed: UInt64 = 42) {
        articleCount = max(0, articles)
        entityCount = max(10, entities ?? max(10, articles / 5))
        self.seed = seed
        names = SyntheticGraph(edges: 0, seed: seed)
        var total = 0.0
        cumulative = (0..<entityCount).map { rank in
            total += 1 / Double(rank + 1)
            return total
        }
    }

    /// The entity of popularity rank `rank` (0 is the most mentioned).
    public func entity(_ rank: Int) -> GraphNode { names.node(at: rank) }

    /// Article `index`, its graph, and its publication date.
    public func article(at index: Int) -> (article: Article, graph: ArticleGraph) {
        var random = SplitMix64(seed: seed &+ UInt64(index) &* 0x9E37_79B9)
        let published = SyntheticGraph.epoch.addingTimeInterval(Double(index) / Double(max(1, articleCount)) * 700 * 86_400)
        let wanted = 3 + random.below(6)
        var picked: [Int] = []
        while picked.count < wanted {
            let rank = pick(&random)
            if !picked.contains(rank) { picked.append(rank) }
        }
        let nodes = picked.map(entity)
        var paragraphs: [String] = []
        var relations: [ResolvedRelation] = []
        var offset = 0
        // Sentences of two or three entities; each pair in a sentence is a co_mention, and
        // one sentence in four also states a typed relation.
        var start = 0
        while start < nodes.count {
            let end = min(nodes.count, start + 2 + random.below(2))
            let group = Array(start..<end)
            let sentence: String
            if group.count >= 2 && random.below(4) == 0 {
                let type = SyntheticGraph.relations[random.below(SyntheticGraph.relations.count)]
                let others = group.dropFirst(2).map { ", with \(nodes[$0].label)" }.joined()
                sentence = "\(nodes[group[0]].label) was named \(type.replacingOccurrences(of: "_", with: " ")) \(nodes[group[1]].label)\(others), officials said."
                relations.append(relation(group[0], group[1], type, directed: true, sentence, offset))
            } else {
                sentence = group.map { nodes[$0].label }.joined(separator: " and ") + " were mentioned in the report."
            }
            for (i, a) in group.enumerated() {
                for b in group[(i + 1)...] {
                    relations.append(relation(a, b, GraphEdge.coMention, directed: false, sentence, offset))
                }
            }
            paragraphs.append(sentence)
            offset += sentence.unicodeScalars.count + 2
            start = end
        }
        let entities = nodes.map { node in
            ResolvedEntity(name: node.label, kind: node.kind, isoCode: node.isoCode,
                           aliases: Dictionary(node.aliases.map { ($0, 1) }, uniquingKeysWith: +), mentions: node.aliases.count)
        }
        let article = Article(url: "https://synthetic.example/\(seed)/\(index)", title: "Report \(index)",
                              published: published, language: "en", paragraphs: paragraphs)
        return (article, ArticleGraph(entities: entities, relations: relations))
    }

    /// Stores every article through the store's merge, `batch` articles per transaction.
    public func fill(_ store: SQLiteGraphStore, batch: Int = 1_000, progress: ((Int) -> Void)? = nil) throws {
        var index = 0
        while index < articleCount {
            let range = index..<min(articleCount, index + batch)
            try store.pool.write { db in
                for i in range {
                    let (article, graph) = self.article(at: i)
                    let record = ArticleRecord(article, fetched: article.published ?? SyntheticGraph.epoch)
                    _ = try SQLiteGraphStore.save(db, record: record, graph: graph, source: nil)
                }
            }
            index = range.upperBound
            progress?(index)
        }
    }

    private func pick(_ random: inout SplitMix64) -> Int {
        let target = random.unit() * (cumulative.last ?? 1)
        var low = 0
        var high = cumulative.count - 1
        while low < high {
            let middle = (low + high) / 2
            if cumulative[middle] < target { low = middle + 1 } else { high = middle }
        }
        return low
    }

    private func relation(_ subject: Int, _ object: Int, _ type: String, directed: Bool, _ sentence: String, _ offset: Int) -> ResolvedRelation {
        ResolvedRelation(subject: subject, object: object, type: type, directed: directed,
                         evidence: Evidence(sentence: sentence, start: offset, end: offset + sentence.unicodeScalars.count))
    }
}
