import ArgumentParser
import NewsGraph

/// `newsgraph neighbors NAME`: who an entity is connected to, and why.
struct NeighborsCommand: ParsableCommand {
    enum Format: String, ExpressibleByArgument, CaseIterable { case table, json, csv }

    static let configuration = CommandConfiguration(
        commandName: "neighbors",
        abstract: "List the entities related to one, with relation, direction, weight, dates and evidence.",
        discussion: """
            NAME is a name or alias; case, accents and punctuation do not matter ("peskov", \
            "Élysée", "u.s."). When several entities share it, the candidates are listed with \
            their ids: pick one with "#ID". An unknown name exits 1 and suggests close names.

            Arrows: → the entity is the subject, ← the object, — a symmetric relation \
            (co_mention: named in the same sentence). W is the number of evidence sentences, \
            ART the number of articles.

            Examples:
              newsgraph neighbors "Dmitry Peskov"
              newsgraph neighbors peskov --relation spokesperson_of --format json
              newsgraph neighbors Kremlin --kind person --since 2026-01-01 --limit 10
              newsgraph neighbors "#42" --depth 2 --min-weight 3 --format csv > around-42.csv
            """)

    @Argument(help: "Name, alias or #id of the entity.")
    var name: String

    @Option(help: "Hops to follow (1 = direct neighbors).")
    var depth: Int = 1

    @OptionGroup var filters: GraphFilterOptions

    @Option(help: "Most relations to list.")
    var limit: Int = 20

    @Option(help: "table (80 columns), json or csv.")
    var format: Format = .table

    @OptionGroup var database: DatabaseOptions

    @Flag(help: .hidden)
    var timing = false

    func validate() throws {
        guard (1...6).contains(depth) else { throw ValidationError("--depth must be between 1 and 6, not \(depth)") }
        guard limit >= 0 else { throw ValidationError("--limit must be 0 or more, not \(limit)") }
    }

    func run() throws {
        let clock = ContinuousClock()
        let started = clock.now
        let output = try reportingQueryErrors {
            let query = try database.query()
            let opened = clock.now
            let entity = try query.entity(named: name)
            let result = try query.neighbors(of: entity, try filters.filter(depth: depth, limit: limit))
            if timing {
                // For bench/neighbors.sh: the query alone, apart from process start-up.
                let ms = { (d: Duration) in Double(d.components.attoseconds) / 1e15 + Double(d.components.seconds) * 1e3 }
                printError("timing: open \(ms(opened - started)) ms, lookup+neighbors \(ms(clock.now - opened)) ms")
            }
            switch format {
            case .table: return NeighborFormatter.table(result)
            case .csv: return NeighborFormatter.csv(result)
            case .json: return try NeighborFormatter.json(result)
            }
        }
        print(output, terminator: "")
    }
}
