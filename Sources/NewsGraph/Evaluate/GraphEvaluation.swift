/// Entity and edge precision/recall of an analyzer against the gold set.
///
/// An entity is found when a predicted entity of the same kind has the gold name or one of its
/// `also` names (compared folded); entities the article never names (countries the gazetteer
/// adds for a city) are not scored as entities. An edge is found when its subject and object map
/// to the gold names and the relation type matches; co_mention is not scored.
public struct GraphEvaluation: Sendable, Codable {
    public var articles = 0
    public var entities = PRF()
    public var entitiesByKind: [String: PRF] = [:]
    public var edges = PRF()
    public var edgesByType: [String: PRF] = [:]
    /// Per article: missed and spurious items, for reading the errors.
    public var errors: [String: [String]] = [:]

    public init() {}

    /// Scores one article's predicted graph.
    public mutating func add(_ gold: GoldArticle, predicted graph: ArticleGraph) {
        articles += 1
        var log: [String] = []
        var goldByName: [String: GoldArticle.Entity] = [:]
        for e in gold.entities {
            for n in [e.name] + (e.also ?? []) { goldByName[NameFolding.key(n)] = e }
        }
        func goldName(_ e: ResolvedEntity) -> String { goldByName[NameFolding.key(e.name)]?.name ?? e.name }

        var matchedGold = Set<String>()
        for e in graph.entities where e.mentions > 0 {
            var score = PRF()
            if let g = goldByName[NameFolding.key(e.name)], g.kind == e.kind, !matchedGold.contains(g.name) {
                matchedGold.insert(g.name)
                score.truePositives = 1
            } else {
                score.falsePositives = 1
                log.append("spurious entity: \(e.name) (\(e.kind.rawValue))")
            }
            record(&entitiesByKind, e.kind.rawValue, score)
        }
        for g in gold.entities where !matchedGold.contains(g.name) {
            var score = PRF()
            score.falseNegatives = 1
            record(&entitiesByKind, g.kind.rawValue, score)
            log.append("missed entity: \(g.name) (\(g.kind.rawValue))")
        }

        var predictedEdges = Set<[String]>()
        for r in graph.relations where r.type != "co_mention" {
            predictedEdges.insert([goldName(graph.entities[r.subject]), r.type, goldName(graph.entities[r.object])])
        }
        let goldEdges = Set(gold.edges)
        for edge in predictedEdges {
            var score = PRF()
            if goldEdges.contains(edge) { score.truePositives = 1 } else {
                score.falsePositives = 1
                log.append("spurious edge: \(edge.joined(separator: " "))")
            }
            record(&edgesByType, edge[1], score)
        }
        for edge in goldEdges where !predictedEdges.contains(edge) {
            var score = PRF()
            score.falseNegatives = 1
            record(&edgesByType, edge[1], score)
            log.append("missed edge: \(edge.joined(separator: " "))")
        }
        entities = entitiesByKind.values.reduce(PRF(), +)
        edges = edgesByType.values.reduce(PRF(), +)
        if !log.isEmpty { errors[gold.id] = log.sorted() }
    }

    private func record(_ table: inout [String: PRF], _ key: String, _ score: PRF) {
        table[key, default: PRF()] = table[key, default: PRF()] + score
    }
}
