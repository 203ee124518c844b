/// Why a query could not answer. Each case names the input it failed on; the CLI prints
/// ``description`` and exits non-zero.
public enum QueryError: Error, Sendable, Equatable, CustomStringConvertible {
    /// No entity has this name or alias; `suggestions` are the closest names.
    case notFound(name: String, suggestions: [EntitySummary])
    /// Several entities have this name or alias; the user picks one by `#id`.
    case ambiguous(name: String, candidates: [EntitySummary])
    /// The database file does not exist (queries never create one).
    case noDatabase(path: String)
    /// A `--since` value that is not a date.
    case invalidDate(String)
    /// The two ends of `path` are not connected within the search depth.
    case noPath(from: String, to: String, maxDepth: Int)

    public var description: String {
        switch self {
        case .notFound(let name, let suggestions):
            let hint = suggestions.isEmpty ? "" : "; did you mean " + suggestions.map { "\"\($0.name)\"" }.joined(separator: ", ") + "?"
            return "no entity named \"\(name)\"\(hint)"
        case .ambiguous(let name, let candidates):
            return "\"\(name)\" is ambiguous; pick one by id:\n"
                + candidates.map { "  #\($0.id)  \($0.name) (\($0.kind.rawValue), \($0.mentions) mentions)" }.joined(separator: "\n")
        case .noDatabase(let path):
            return "no database at \(path); ingest some news first, or pass --db"
        case .invalidDate(let text):
            return "not a date: \"\(text)\" (use YYYY-MM-DD)"
        case .noPath(let from, let to, let maxDepth):
            return "no path between \"\(from)\" and \"\(to)\" within \(maxDepth) hops"
        }
    }
}
