// libFuzzer target: GraphML and DOT writers on arbitrary entity names and attributes.
// The output must stay valid: GraphML re-parses with libxml2 in strict mode, and DOT has
// no raw control characters, balanced quoted IDs and exactly one line per statement.
import NewsGraph

/// Cuts the input at 0x00 bytes into lossy UTF-8 fields; the writers get whatever comes out.
func fuzzFields(_ bytes: UnsafeBufferPointer<UInt8>) -> [String] {
    bytes.split(separator: 0, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
}

func fuzzGraph(_ fields: [String]) -> (nodes: [GraphNode], edges: [GraphEdge]) {
    var fields = fields[...]
    func next() -> String { fields.popFirst() ?? "" }
    var nodes: [GraphNode] = []
    let kinds = EntityKind.allCases
    while !fields.isEmpty && nodes.count < 8 {
        let label = next(), alias = next(), iso = next()
        let id = Int64(nodes.count + 1)
        nodes.append(GraphNode(id: id, label: label, kind: kinds[Int(id) % kinds.count],
                               aliases: alias.isEmpty ? [] : [alias, label], mentions: label.utf8.count,
                               isoCode: iso.isEmpty ? nil : iso))
    }
    var edges: [GraphEdge] = []
    for (index, node) in nodes.enumerated() where index + 1 < nodes.count {
        let relation = index % 3 == 2 ? GraphEdge.coMention : (node.aliases.first ?? "leads")
        edges.append(GraphEdge(source: node.id, target: nodes[index + 1].id, relation: relation,
                               weight: Double(node.label.utf8.count) / 3, evidence: node.label))
    }
    return (nodes, edges)
}

/// Returns why `dot` is invalid, or nil.
func dotProblem(_ dot: [UInt8], statements: Int) -> String? {
    var lines = 0
    var inQuotes = false
    var escaped = false
    for byte in dot {
        if byte == 0x0A {
            if inQuotes { return "raw newline inside a quoted ID (line \(lines + 1))" }
            lines += 1
            continue
        }
        if byte < 0x20 || byte == 0x7F { return "raw control byte \(byte) on line \(lines + 1)" }
        if escaped { escaped = false; continue }
        if inQuotes && byte == UInt8(ascii: "\\") { escaped = true; continue }
        if byte == UInt8(ascii: "\"") { inQuotes.toggle() }
    }
    if inQuotes { return "unterminated quoted ID" }
    // Header (4 lines) + one line per node and edge + the closing brace.
    if lines != 4 + statements + 1 { return "\(lines) lines for \(statements) statements: a quote broke out" }
    return nil
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzExport(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let graph = fuzzGraph(fuzzFields(UnsafeBufferPointer(start: data, count: size)))

    let xmlSink = MemorySink()
    var graphML = GraphMLWriter(to: xmlSink)
    do { try graphML.write(nodes: graph.nodes, edges: graph.edges) } catch { fatalError("GraphML write failed: \(error)") }
    let xml = String(decoding: xmlSink.bytes, as: UTF8.self)
    do {
        _ = try XMLDocument(xml: xml, recover: false)
    } catch {
        fatalError("GraphML output does not re-parse: \(error)\n\(xml)")
    }

    let dotSink = MemorySink()
    var dot = DOTWriter(to: dotSink, legend: false)
    do { try dot.write(nodes: graph.nodes, edges: graph.edges) } catch { fatalError("DOT write failed: \(error)") }
    if let problem = dotProblem(dotSink.bytes, statements: graph.nodes.count + graph.edges.count) {
        fatalError("invalid DOT: \(problem)\n\(String(decoding: dotSink.bytes, as: UTF8.self))")
    }
    return 0
}
