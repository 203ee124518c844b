import ArgumentParser
import Foundation
import NewsGraph

/// `newsgraph export`: streams the graph as GraphML, DOT or JSON.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the graph (or part of it) as GraphML, DOT or JSON.",
        discussion: """
            The export streams: entities and relations are written as they are read, so a \
            graph of millions of edges exports in a few megabytes of memory.

            GraphML opens in Gephi, yEd, Cytoscape, networkx and igraph; node data: label, \
            type, aliases (joined with "|"), mentions, iso_code; edge data: relation, weight, \
            first_seen, last_seen, evidence, articles, directed. DOT renders with Graphviz \
            (shape and colour by kind, labelled typed relations, a legend). JSON is \
            networkx's node-link form.

            Examples:
              newsgraph export -o graph.graphml
              newsgraph export --format dot --around Kremlin --depth 2 | dot -Tsvg > kremlin.svg
              newsgraph export --format json --top 100 --kind person --kind organization
              newsgraph export --relation spokesperson_of --since 2026-01-01 -o spokes.graphml
              newsgraph export --synthetic 1000000 -o big.graphml     # benchmark graph, no database
            """)

    @Option(name: .shortAndLong, help: "Output format: graphml, dot or json.")
    var format: ExportFormat = .graphml

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    @OptionGroup var filters: GraphFilterOptions

    @Option(help: ArgumentHelp("Only the entities within --depth hops of this one (name, alias or #id).", valueName: "name"))
    var around: String?

    @Option(help: "Hops around --around.")
    var depth: Int = 1

    @Option(help: ArgumentHelp("Only the N entities with the most relations.", valueName: "N"))
    var top: Int?

    @Option(help: ArgumentHelp(
        "Export a deterministic synthetic graph of this many edges (power-law degrees) instead of the database; for benchmarks.",
        valueName: "edges"))
    var synthetic: Int?

    @Option(help: "Seed of the synthetic graph.")
    var seed: UInt64 = 42

    @OptionGroup var database: DatabaseOptions

    func validate() throws {
        if let synthetic, synthetic < 0 { throw ValidationError("--synthetic must be 0 or more, not \(synthetic)") }
        if let top, top < 1 { throw ValidationError("--top must be 1 or more, not \(top)") }
        guard (1...6).contains(depth) else { throw ValidationError("--depth must be between 1 and 6, not \(depth)") }
    }

    func run() throws {
        let summary: String = try reportingQueryErrors {
            // Open the database before creating the output, so a bad --db leaves no empty file.
            let query = synthetic == nil ? try database.query() : nil
            let sink: FileSink = try output.map { try FileSink(creating: $0) } ?? .standardOutput()
            var writer = format.writer(to: sink)
            if let synthetic {
                let graph = SyntheticGraph(edges: synthetic, seed: seed)
                try writer.write(nodes: graph.nodes, edges: graph.edges)
                return "\(graph.nodeCount) nodes and \(graph.edgeCount) edges"
            }
            let selection = ExportSelection(
                kinds: Set(filters.kind), relations: Set(filters.relation), since: try filters.since.map { try StoreDate.since($0) },
                minWeight: filters.minWeight, around: around, depth: depth, top: top)
            let counts = try query?.export(selection, to: &writer) ?? (nodes: 0, edges: 0)
            return "\(counts.nodes) nodes and \(counts.edges) edges"
        }
        if let output { printError("wrote \(summary) to \(output)") }
    }
}

extension ExportFormat: ExpressibleByArgument {}
