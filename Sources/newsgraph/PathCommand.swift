import ArgumentParser
import Foundation
import NewsGraph

/// `newsgraph path A B`: how two entities are connected.
struct PathCommand: ParsableCommand {
    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    static let configuration = CommandConfiguration(
        commandName: "path",
        abstract: "Show a shortest chain of relations between two entities, with the evidence of each hop.",
        discussion: """
            Stronger relations are preferred among equally short chains. Relation filters \
            narrow what may be followed.

            Examples:
              newsgraph path "Dmitry Peskov" Russia
              newsgraph path Macron Putin --relation co_mention --max-hops 3
              newsgraph path "#12" "#40" --since 2026-01-01 --format json
            """)

    @Argument(help: "Where the path starts (name, alias or #id).")
    var from: String

    @Argument(help: "Where it ends.")
    var to: String

    @Option(name: .customLong("max-hops"), help: "Longest path to look for.")
    var maxHops: Int = 6

    @Option(name: .long, help: ArgumentHelp("Only this relation type; repeatable.", valueName: "type"))
    var relation: [String] = []

    @Option(name: .long, help: ArgumentHelp("Only relations seen on or after this day.", valueName: "YYYY-MM-DD"))
    var since: String?

    @Option(name: .customLong("min-weight"), help: ArgumentHelp("Only relations with at least this weight.", valueName: "w"))
    var minWeight: Double?

    @Option(help: "text or json.")
    var format: Format = .text

    @OptionGroup var database: DatabaseOptions

    func validate() throws {
        guard (1...12).contains(maxHops) else { throw ValidationError("--max-hops must be between 1 and 12, not \(maxHops)") }
    }

    func run() throws {
        let hops = try reportingQueryErrors {
            let query = try database.query()
            let filter = NeighborFilter(relations: Set(relation), since: try since.map { try StoreDate.since($0) }, minWeight: minWeight)
            return try query.path(from: try query.entity(named: from), to: try query.entity(named: to), filter: filter, maxHops: maxHops)
        }
        switch format {
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            encoder.keyEncodingStrategy = .convertToSnakeCase
            print(String(decoding: try encoder.encode(hops), as: UTF8.self))
        case .text:
            guard let first = hops.first else {
                print("\(from) and \(to) are the same entity")
                return
            }
            print("\(hops.count) hop\(hops.count == 1 ? "" : "s"): \(TerminalText.clean(first.from.labelWithID))")
            for hop in hops {
                print("  \(hop.direction.arrow) \(TerminalText.clean(hop.relation)) (w=\(hop.weight)) \(hop.direction.arrow) "
                      + TerminalText.clean(hop.to.labelWithID))
                if let evidence = hop.evidence {
                    print("      \"" + TerminalText.truncate(TerminalText.clean(evidence), to: 70) + "\"")
                }
            }
        }
    }
}
