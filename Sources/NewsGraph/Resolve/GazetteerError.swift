/// A gazetteer file could not be parsed.
public struct GazetteerError: Error, Sendable, CustomStringConvertible {
    /// The file (resource path) being read.
    public var file: String
    /// 1-based line number.
    public var line: Int
    public var reason: String
    public var description: String { "\(file):\(line): \(reason)" }
}
