/// A streaming graph writer: nodes first, then edges, then ``finish()``. Nothing but the
/// set of node ids is kept, so a graph of millions of edges exports in bounded memory.
///
/// ```swift
/// var writer = GraphMLWriter(to: FileSink.standardOutput())
/// try writer.write(nodes: store.nodes(), edges: store.edges())
/// ```
public protocol GraphExportWriter {
    /// Writes one node. Throws if its id was already written or an edge came before it.
    mutating func writeNode(_ node: GraphNode) throws
    /// Writes one edge. Throws if either end was not written as a node.
    mutating func writeEdge(_ edge: GraphEdge) throws
    /// Closes the document and flushes everything to the sink.
    mutating func finish() throws
}

extension GraphExportWriter {
    /// Writes a whole graph from two sequences, which may be lazy, and finishes the document.
    public mutating func write<Nodes: Sequence<GraphNode>, Edges: Sequence<GraphEdge>>(nodes: Nodes, edges: Edges) throws {
        for node in nodes { try writeNode(node) }
        for edge in edges { try writeEdge(edge) }
        try finish()
    }
}

/// The format of an export, as the CLI names it.
public enum ExportFormat: String, Sendable, CaseIterable {
    case graphml, dot, json

    /// A writer of this format over `sink`.
    public func writer(to sink: any ExportSink) -> any GraphExportWriter {
        switch self {
        case .graphml: GraphMLWriter(to: sink)
        case .dot: DOTWriter(to: sink)
        case .json: JSONWriter(to: sink)
        }
    }
}

/// The bookkeeping every writer shares: where in the document it is, and which node ids exist.
struct ExportProgress {
    enum Phase { case start, nodes, edges, finished }

    private(set) var phase: Phase = .start
    private var nodeIDs: Set<Int64> = []
    private(set) var edgeCount = 0

    /// Records a node; returns true when it is the first element of the document.
    mutating func admit(_ node: GraphNode) throws -> Bool {
        switch phase {
        case .finished: throw ExportError.alreadyFinished
        case .edges: throw ExportError.nodeAfterEdges(id: node.id)
        case .start, .nodes: break
        }
        guard nodeIDs.insert(node.id).inserted else { throw ExportError.duplicateNode(id: node.id) }
        let first = phase == .start
        phase = .nodes
        return first
    }

    /// Records an edge; returns the phase it leaves, so a writer knows when to open the
    /// edge section.
    mutating func admit(_ edge: GraphEdge) throws -> Phase {
        if phase == .finished { throw ExportError.alreadyFinished }
        if !nodeIDs.contains(edge.source) {
            throw ExportError.danglingEdge(source: edge.source, target: edge.target, missing: edge.source)
        }
        if !nodeIDs.contains(edge.target) {
            throw ExportError.danglingEdge(source: edge.source, target: edge.target, missing: edge.target)
        }
        guard edge.weight.isFinite else {
            throw ExportError.nonFiniteWeight(source: edge.source, target: edge.target, relation: edge.relation)
        }
        let previous = phase
        phase = .edges
        edgeCount += 1
        return previous
    }

    /// Marks the end; returns the phase it leaves.
    mutating func close() throws -> Phase {
        if phase == .finished { throw ExportError.alreadyFinished }
        let previous = phase
        phase = .finished
        return previous
    }
}
