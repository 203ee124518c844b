import Foundation
import Testing
@testable import NewsGraph

@Suite struct GraphMLWriterTests {
    @Test func declaresEveryKeyBeforeTheGraph() throws {
        let (nodes, edges) = ExportFixtures.hostileGraph()
        let text = try ExportFixtures.export(.graphml, nodes: nodes, edges: edges)
        let graphStart = try #require(text.range(of: "<graph id=\"G\" edgedefault=\"directed\">"))
        let lastKey = try #require(text.range(of: "<key ", options: .backwards))
        #expect(lastKey.lowerBound < graphStart.lowerBound)
        #expect(text.contains(#"<key id="aliases" for="node" attr.name="aliases" attr.type="string"/>"#))
        #expect(text.contains(#"<key id="mentions" for="node" attr.name="mentions" attr.type="int"/>"#))
        #expect(text.contains(#"<key id="weight" for="edge" attr.name="weight" attr.type="double"/>"#))
        #expect(text.contains(#"<key id="directed" for="edge" attr.name="directed" attr.type="boolean"/>"#))
        #expect(text.contains(#"<edge id="e0" source="n3" target="n13">"#))
        #expect(text.contains(#"<data key="first_seen">2023-11-15</data>"#))
        #expect(!text.contains("&#1;") && !text.contains("\u{01}"))
    }

    @Test func libxml2ReadsBackEveryLabelAndAlias() throws {
        let (nodes, edges) = ExportFixtures.hostileGraph()
        let text = try ExportFixtures.export(.graphml, nodes: nodes, edges: edges)
        let document = try XMLDocument(xml: text, recover: false)
        #expect(document.isWellFormed)
        let namespace = ["g": "http://graphml.graphdrawing.org/xmlns"]
        let labels = document.nodes(matching: "//g:node/g:data[@key='label']", namespaces: namespace).map(\.text)
        #expect(labels == nodes.map { ExportFixtures.markupSafe($0.label) })
        let aliases = document.nodes(matching: "//g:node/g:data[@key='aliases']", namespaces: namespace).map(\.text)
        #expect(aliases == nodes.map { ExportFixtures.markupSafe($0.aliases.joined(separator: "|")) })
        let evidence = document.nodes(matching: "//g:edge/g:data[@key='evidence']", namespaces: namespace).map(\.text)
        #expect(evidence == edges.map { ExportFixtures.markupSafe($0.evidence ?? "") })
        let ids = document.nodes(matching: "//g:node/@id | //g:edge/@id", namespaces: namespace).map(\.text)
        #expect(Set(ids).count == ids.count)
    }

    @Test func emptyGraphIsACompleteDocument() throws {
        let text = try ExportFixtures.export(.graphml, nodes: [], edges: [])
        #expect(text.hasSuffix("<graph id=\"G\" edgedefault=\"directed\">\n  </graph>\n</graphml>\n"))
        #expect(try XMLDocument(xml: text, recover: false).isWellFormed)
    }

