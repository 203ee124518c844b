import ArgumentParser
import Foundation
import NewsGraph

/// `newsgraph export`: streams the graph as GraphML, DOT or JSON.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the graph as GraphML, DOT or JSON.",
        discussion: """
            The export streams: nodes and edges are written as they are read, so a graph of \
            millions of edges exports in a few megabytes of memory.

            GraphML opens in Gephi, yEd, Cytoscape, networkx and igraph; node data: label, \
            type, aliases (joined with "|"), mentions, iso_code; edge data: relation, weight, \
            first_seen, last_seen, evidence, articles, directed. DOT renders with Graphviz \
            (`dot -Tsvg`). JSON is networkx's node-link form.

            Examples:
              newsgraph export --synthetic 1000 --format graphml -o sample.graphml
              newsgraph export --synthetic 200 --format dot | dot -Tsvg -o sample.svg
              newsgraph export --synthetic 1000000 --format json -o big.json
            """)

    @Option(name: .shortAndLong, help: "Output format: graphml, dot or json.")
    var format: ExportFormat = .graphml

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    @Option(help: ArgumentHelp(
        "Export a deterministic synthetic graph of this many edges (power-law degrees) instead of a database; for benchmarks and demos.",
        valueName: "edges"))
    var synthetic: Int?

    @Option(help: "Seed of the synthetic graph.")
    var seed: UInt64 = 42

    func validate() throws {
        guard let synthetic else {
            throw ValidationError("export reads a database once the store lands; for now give --synthetic EDGES")
        }
        guard synthetic >= 0 else { throw ValidationError("--synthetic must be 0 or more, not \(synthetic)") }
    }

    func run() throws {
        let sink: FileSink = try output.map { try FileSink(creating: $0) } ?? .standardOutput()
        let graph = SyntheticGraph(edges: synthetic ?? 0, seed: seed)
        var writer = format.writer(to: sink)
        do {
            try writer.write(nodes: graph.nodes, edges: graph.edges)
        } catch let error as ExportError {
            throw ValidationError(error.description)
        }
        if let output {
            FileHandle.standardError.write(Data("wrote \(graph.nodeCount) nodes and \(graph.edgeCount) edges to \(output)\n".utf8))
        }
    }
}

extension ExportFormat: ExpressibleByArgument {}
