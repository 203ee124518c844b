/// A bad aliases file: names the file and the line, and says what is wrong with it.
public struct AliasFileError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Reason: Sendable, Hashable {
        /// The file could not be read.
        case unreadable(String)
        /// A line without a tab between alias and canonical.
        case missingTab(String)
        /// More than three tab-separated fields.
        case tooManyFields(Int)
        /// An empty alias or canonical.
        case emptyField(String)
        /// A third field that is not an entity kind.
        case unknownKind(String)
        /// Alias and canonical are one name.
        case sameName(String)
        /// The alias was given another canonical on an earlier line.
        case conflict(alias: String, earlierLine: Int, earlierCanonical: String)
        /// The canonical name matches several entities; the line needs a kind.
        case ambiguous(name: String, candidates: [EntitySummary])
    }

    public var path: String
    /// 1-based; 0 when the whole file is at fault.
    public var line: Int
    public var reason: Reason

    public init(path: String, line: Int, reason: Reason) {
        self.path = path
        self.line = line
        self.reason = reason
    }

    public var description: String {
        let place = line > 0 ? "\(path):\(line)" : path
        switch reason {
        case .unreadable(let message):
            return "\(place): cannot read aliases file: \(message)"
        case .missingTab(let text):
            return "\(place): expected alias<TAB>canonical[<TAB>kind], found no tab in \"\(text)\""
        case .tooManyFields(let count):
            return "\(place): expected alias<TAB>canonical[<TAB>kind], found \(count) fields"
        case .emptyField(let which):
            return "\(place): the \(which) is empty"
        case .unknownKind(let kind):
            let kinds = EntityKind.allCases.map(\.rawValue).joined(separator: ", ")
            return "\(place): unknown kind \"\(kind)\" (use one of: \(kinds))"
        case .sameName(let name):
            return "\(place): \"\(name)\" is the same name on both sides"
        case .conflict(let alias, let earlierLine, let earlierCanonical):
            return "\(place): \"\(alias)\" was already given to \"\(earlierCanonical)\" on line \(earlierLine)"
        case .ambiguous(let name, let candidates):
            return "\(place): \"\(name)\" matches several entities; add a kind column:\n"
                + candidates.map { "  \($0.name)\t\($0.kind.rawValue)\t(#\($0.id), \($0.mentions) mentions)" }.joined(separator: "\n")
        }
    }
}
