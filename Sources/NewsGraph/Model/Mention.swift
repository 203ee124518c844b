/// A named-entity label in the CoNLL scheme, as the tagger outputs it.
public enum EntityLabel: String, Sendable, Hashable, Codable, CaseIterable {
    case person = "PER"
    case organization = "ORG"
    case location = "LOC"
    case misc = "MISC"
}

/// A span of article text the tagger recognised as a named entity.
///
/// `start` and `end` are offsets into the analysed text in Unicode scalars (end exclusive).
public struct Mention: Sendable, Hashable, Codable {
    public var start: Int
    public var end: Int
    /// The text of the span, exactly as it appears.
    public var text: String
    public var label: EntityLabel
    /// The tagger's confidence in 0...1.
    public var confidence: Double

    public init(start: Int, end: Int, text: String, label: EntityLabel, confidence: Double = 1) {
        self.start = start
        self.end = end
        self.text = text
        self.label = label
        self.confidence = confidence
    }
}
