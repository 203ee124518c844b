import Foundation
import Testing
@testable import NewsGraph

@Suite struct DOTWriterTests {
    @Test func quotesEveryIDAndEscapesEveryLabel() throws {
        let (nodes, edges) = ExportFixtures.hostileGraph()
        let text = try ExportFixtures.export(.dot, nodes: nodes, edges: edges)
        #expect(text.hasPrefix("digraph \"newsgraph\" {\n"))
        #expect(text.contains(##"  "n3" [label="He said \"no\"", shape=ellipse, fillcolor="#a6cee3", tooltip="##))
        #expect(text.contains(##"[label="back\\slash\\", shape=box"##))
        #expect(text.contains(##"[label="\\N \\G \\L \\n literal escapes""##))
        #expect(text.contains(##"[label="line one\nline two""##))
        #expect(text.contains(##"[label="cr\nlf and lone\ncr""##))
        #expect(text.contains(##"[label="ctrlx", "##))
        #expect(text.contains(##"[label="&amp;lt;already escaped&amp;gt; &amp;amp; &amp;#38;""##))
        #expect(text.contains(##"[label="node""##) && text.contains(##"[label="STRICT""##))
        let statement = try Regex(##"  "n\d+"( -> "n\d+")? \[.*\];"##)
        // Statements are only quoted ids, attribute lists, and the fixed header and legend.
        for line in text.split(separator: "\n") where line.hasPrefix("  \"n") {
            #expect(line.wholeMatch(of: statement) != nil, "\(line)")
        }
    }

    @Test func drawsKindsRelationsAndWeights() throws {
        let nodes = [
            GraphNode(id: 1, label: "Dmitry Peskov", kind: .person),
            GraphNode(id: 2, label: "Kremlin", kind: .organization),
            GraphNode(id: 3, label: "Russia", kind: .country, isoCode: "RU"),
        ]
        let edges = [
            GraphEdge(source: 1, target: 2, relation: "spokesperson_of", weight: 8),
            GraphEdge(source: 2, target: 3, relation: GraphEdge.coMention, weight: 1),
        ]
        let text = try ExportFixtures.export(.dot, nodes: nodes, edges: edges)
        #expect(text.contains(##"  "n1" -> "n2" [label="spokesperson_of", penwidth=4.0];"##))
        #expect(text.contains(##"  "n2" -> "n3" [style=dashed, color="#9a9a9a", dir=none, penwidth=1.0];"##))
        #expect(text.contains(##""n3" [label="Russia", shape=hexagon, fillcolor="#fdbf6f"];"##))
        // The legend lists the kinds that occur, and both edge styles, and nothing else.
        #expect(text.contains(##""legend_person" [label="person", shape=ellipse"##))
        #expect(text.contains(##""legend_country" [label="country", shape=hexagon"##))
        #expect(!text.contains("legend_event"))
        #expect(text.contains("legend_typed_from") && text.contains("legend_co_from"))
        let bare = try ExportFixtures.export(.dot, nodes: nodes, edges: [])
        #expect(!bare.contains("legend_typed_from") && !bare.contains("legend_co_from"))
    }

    @Test func penWidthGrowsWithWeightAndStaysReadable() {
        #expect(DOTStyle.penWidth(0.5) == 1)
        #expect(DOTStyle.penWidth(1) == 1)
        #expect(DOTStyle.penWidth(2) == 2)
        #expect(DOTStyle.penWidth(3) == 2.58)
        #expect(DOTStyle.penWidth(1_000_000) == 6)
    }

    @Test(.enabled(if: ExternalTool.hasGraphviz, "needs Graphviz"))
    func graphvizRendersEveryExportSilently() throws {
        let (nodes, edges) = ExportFixtures.hostileGraph()
        let synthetic = SyntheticGraph(edges: 400, edgesPerNode: 3, seed: 5)
        let cases: [(String, [GraphNode], [GraphEdge])] = [
            ("hostile", nodes, edges),
            ("empty", [], []),
            ("nodes-only", nodes, []),
            ("synthetic", Array(synthetic.nodes), Array(synthetic.edges)),
        ]
        for (name, nodes, edges) in cases {
            let dot = try ExportFixtures.export(.dot, nodes: nodes, edges: edges)
            let result = try ExternalTool.run("dot", ["-Tsvg"], stdin: dot)
            #expect(result.status == 0, "\(name)")
            #expect(result.stderr.isEmpty, "dot warned on \(name): \(result.stderr)")
            let svg = try XMLDocument(xml: result.stdout, recover: false)
            #expect(svg.isWellFormed, "\(name)")
            let namespace = ["s": "http://www.w3.org/2000/svg"]
            let texts = Set(svg.nodes(matching: "//s:text", namespaces: namespace).map(\.text))
            let nodeGroups = svg.nodes(matching: "//s:g[@class='node']", namespaces: namespace)
            #expect(nodeGroups.count == nodes.count + (nodes.isEmpty ? 0 : Set(nodes.map(\.kind)).count)
                    + (edges.isEmpty ? 0 : 4 - (edges.allSatisfy(\.isCoMention) || !edges.contains(where: \.isCoMention) ? 2 : 0)),
                    "\(name)")
            for node in nodes {
                for line in Self.renderedLines(node.label) {
                    #expect(texts.contains(line), "\(name): \(line.debugDescription) missing from the SVG")
                }
            }
        }
    }

    /// The text lines Graphviz draws for a label: forbidden characters gone, tabs as spaces,
    /// one line per line break, empty lines not drawn.
    static func renderedLines(_ label: String) -> [String] {
        ExportFixtures.markupSafe(label)
            .replacingOccurrences(of: "\r\n", with: "\n")
            .replacingOccurrences(of: "\r", with: "\n")
            .replacingOccurrences(of: "\t", with: " ")
            .split(separator: "\n", omittingEmptySubsequences: true)
            .map(String.init)
    }
}