    @Test func refusesGraphsNoReaderCouldTrust() throws {
        let a = GraphNode(id: 1, label: "A", kind: .person)
        let b = GraphNode(id: 2, label: "B", kind: .country)
        var writer = GraphMLWriter(to: MemorySink())
        try writer.writeNode(a)
        #expect(throws: ExportError.duplicateNode(id: 1)) { try writer.writeNode(a) }
        #expect(throws: ExportError.danglingEdge(source: 1, target: 9, missing: 9)) {
            try writer.writeEdge(GraphEdge(source: 1, target: 9, relation: "x"))
        }
        try writer.writeNode(b)
        #expect(throws: ExportError.nonFiniteWeight(source: 1, target: 2, relation: "x")) {
            try writer.writeEdge(GraphEdge(source: 1, target: 2, relation: "x", weight: .nan))
        }
        try writer.writeEdge(GraphEdge(source: 1, target: 2, relation: "x"))
        #expect(throws: ExportError.nodeAfterEdges(id: 3)) {
            try writer.writeNode(GraphNode(id: 3, label: "C", kind: .event))
        }
        try writer.finish()
        #expect(throws: ExportError.alreadyFinished) { try writer.finish() }
        #expect(ExportError.danglingEdge(source: 1, target: 9, missing: 9).description
                == "export: edge n1 -> n9 names node n9, which was not exported")
    }

    @Test(.enabled(if: ExternalTool.hasXMLLint && ExternalTool.graphMLSchema != nil, "needs xmllint and ../shared/data/graphml-xsd"))
    func validatesAgainstTheGraphMLSchema() throws {
        let schema = try #require(ExternalTool.graphMLSchema)
        let directory = try ExternalTool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let (nodes, edges) = ExportFixtures.hostileGraph()
        let synthetic = SyntheticGraph(edges: 3_000, seed: 11)
        let cases: [(String, [GraphNode], [GraphEdge])] = [
            ("hostile", nodes, edges),
            ("empty", [], []),
            ("nodes-only", nodes, []),
            ("synthetic", Array(synthetic.nodes), Array(synthetic.edges)),
        ]
        var files: [String] = []
        for (name, nodes, edges) in cases {
            let url = directory.appendingPathComponent("\(name).graphml")
            var writer = GraphMLWriter(to: try FileSink(creating: url.path))
            try writer.write(nodes: nodes, edges: edges)
            files.append(url.path)
        }
        let result = try ExternalTool.run("xmllint", ["--nonet", "--noout", "--schema", schema] + files)
        #expect(result.status == 0, "\(result.stderr)")
        for file in files {
            #expect(result.stderr.contains("\(file) validates"), "\(result.stderr)")
        }
    }

    @Test(.enabled(if: ExternalTool.hasGraphPython, "needs python3 with networkx and igraph"))
    func networkxAndIgraphReadEveryAttributeWithItsType() throws {
        let (nodes, edges) = ExportFixtures.hostileGraph()
        let directory = try ExternalTool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = directory.appendingPathComponent("hostile.graphml")
        var writer = GraphMLWriter(to: try FileSink(creating: url.path))
        try writer.write(nodes: nodes, edges: edges)

        let (read, stderr) = try GraphReaders.read(url, kind: "graphml")
        #expect(stderr.isEmpty, "readers warned: \(stderr)")
        let networkx = try #require(read.networkx)
        let igraph = try #require(read.igraph)
        #expect(networkx.directed && igraph.directed)
        for (library, graph, integerType) in [("networkx", networkx, "int"), ("igraph", igraph, "float")] {
            #expect(graph.nodes.count == nodes.count, "\(library)")
            #expect(graph.edges.count == edges.count, "\(library)")
            for node in nodes {
                let attributes = try #require(graph.nodes["n\(node.id)"], "\(library) lost n\(node.id)")
                func attribute(_ key: String) -> GraphReaders.Attribute? { attributes.first { $0.key == key } }
                #expect(attribute("label")?.value == .string(ExportFixtures.markupSafe(node.label)), "\(library) n\(node.id)")
                #expect(attribute("label")?.type == "str")
                #expect(attribute("type")?.value == .string(node.kind.rawValue))
                #expect(attribute("aliases")?.value == .string(ExportFixtures.markupSafe(node.aliases.joined(separator: "|"))))
                #expect(attribute("mentions")?.value.number == Double(node.mentions), "\(library) n\(node.id)")
                #expect(attribute("mentions")?.type == integerType, "\(library) mentions type")
                if let iso = node.isoCode {
                    #expect(attribute("iso_code")?.value == .string(iso))
                } else if library == "networkx" {
                    #expect(attribute("iso_code") == nil)
                }
            }
            for (edge, readEdge) in zip(edges, graph.edges) {
                #expect(readEdge.source == "n\(edge.source)" && readEdge.target == "n\(edge.target)", "\(library)")
                #expect(readEdge["relation"]?.value == .string(edge.relation))
                #expect(readEdge["weight"]?.value == .double(edge.weight), "\(library) weight")
                #expect(readEdge["weight"]?.type == "float")
                #expect(readEdge["articles"]?.value.number == Double(edge.articles))
                #expect(readEdge["articles"]?.type == integerType)
                #expect(readEdge["directed"]?.value == .bool(edge.directed), "\(library) directed")
                #expect(readEdge["directed"]?.type == "bool", "\(library) directed type")
                #expect(readEdge["evidence"]?.value == .string(ExportFixtures.markupSafe(edge.evidence ?? "")))
                #expect(readEdge["first_seen"]?.value.isDay == true)
                #expect(readEdge["last_seen"]?.value.isDay == true)
            }
        }
    }
}

extension GraphReaders.Value {
    /// A `YYYY-MM-DD` string.
    var isDay: Bool {
        guard case .string(let text) = self else { return false }
        return text.wholeMatch(of: /\d{4}-\d{2}-\d{2}/) != nil
    }
}
