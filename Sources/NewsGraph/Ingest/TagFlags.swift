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
    let rawValue: UInt32

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
    /// In ``PageMetadata/tags``.
    static let metadata = TagFlags(rawValue: 1 << 7)
    /// In ``PageStatistics/codeTags``.
    static let code = TagFlags(rawValue: 1 << 8)
    /// In ``PageStatistics/pageTags``.
    static let page = TagFlags(rawValue: 1 << 9)
    /// In ``PageStatistics/keptUnlikelyTags``.
    static let keptUnlikely = TagFlags(rawValue: 1 << 10)
    /// In ``PageStatistics/keptCommentsTags``.
    static let keptComments = TagFlags(rawValue: 1 << 11)
    /// In ``PageStatistics/headerTags``.
    static let header = TagFlags(rawValue: 1 << 12)
    /// In ``PageStatistics/countedTags``.
    static let counted = TagFlags(rawValue: 1 << 13)

    init(rawValue: UInt32) {
        self.rawValue = rawValue
    }

    /// The flags of a lower-case tag name; none for text (the empty name) and for tags in no set.
    init(tag: String) {
        self = tag.isEmpty ? [] : Self.byTag[tag] ?? []
    }

    /// Each flag with the tag set it stands for (tests check the flags against it).
    static let sets: [(flag: TagFlags, tags: Set<String>)] = [
        (.block, PageStatistics.blockTags), (.removed, PageStatistics.removedTags),
        (.heading, PageStatistics.headingTags), (.subheading, BodyCollector.headingTags),
        (.paragraph, ContentScorer.paragraphTags), (.container, ContentScorer.containerTags),
        (.conditionallyCleaned, BodyCollector.conditionallyCleaned), (.metadata, PageMetadata.tags),
        (.code, PageStatistics.codeTags), (.page, PageStatistics.pageTags),
        (.keptUnlikely, PageStatistics.keptUnlikelyTags), (.keptComments, PageStatistics.keptCommentsTags),
        (.header, PageStatistics.headerTags), (.counted, PageStatistics.countedTags),
    ]

    /// Every tag in one of the sets, with its flags: one look-up instead of one per set.
    private static let byTag: [String: TagFlags] = {
        var table: [String: TagFlags] = [:]
        for (flag, tags) in sets {
            for tag in tags { table[tag, default: []].insert(flag) }
        }
        return table
    }()
}
