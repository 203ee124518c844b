import Foundation

/// A deterministic synthetic news graph for benchmarks and demos, with the heavy-tailed
/// degree distribution of real co-mention graphs: a few hubs (capitals, presidents) and a
/// long tail of people mentioned once.
///
/// Edges come from preferential attachment (Barabási–Albert): node *i* links to
/// `edgesPerNode` distinct earlier nodes, each picked with probability proportional to its
/// degree so far (one pick in ten is uniform, as real news also links newcomers to each
/// other). Nodes are computed from their index alone; edges are generated lazily and keep
/// only the endpoint list (8 bytes per edge), so a million-edge graph streams in ~8 MB.
///
/// ```swift
/// let graph = SyntheticGraph(edges: 1_000_000, seed: 7)
/// var writer = GraphMLWriter(to: try FileSink(creating: "big.graphml"))
/// try writer.write(nodes: graph.nodes, edges: graph.edges)
/// ```
public struct SyntheticGraph: Sendable {
    public let edgeCount: Int
    public let edgesPerNode: Int
    public let nodeCount: Int
    public let seed: UInt64

    /// - Parameters:
    ///   - edges: exact number of edges to generate.
    ///   - edgesPerNode: links each new node makes (the BA model's *m*); the mean degree is twice that.
    public init(edges: Int, edgesPerNode: Int = 5, seed: UInt64 = 42) {
        let perNode = max(1, edgesPerNode)
        edgeCount = max(0, edges)
        self.edgesPerNode = perNode
        self.seed = seed
        // Node i makes min(i, m) edges; take just enough nodes to reach the edge count.
        var nodes = 1
        var total = 0
        while total < edgeCount {
            total += min(nodes, perNode)
            nodes += 1
        }
        nodeCount = nodes
    }

    /// Every node, computed on demand.
    public var nodes: LazyMapSequence<Range<Int>, GraphNode> {
        (0..<nodeCount).lazy.map { node(at: $0) }
    }

    /// Every edge, generated on demand in a fixed order.
    public var edges: Edges { Edges(graph: self) }

    /// The node with index `index` (its id is `index + 1`, like a database row id).
    public func node(at index: Int) -> GraphNode {
        var random = nodeRandom(index)
        let kind = Self.kind(&random)
        let name = Self.name(kind: kind, index: index, random: &random)
        // Names end in the node number; aliases keep it, so they stay unique too.
        let words = name.split(separator: " ")
        var aliases = [name]
        if kind == .person, words.count >= 3 {
            aliases.append("\(words[words.count - 2]) \(index + 1)")
        }
        if kind == .organization {
            let acronym = String(words.dropLast().compactMap(\.first).filter(\.isUppercase))
            if acronym.count > 1 { aliases.append("\(acronym) \(index + 1)") }
        }
        // Mentions follow the same heavy tail as degrees: early (hub) nodes are mentioned more.
        let mentions = 1 + Int(Double(nodeCount) / Double(index + 1) * random.unit() * 3).clamped(to: 0...1_000_000)
        let iso = kind == .country ? Self.isoCode(index) : nil
        return GraphNode(id: Int64(index + 1), label: name, kind: kind, aliases: aliases, mentions: mentions, isoCode: iso)
    }

    /// The name of node `index` alone; edges quote names in their evidence, and this skips
    /// the aliases ``node(at:)`` builds.
    public func label(at index: Int) -> String {
        var random = nodeRandom(index)
        let kind = Self.kind(&random)
        return Self.name(kind: kind, index: index, random: &random)
    }

    private func nodeRandom(_ index: Int) -> SplitMix64 {
        SplitMix64(seed: seed ^ (UInt64(index) &* 0x2545_F491_4F6C_DD1D))
    }

    private static func kind(_ random: inout SplitMix64) -> EntityKind {
        switch random.below(100) {
        case ..<45: .person
        case ..<70: .organization
        case ..<75: .country
        case ..<90: .location
        case ..<97: .event
        default: .misc
        }
    }

    /// The lazy edge sequence of a ``SyntheticGraph``.
    public struct Edges: Sequence, Sendable {
        let graph: SyntheticGraph

        public func makeIterator() -> Iterator { Iterator(graph: graph) }

        public struct Iterator: IteratorProtocol {
            private let graph: SyntheticGraph
            private var random: SplitMix64
            /// Both ends of every edge so far: picking a uniform entry picks a node by degree.
            private var endpoints: [Int32]
            private var emitted = 0
            private var newcomer = 1
            private var pending: [Int] = []

            init(graph: SyntheticGraph) {
                self.graph = graph
                random = SplitMix64(seed: graph.seed)
                endpoints = []
                endpoints.reserveCapacity(2 * graph.edgeCount)
            }

            public mutating func next() -> GraphEdge? {
                guard emitted < graph.edgeCount else { return nil }
                if pending.isEmpty { pickTargets() }
                let target = pending.removeLast()
                let source = newcomer
                if pending.isEmpty { newcomer += 1 }
                emitted += 1
                endpoints.append(Int32(source))
                endpoints.append(Int32(target))
                return edge(from: source, to: target)
            }

