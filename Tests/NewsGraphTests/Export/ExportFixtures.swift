import Foundation
@testable import NewsGraph

/// Names that break careless exporters, and a small graph built from them.
enum ExportFixtures {
    static let hostileNames: [String] = [
        "He said \"no\"",
        "back\\slash\\",
        "\\N \\G \\L \\n literal escapes",
        "<script>alert(1)</script> & co",
        "&lt;already escaped&gt; &amp; &#38;",
        "line one\nline two",
        "cr\r\nlf and lone\rcr",
        "tab\there",
        "ctrl\u{01}\u{08}\u{0B}\u{1F}\u{7F}\u{85}\u{9F}x\u{FFFE}",
        "node",
        "Graph",
        "STRICT",
        "subgraph",
        "Edge",
        "DiGraph",
        "host:port:8080",
        "a -> b; c -- d { } [ ] = ,",
        "'single' `back`",
        "]]> --> <!-- ?>",
        "Кремль",
        "北京",
        "القاهرة",
        "🇺🇦 Україна 😀👩‍👩‍👧",
        "Zoe\u{0308} Zoë",
        "",
        " leading and trailing ",
    ]

    /// One node per hostile name, kinds cycling, and a chain of edges between them with
    /// every edge attribute set (hostile evidence too).
    static func hostileGraph() -> (nodes: [GraphNode], edges: [GraphEdge]) {
        let kinds = EntityKind.allCases
        let nodes = hostileNames.enumerated().map { index, name in
            let kind = kinds[index % kinds.count]
            return GraphNode(
                id: Int64(index * 10 + 3), label: name, kind: kind,
                aliases: [name, "alias|\(index)", "Alias \"\(index)\""],
                mentions: index * 7 + 1, isoCode: kind == .country ? "R\(index % 10)" : nil)
        }
        let day: TimeInterval = 86_400
        var edges: [GraphEdge] = []
        for index in 1..<nodes.count {
            let relation = index % 3 == 0 ? GraphEdge.coMention : "rel_\(index % 4)"
            let offset = Double(index) * day
            let evidence = nodes[index - 1].label + " met " + nodes[index].label + " <b>&</b> \"said\" \\ so."
            edges.append(GraphEdge(
                source: nodes[index - 1].id, target: nodes[index].id, relation: relation,
                weight: Double(index) + 0.25,
                firstSeen: Date(timeIntervalSince1970: 1_700_000_000 + offset),
                lastSeen: Date(timeIntervalSince1970: 1_710_000_000 + offset),
                evidence: evidence, articles: index))
        }
        return (nodes, edges)
    }

    /// What a GraphML reader gets back: the text minus the characters XML cannot carry.
    static func markupSafe(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where !isDropped(scalar) {
            scalars.append(scalar)
        }
        return String(scalars)
    }

    static func isDropped(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: false
        case 0x00...0x1F, 0x7F...0x9F, 0xFFFE, 0xFFFF: true
        default: false
        }
    }

    static func export(_ format: ExportFormat, nodes: [GraphNode], edges: [GraphEdge]) throws -> String {
        let memory = MemorySink()
        var writer = format.writer(to: memory)
        try writer.write(nodes: nodes, edges: edges)
        return memory.string
    }
}
