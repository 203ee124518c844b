/// Streams a graph as GraphML 1.0 that validates against the GraphML schema and loads in
/// networkx, igraph, Gephi, yEd and Cytoscape.
///
/// Every `<key>` comes before `<graph>`; the graph is `edgedefault="directed"` and each edge
/// says in its `directed` data whether it really is (co_mention is not). The XML `directed`
/// attribute is not used: networkx refuses files that mix it. Node ids are `n<id>`, edge ids
/// `e<index>`.
///
/// ```swift
/// var writer = GraphMLWriter(to: try FileSink(creating: "graph.graphml"))
/// try writer.write(nodes: nodes, edges: edges)
/// ```
public struct GraphMLWriter: GraphExportWriter {
    /// The `<key>`s, in the order they are declared: (id and attr.name, for, attr.type).
    public static let keys: [(name: String, domain: String, type: String)] = [
        ("label", "node", "string"),
        ("type", "node", "string"),
        ("aliases", "node", "string"),
        ("mentions", "node", "int"),
        ("iso_code", "node", "string"),
        ("relation", "edge", "string"),
        ("weight", "edge", "double"),
        ("first_seen", "edge", "string"),
        ("last_seen", "edge", "string"),
        ("evidence", "edge", "string"),
        ("articles", "edge", "int"),
        ("directed", "edge", "boolean"),
    ]

    private var output: ExportOutput
    private var progress = ExportProgress()

    public init(to sink: any ExportSink) {
        output = ExportOutput(sink: sink)
    }

    public mutating func writeNode(_ node: GraphNode) throws {
        if try progress.admit(node) { writeHeader() }
        output.raw("    <node id=\"n")
        output.integer(node.id)
        output.raw("\">\n      <data key=\"label\">")
        output.xmlEscaped(node.label)
        output.raw("</data>\n      <data key=\"type\">")
        output.raw(node.kind.rawValue)
        output.raw("</data>\n")
        if !node.aliases.isEmpty {
            output.raw("      <data key=\"aliases\">")
            for (index, alias) in node.aliases.enumerated() {
                if index > 0 { output.raw("|") }
                output.xmlEscaped(alias)
            }
            output.raw("</data>\n")
        }
        output.raw("      <data key=\"mentions\">")
        output.integer(node.mentions)
        output.raw("</data>\n")
        if let iso = node.isoCode {
            output.raw("      <data key=\"iso_code\">")
            output.xmlEscaped(iso)
            output.raw("</data>\n")
        }
        output.raw("    </node>\n")
        try output.flushIfFull()
    }

    public mutating func writeEdge(_ edge: GraphEdge) throws {
        if try progress.admit(edge) == .start { writeHeader() }
        output.raw("    <edge id=\"e")
        output.integer(progress.edgeCount - 1)
        output.raw("\" source=\"n")
        output.integer(edge.source)
        output.raw("\" target=\"n")
        output.integer(edge.target)
        output.raw("\">\n      <data key=\"relation\">")
        output.xmlEscaped(edge.relation)
        output.raw("</data>\n      <data key=\"weight\">")
        output.double(edge.weight)
        output.raw("</data>\n")
        if let first = edge.firstSeen {
            output.raw("      <data key=\"first_seen\">")
            output.day(first)
            output.raw("</data>\n")
        }
        if let last = edge.lastSeen {
            output.raw("      <data key=\"last_seen\">")
            output.day(last)
            output.raw("</data>\n")
        }
        if let evidence = edge.evidence {
            output.raw("      <data key=\"evidence\">")
            output.xmlEscaped(evidence)
            output.raw("</data>\n")
        }
        output.raw("      <data key=\"articles\">")
        output.integer(edge.articles)
        output.raw(edge.directed
            ? "</data>\n      <data key=\"directed\">true</data>\n    </edge>\n"
            : "</data>\n      <data key=\"directed\">false</data>\n    </edge>\n")
        try output.flushIfFull()
    }

    public mutating func finish() throws {
        if try progress.close() == .start { writeHeader() }
        output.raw("  </graph>\n</graphml>\n")
        try output.flush()
    }

    private mutating func writeHeader() {
        output.raw("""
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns \
            http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">

            """)
        for key in Self.keys {
            output.raw("  <key id=\"\(key.name)\" for=\"\(key.domain)\" attr.name=\"\(key.name)\" attr.type=\"\(key.type)\"/>\n")
        }
        output.raw("  <graph id=\"G\" edgedefault=\"directed\">\n")
    }
}
