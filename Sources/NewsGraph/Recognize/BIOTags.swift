/// The tagger's label set: `O`, then `B-X` and `I-X` for X in PER, ORG, LOC, MISC (IOB2).
///
/// Tags are small integers so weight rows and Viterbi tables are flat arrays:
/// 0 is `O`, `1 + type` is `B-type`, `5 + type` is `I-type`, with types in the order of
/// `BIOTags.types`.
public enum BIOTags {
    /// Entity types in tag order.
    public static let types: [EntityLabel] = [.person, .organization, .location, .misc]
    /// Number of tags (9).
    public static let count = 1 + 2 * types.count
    public static let outside = 0

    @inline(__always) public static func begin(_ type: Int) -> Int { 1 + type }
    @inline(__always) public static func inside(_ type: Int) -> Int { 1 + types.count + type }
    /// The entity type index of a tag, or nil for `O`.
    @inline(__always) public static func type(of tag: Int) -> Int? {
        tag == 0 ? nil : (tag - 1) % types.count
    }
    @inline(__always) public static func isInside(_ tag: Int) -> Bool { tag > types.count }

    public static func typeIndex(_ label: EntityLabel) -> Int {
        switch label {
        case .person: 0
        case .organization: 1
        case .location: 2
        case .misc: 3
        }
    }

    /// The tag's name, e.g. "B-PER".
    public static func name(_ tag: Int) -> String {
        guard let type = type(of: tag) else { return "O" }
        return (isInside(tag) ? "I-" : "B-") + types[type].rawValue
    }

    /// Whether `tag` may follow `previous` in IOB2 (`nil` = sentence start): `I-X` only
    /// after `B-X` or `I-X`.
    @inline(__always) public static func isAllowed(_ previous: Int?, _ tag: Int) -> Bool {
        guard isInside(tag) else { return true }
        guard let previous, let prevType = type(of: previous) else { return false }
        return prevType == type(of: tag)
    }

    /// The entity spans of an IOB2 tag sequence; a stray `I-X` starts a new entity, as
    /// conlleval reads it.
    public static func spans(_ tags: [Int]) -> [EntitySpan] {
        var spans: [EntitySpan] = []
        var start = -1
        var currentType = -1
        for (i, tag) in tags.enumerated() {
            let t = type(of: tag) ?? -1
            let continues = t >= 0 && isInside(tag) && t == currentType
            if !continues {
                if currentType >= 0 { spans.append(EntitySpan(start: start, end: i, label: types[currentType])) }
                start = i
                currentType = t
            }
        }
        if currentType >= 0 { spans.append(EntitySpan(start: start, end: tags.count, label: types[currentType])) }
        return spans
    }
}
