import ArgumentParser
import Foundation
import NewsGraph

/// `newsgraph stats`: how big the graph is.
struct StatsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Count the articles, sources, entities and relations in the graph.",
        discussion: """
            Also counts the mentions the tagger found and the evidence sentences behind \
            the relations, prints the database's schema version, the entities by kind, the \
            relations by type and the biggest hubs (entities with the most relations).

            Examples:
              newsgraph stats
              newsgraph stats --db news.sqlite --format json
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Option(name: .long, help: "Output format.")
    var format: OutputFormat = .table

    @Option(name: .long, help: "How many of the biggest hubs to list.")
    var hubs: Int = 10

    func run() async throws {
        let store = try database.openExisting()
        let counts = try await store.counts()
        let version = try store.schemaVersion()
        let graph = try GraphQuery(store: store).statistics(hubs: hubs)
        switch format {
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            print(String(decoding: try encoder.encode(StatsJSON(database: store.path, schema_version: version, counts: counts, graph: graph)), as: UTF8.self))
        case .table:
            let rows: [(String, Int)] = [("articles", counts.articles), ("sources", counts.sources), ("entities", counts.entities),
                                         ("relations", counts.relations), ("mentions", counts.mentions), ("evidence", counts.evidence)]
            print("database  \(store.path) (schema \(version))")
            for (name, value) in rows { print(name.padding(toLength: 10, withPad: " ", startingAt: 0) + String(value)) }
            print(graph.text, terminator: "")
        }
    }
}

struct StatsJSON: Encodable {
    var database: String
    var schema_version: Int
    var counts: StoreCounts
    var graph: GraphStatistics

    enum Keys: String, CodingKey {
        case database, schema_version, articles, sources, entities, relations, mentions, evidence
        case entities_by_kind, relations_by_type, hubs
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(database, forKey: .database)
        try container.encode(schema_version, forKey: .schema_version)
        try container.encode(counts.articles, forKey: .articles)
        try container.encode(counts.sources, forKey: .sources)
        try container.encode(counts.entities, forKey: .entities)
        try container.encode(counts.relations, forKey: .relations)
        try container.encode(counts.mentions, forKey: .mentions)
        try container.encode(counts.evidence, forKey: .evidence)
        try container.encode(Dictionary(uniqueKeysWithValues: graph.entitiesByKind.map { ($0.name, $0.count) }), forKey: .entities_by_kind)
        try container.encode(Dictionary(uniqueKeysWithValues: graph.relationsByType.map { ($0.name, $0.count) }), forKey: .relations_by_type)
        try container.encode(graph.hubs.map { HubJSON(id: $0.entity.id, name: $0.entity.name, kind: $0.entity.kind.rawValue, degree: $0.degree) },
                             forKey: .hubs)
    }
}

struct HubJSON: Encodable {
    var id: Int64
    var name: String
    var kind: String
    var degree: Int
}
