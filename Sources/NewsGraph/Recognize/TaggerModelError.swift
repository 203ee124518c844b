/// A tagger model that could not be loaded.
public struct TaggerModelError: Error, Sendable, CustomStringConvertible {
    public var source: String
    public var reason: String
    public var description: String { "model \(source): \(reason)" }
}