            private mutating func pickTargets() {
                let wanted = Swift.min(newcomer, graph.edgesPerNode)
                while pending.count < wanted {
                    var candidate: Int
                    if endpoints.isEmpty || random.below(10) == 0 {
                        candidate = random.below(newcomer)
                    } else {
                        candidate = Int(endpoints[random.below(endpoints.count)])
                    }
                    // A distinct target for each link; after a few clashes take any free one.
                    var attempts = 0
                    while pending.contains(candidate) && attempts < 8 {
                        candidate = random.below(newcomer)
                        attempts += 1
                    }
                    if pending.contains(candidate) {
                        candidate = (0..<newcomer).first { !pending.contains($0) } ?? candidate
                    }
                    pending.append(candidate)
                }
            }

            private mutating func edge(from source: Int, to target: Int) -> GraphEdge {
                let typed = random.below(4) == 0
                let relation = typed ? SyntheticGraph.relations[random.below(SyntheticGraph.relations.count)] : GraphEdge.coMention
                let articles = 1 + Int(-log(1 - random.unit()) * 2.5)
                let weight = Double(articles + random.below(articles + 1))
                let firstDay = random.below(700)
                let first = SyntheticGraph.epoch.addingTimeInterval(Double(firstDay) * 86_400)
                let last = first.addingTimeInterval(Double(random.below(300)) * 86_400)
                let subject = graph.label(at: source)
                let object = graph.label(at: target)
                let evidence = typed
                    ? "\(subject) was named in connection with \(object), according to officials."
                    : "\(subject) and \(object) were both mentioned in the report on Tuesday."
                return GraphEdge(source: Int64(source + 1), target: Int64(target + 1), relation: relation,
                                 weight: weight, firstSeen: first, lastSeen: last, evidence: evidence,
                                 articles: articles, directed: typed)
            }
        }
    }

    static let epoch = Date(timeIntervalSince1970: 1_704_067_200)  // 2024-01-01
    static let relations = ["spokesperson_of", "member_of", "ambassador_of", "part_of", "leader_of", "met_with", "accused"]

    /// Syllables of the Latin and the Cyrillic names, each with its capitalised twin for the
    /// start of a word (cheaper than capitalising every generated word).
    private static let latin = Script(["ka", "ro", "mi", "len", "sa", "vo", "ter", "an", "del", "zu",
                                       "mar", "ti", "bel", "go", "ra", "ni", "sto", "ev", "lu", "pa"])
    private static let cyrillic = Script(["ка", "ро", "ми", "лен", "са", "во", "тер", "ан", "дел", "зу"])
    private static let orgSuffixes = ["Ministry of Finance", "Party", "Bank", "Council", "Agency", "Group", "Institute"]
    private static let placeSuffixes = ["", " Province", " Bay", " Valley", " District"]
    private static let eventSuffixes = ["Summit", "Election", "Talks", "Protests", "Conference"]

    private struct Script: Sendable {
        let lower: [String]
        let capitalized: [String]

        init(_ syllables: [String]) {
            lower = syllables
            capitalized = syllables.map { $0.prefix(1).uppercased() + $0.dropFirst() }
        }
    }

    private static func word(_ random: inout SplitMix64, syllables: Int, script: Script = SyntheticGraph.latin) -> String {
        var word = script.capitalized[random.below(script.capitalized.count)]
        for _ in 1..<syllables { word += script.lower[random.below(script.lower.count)] }
        return word
    }

    /// A pronounceable name ending in the node's number, so names are unique and lookups in
    /// benchmarks never hit an ambiguous name; one in ten is Cyrillic.
    private static func name(kind: EntityKind, index: Int, random: inout SplitMix64) -> String {
        let script = random.below(10) == 0 ? cyrillic : latin
        let base: String = switch kind {
        case .person:
            word(&random, syllables: 2, script: script) + " " + word(&random, syllables: 3, script: script)
        case .organization:
            word(&random, syllables: 2) + " " + orgSuffixes[random.below(orgSuffixes.count)]
        case .country:
            word(&random, syllables: 3) + "ia"
        case .location:
            word(&random, syllables: 3, script: script) + placeSuffixes[random.below(placeSuffixes.count)]
        case .event:
            word(&random, syllables: 2) + " " + eventSuffixes[random.below(eventSuffixes.count)]
        case .misc:
            word(&random, syllables: 2) + "ian"
        }
        return "\(base) \(index + 1)"
    }

    private static func isoCode(_ index: Int) -> String {
        let letters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        return String([letters[index % 26], letters[(index / 26) % 26]])
    }
}

extension Comparable {
    fileprivate func clamped(to range: ClosedRange<Self>) -> Self {
        min(max(self, range.lowerBound), range.upperBound)
    }
}
