import Foundation

/// What networkx and igraph read back from our files, as reported by a small Python script:
/// every attribute with its Python type name, so tests can check types as well as values.
struct GraphReaders: Decodable {
    struct Graph: Decodable {
        var directed: Bool
        var nodes: [String: [Attribute]]
        var edges: [Edge]
    }

    struct Edge: Decodable {
        var source: String
        var target: String
        var attributes: [Attribute]

        init(from decoder: any Decoder) throws {
            var container = try decoder.unkeyedContainer()
            source = try container.decode(String.self)
            target = try container.decode(String.self)
            attributes = try container.decode([Attribute].self)
        }

        subscript(key: String) -> Attribute? { attributes.first { $0.key == key } }
    }

    /// `[key, value, type]` as the script prints it.
    struct Attribute: Decodable {
        var key: String
        var value: Value
        var type: String

        init(from decoder: any Decoder) throws {
            var container = try decoder.unkeyedContainer()
            key = try container.decode(String.self)
            value = try container.decode(Value.self)
            type = try container.decode(String.self)
        }
    }

    enum Value: Decodable, Equatable {
        case string(String), int(Int), double(Double), bool(Bool), list([String]), null

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if container.decodeNil() { self = .null }
            else if let value = try? container.decode(Bool.self) { self = .bool(value) }
            else if let value = try? container.decode(Int.self) { self = .int(value) }
            else if let value = try? container.decode(Double.self) { self = .double(value) }
            else if let value = try? container.decode(String.self) { self = .string(value) }
            else { self = .list(try container.decode([String].self)) }
        }

        var number: Double? {
            switch self {
            case .int(let value): Double(value)
            case .double(let value): value
            default: nil
            }
        }
    }

    var networkx: Graph?
    var igraph: Graph?
    var json: Graph?

    static let script = """
        import json, math, sys
        import networkx as nx
        import igraph as ig

        def value(v):
            if isinstance(v, float) and math.isnan(v):
                return None
            return v

        def attrs(d):
            return sorted([[k, value(v), type(v).__name__] for k, v in d.items() if k != "id"])

        def networkx_graph(G):
            return {"directed": G.is_directed(),
                    "nodes": {str(n): attrs(d) for n, d in G.nodes(data=True)},
                    "edges": [[str(u), str(v), attrs(d)] for u, v, d in G.edges(data=True)]}

        out = {}
        kind, path = sys.argv[1], sys.argv[2]
        if kind == "graphml":
            out["networkx"] = networkx_graph(nx.read_graphml(path))
            g = ig.Graph.Read_GraphML(path)
            names = g.vs["id"]
            out["igraph"] = {"directed": g.is_directed(),
                             "nodes": {v["id"]: attrs(v.attributes()) for v in g.vs},
                             "edges": [[names[e.source], names[e.target], attrs(e.attributes())] for e in g.es]}
        else:
            with open(path, encoding="utf-8") as f:
                out["json"] = networkx_graph(nx.node_link_graph(json.load(f), edges="edges"))
        print(json.dumps(out))
        """

    /// Reads `file` (GraphML, or node-link JSON when `kind` is "json") with the Python libraries.
    static func read(_ file: URL, kind: String) throws -> (GraphReaders, stderr: String) {
        let result = try ExternalTool.run("python3", ["-c", script, kind, file.path])
        guard result.status == 0 else {
            throw ExternalTool.ToolError(message: "python3 failed (\(result.status)): \(result.stderr)")
        }
        return (try JSONDecoder().decode(GraphReaders.self, from: Data(result.stdout.utf8)), result.stderr)
    }
}
