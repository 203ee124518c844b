/// An entity as a run of tokens: `start..<end` are token indices within one sentence.
public struct EntitySpan: Sendable, Hashable {
    public var start: Int
    public var end: Int
    public var label: EntityLabel

    public init(start: Int, end: Int, label: EntityLabel) {
        self.start = start
        self.end = end
        self.label = label
    }
}
