/// Streams a graph as Graphviz DOT that `dot -Tsvg` renders without a single warning.
///
/// Every id and string is double-quoted, so DOT keywords (`node`, `Graph`, `STRICT` …) and
/// colons (which would start a port) in names are harmless; strings are escaped backslash
/// first, then `"` (see ``ExportOutput/dotEscaped(_:)``). Nodes get a shape and colour by
/// kind (``DOTStyle``), typed edges a label, co_mention edges a plain dashed line, pen width
/// grows with weight, and a legend cluster explains the kinds and edge styles that occurred.
///
/// ```swift
/// let memory = MemorySink()
/// var writer = DOTWriter(to: memory)
/// try writer.write(nodes: nodes, edges: edges)
/// // memory.string → digraph "newsgraph" { … }
/// ```
public struct DOTWriter: GraphExportWriter {
    private var output: ExportOutput
    private var progress = ExportProgress()
    private let legend: Bool
    private var kindsSeen: Set<EntityKind> = []
    private var sawTypedEdge = false
    private var sawCoMention = false

    /// - Parameter legend: draw the legend cluster (on by default).
    public init(to sink: any ExportSink, legend: Bool = true) {
        output = ExportOutput(sink: sink)
        self.legend = legend
    }

    public mutating func writeNode(_ node: GraphNode) throws {
        if try progress.admit(node) { writeHeader() }
        kindsSeen.insert(node.kind)
        output.raw("  \"n")
        output.integer(node.id)
        output.raw("\" [label=\"")
        output.dotEscaped(node.label)
        writeNodeStyle(node.kind)
        if !node.aliases.isEmpty {
            output.raw(", tooltip=\"")
            for (index, alias) in node.aliases.enumerated() {
                if index > 0 { output.raw(" | ") }
                output.dotEscaped(alias)
            }
            output.raw("\"")
        }
        output.raw("];\n")
        try output.flushIfFull()
    }

    public mutating func writeEdge(_ edge: GraphEdge) throws {
        if try progress.admit(edge) == .start { writeHeader() }
        output.raw("  \"n")
        output.integer(edge.source)
        output.raw("\" -> \"n")
        output.integer(edge.target)
        output.raw("\" [")
        if edge.isCoMention {
            sawCoMention = true
            output.raw("style=dashed, color=\"")
            output.raw(DOTStyle.coMentionColor)
            output.raw("\"")
        } else {
            sawTypedEdge = true
            output.raw("label=\"")
            output.dotEscaped(edge.relation)
            output.raw("\"")
        }
        if !edge.directed { output.raw(", dir=none") }
        output.raw(", penwidth=")
        output.double(DOTStyle.penWidth(edge.weight))
        if let evidence = edge.evidence {
            output.raw(", tooltip=\"")
            output.dotEscaped(evidence)
            output.raw("\"")
        }
        output.raw("];\n")
        try output.flushIfFull()
    }

    public mutating func finish() throws {
        if try progress.close() == .start { writeHeader() }
        if legend { writeLegend() }
        output.raw("}\n")
        try output.flush()
    }

    private mutating func writeHeader() {
        output.raw("""
            digraph "newsgraph" {
              graph [fontname="Helvetica", fontsize=11, outputorder=edgesfirst];
              node [style=filled, fontname="Helvetica", fontsize=11, color="#555555"];
              edge [fontname="Helvetica", fontsize=9, arrowsize=0.7, color="
            """)
        output.raw(DOTStyle.relationColor)
        output.raw("\", fontcolor=\"")
        output.raw(DOTStyle.relationColor)
        output.raw("\"];\n")
    }

    private mutating func writeNodeStyle(_ kind: EntityKind) {
        let style = DOTStyle.node(kind)
        output.raw("\", shape=")
        output.raw(style.shape)
        output.raw(", fillcolor=\"")
        output.raw(style.fill)
        output.raw("\"")
    }

    /// The legend goes last: only then is it known which kinds and edge styles occurred.
    private mutating func writeLegend() {
        guard !kindsSeen.isEmpty || sawTypedEdge || sawCoMention else { return }
        output.raw("""
              subgraph "cluster_legend" {
                label="Legend"; style="rounded,dashed"; color="#888888"; fontsize=10;
                node [fontsize=9, width=0.3, height=0.2];

            """)
        var previous: String?
        for kind in EntityKind.allCases where kindsSeen.contains(kind) {
            let id = "legend_\(kind.rawValue)"
            output.raw("    \"\(id)\" [label=\"\(kind.rawValue)")
            writeNodeStyle(kind)
            output.raw("];\n")
            // Invisible edges keep the legend entries in one tidy column.
            if let previous { output.raw("    \"\(previous)\" -> \"\(id)\" [style=invis];\n") }
            previous = id
        }
        if sawTypedEdge {
            output.raw("""
                    "legend_typed_from" [label="", shape=point, width=0.05];
                    "legend_typed_to" [label="", shape=point, width=0.05];
                    "legend_typed_from" -> "legend_typed_to" [label="typed relation\\n(width = weight)", penwidth=2];

                """)
        }
        if sawCoMention {
            output.raw("""
                    "legend_co_from" [label="", shape=point, width=0.05];
                    "legend_co_to" [label="", shape=point, width=0.05];
                    "legend_co_from" -> "legend_co_to" [label="co_mention", dir=none, style=dashed, color="
                """)
            output.raw(DOTStyle.coMentionColor)
            output.raw("\", fontcolor=\"")
            output.raw(DOTStyle.coMentionColor)
            output.raw("\"];\n")
        }
        output.raw("  }\n")
    }
}
