/// Streams a graph as JSON in networkx's node-link form, one node or edge per line:
///
/// ```json
/// {"directed": true, "multigraph": true, "graph": {"name": "newsgraph"},
/// "nodes": [
/// {"id": 1, "label": "Kremlin", "type": "organization", "aliases": ["Kremlin"], "mentions": 42},
/// …],
/// "edges": [
/// {"source": 2, "target": 1, "key": 0, "relation": "spokesperson_of", "weight": 3.0, …},
/// …]}
/// ```
///
/// `nx.node_link_graph(json.load(f), edges="edges")` reads it back; any JSON reader can too.
/// Unlike GraphML, aliases stay a list, and control characters survive (escaped).
public struct JSONWriter: GraphExportWriter {
    private var output: ExportOutput
    private var progress = ExportProgress()

    public init(to sink: any ExportSink) {
        output = ExportOutput(sink: sink)
    }

    public mutating func writeNode(_ node: GraphNode) throws {
        if try progress.admit(node) {
            writeHeader()
        } else {
            output.raw(",\n")
        }
        output.raw("{\"id\": ")
        output.integer(node.id)
        output.raw(", \"label\": \"")
        output.jsonEscaped(node.label)
        output.raw("\", \"type\": \"")
        output.raw(node.kind.rawValue)
        output.raw("\", \"aliases\": [")
        for (index, alias) in node.aliases.enumerated() {
            output.raw(index == 0 ? "\"" : ", \"")
            output.jsonEscaped(alias)
            output.raw("\"")
        }
        output.raw("], \"mentions\": ")
        output.integer(node.mentions)
        if let iso = node.isoCode {
            output.raw(", \"iso_code\": \"")
            output.jsonEscaped(iso)
            output.raw("\"")
        }
        output.raw("}")
        try output.flushIfFull()
    }

    public mutating func writeEdge(_ edge: GraphEdge) throws {
        switch try progress.admit(edge) {
        case .start:
            writeHeader()
            output.raw("],\n\"edges\": [\n")
        case .nodes:
            output.raw("\n],\n\"edges\": [\n")
        default:
            output.raw(",\n")
        }
        output.raw("{\"source\": ")
        output.integer(edge.source)
        output.raw(", \"target\": ")
        output.integer(edge.target)
        // networkx keys parallel edges of a multigraph by this; the index is unique.
        output.raw(", \"key\": ")
        output.integer(progress.edgeCount - 1)
        output.raw(", \"relation\": \"")
        output.jsonEscaped(edge.relation)
        output.raw("\", \"weight\": ")
        output.double(edge.weight)
        if let first = edge.firstSeen {
            output.raw(", \"first_seen\": \"")
            output.day(first)
            output.raw("\"")
        }
        if let last = edge.lastSeen {
            output.raw(", \"last_seen\": \"")
            output.day(last)
            output.raw("\"")
        }
        if let evidence = edge.evidence {
            output.raw(", \"evidence\": \"")
            output.jsonEscaped(evidence)
            output.raw("\"")
        }
        output.raw(", \"articles\": ")
        output.integer(edge.articles)
        output.raw(edge.directed ? ", \"directed\": true}" : ", \"directed\": false}")
        try output.flushIfFull()
    }

    public mutating func finish() throws {
        switch try progress.close() {
        case .start:
            writeHeader()
            output.raw("],\n\"edges\": []}\n")
        case .nodes:
            output.raw("\n],\n\"edges\": []}\n")
        default:
            output.raw("\n]}\n")
        }
        try output.flush()
    }

    private mutating func writeHeader() {
        output.raw("{\"directed\": true, \"multigraph\": true, \"graph\": {\"name\": \"newsgraph\"},\n\"nodes\": [\n")
    }
}
