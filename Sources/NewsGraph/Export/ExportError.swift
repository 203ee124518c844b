/// Why an export stopped. Each case names the element it failed on.
public enum ExportError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Two nodes had the same id.
    case duplicateNode(id: Int64)
    /// An edge named a node that was not written before it.
    case danglingEdge(source: Int64, target: Int64, missing: Int64)
    /// A node came after the first edge; every format here writes nodes first.
    case nodeAfterEdges(id: Int64)
    /// The writer was used after ``GraphExportWriter/finish()``.
    case alreadyFinished
    /// A weight was NaN or infinite, which no format can carry faithfully.
    case nonFiniteWeight(source: Int64, target: Int64, relation: String)
    /// Writing to the destination failed (disk full, closed pipe …).
    case writeFailed(destination: String, errno: Int32, reason: String)
    /// The output file could not be created.
    case cannotCreate(path: String, reason: String)

    public var description: String {
        switch self {
        case .duplicateNode(let id):
            return "export: node n\(id) written twice"
        case .danglingEdge(let source, let target, let missing):
            return "export: edge n\(source) -> n\(target) names node n\(missing), which was not exported"
        case .nodeAfterEdges(let id):
            return "export: node n\(id) came after edges; write every node before the first edge"
        case .alreadyFinished:
            return "export: writer used after finish()"
        case .nonFiniteWeight(let source, let target, let relation):
            return "export: edge n\(source) -\(relation)-> n\(target) has a non-finite weight"
        case .writeFailed(let destination, let errno, let reason):
            return "export: cannot write to \(destination): \(reason) (errno \(errno))"
        case .cannotCreate(let path, let reason):
            return "export: cannot create \(path): \(reason)"
        }
    }
}
