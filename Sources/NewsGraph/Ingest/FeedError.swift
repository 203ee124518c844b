/// Why bytes could not be read as a feed. Its description is one line naming the input.
public struct FeedError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Reason: Sendable, Equatable {
        /// No bytes, or only whitespace.
        case empty
        /// Larger than the size cap.
        case tooLarge(bytes: Int, limit: Int)
        /// NUL bytes or control characters: not a text document.
        case binary
        /// A readable document, but not RSS, RDF or Atom; says what it is instead.
        case notAFeed(String)
        /// libxml2 could not build a tree even in recover mode.
        case malformed(String)
        /// Entity declarations that expand without bound (a "billion laughs" document).
        case entityExpansion
    }

    /// The input's name or address, when known.
    public var source: String?
    public var reason: Reason

    public init(source: String?, reason: Reason) {
        self.source = source
        self.reason = reason
    }

    public var description: String {
        let what: String = switch reason {
        case .empty: "empty input"
        case let .tooLarge(bytes, limit): "input of \(bytes) bytes exceeds the \(limit)-byte limit"
        case .binary: "binary data, not a feed"
        case let .notAFeed(kind): "not a feed (\(kind))"
        case let .malformed(message): "cannot be parsed as XML (\(message))"
        case .entityExpansion: "refused: entity declarations expand without bound"
        }
        return "\(source ?? "input"): \(what)"
    }
}
