/// What extraction needs to know about a page-tree element's tag, worked out once per node
/// when the tree is built.
///
/// The extraction attempts ask "is this a block?", "a heading?", "a container?" of every
/// node several times; answering from the tag `String` meant hashing it into a `Set` each
/// time. Each flag is exactly membership in the set it names.
///
/// ```swift
/// TagFlags(tag: "div").contains(.block)   // true
/// TagFlags(tag: "span").contains(.block)  // false
/// ```
struct TagFlags: OptionSet, Sendable, Hashable {
    let rawValue: UInt16

    /// In ``PageStatistics/blockTags``.
    static let block = TagFlags(rawValue: 1 << 0)
    /// In ``PageStatistics/removedTags``.
    static let removed = TagFlags(rawValue: 1 << 1)
    /// In ``PageStatistics/headingTags`` (`h1`–`h6`).
    static let heading = TagFlags(rawValue: 1 << 2)
    /// In ``BodyCollector``'s sub-headings (`h2`–`h6`).
    static let subheading = TagFlags(rawValue: 1 << 3)
    /// In ``ContentScorer/paragraphTags``.
    static let paragraph = TagFlags(rawValue: 1 << 4)
    /// In ``ContentScorer/containerTags``.
    static let container = TagFlags(rawValue: 1 << 5)
    /// In ``BodyCollector``'s conditionally cleaned tags.
    static let conditionallyCleaned = TagFlags(rawValue: 1 << 6)

    init(rawValue: UInt16) {
        self.rawValue = rawValue
    }

    /// The flags of a lower-case tag name; none for text (the empty name).
    init(tag: String) {
        var flags: TagFlags = []
        if tag.isEmpty {
            self = flags
            return
        }
        if PageStatistics.blockTags.contains(tag) { flags.insert(.block) }
        if PageStatistics.removedTags.contains(tag) { flags.insert(.removed) }
        if PageStatistics.headingTags.contains(tag) { flags.insert(.heading) }
        if BodyCollector.headingTags.contains(tag) { flags.insert(.subheading) }
        if ContentScorer.paragraphTags.contains(tag) { flags.insert(.paragraph) }
        if ContentScorer.containerTags.contains(tag) { flags.insert(.container) }
        if BodyCollector.conditionallyCleaned.contains(tag) { flags.insert(.conditionallyCleaned) }
        self = flags
    }
}
