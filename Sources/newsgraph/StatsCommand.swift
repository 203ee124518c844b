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
            the relations, and prints the database's schema version.

            Examples:
              newsgraph stats
              newsgraph stats --db news.sqlite --format json
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Option(name: .long, help: "Output format.")
    var format: OutputFormat = .table

    func run() async throws {
        let store = try database.openExisting()
        let counts = try await store.counts()
        let version = try store.schemaVersion()
        switch format {
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            print(String(decoding: try encoder.encode(StatsJSON(database: store.path, schema_version: version, counts: counts)), as: UTF8.self))
        case .table:
            let rows: [(String, Int)] = [("articles", counts.articles), ("sources", counts.sources), ("entities", counts.entities),
                                         ("relations", counts.relations), ("mentions", counts.mentions), ("evidence", counts.evidence)]
            print("database  \(store.path) (schema \(version))")
            for (name, value) in rows { print(name.padding(toLength: 10, withPad: " ", startingAt: 0) + String(value)) }
        }
    }
}

struct StatsJSON: Encodable {
    var database: String
    var schema_version: Int
    var counts: StoreCounts

    enum Keys: String, CodingKey { case database, schema_version, articles, sources, entities, relations, mentions, evidence }

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
    }
}
