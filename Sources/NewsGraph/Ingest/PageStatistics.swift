/// Per-node figures of a ``PageTree`` for one extraction attempt: which nodes are out
/// (hidden, navigation, unlikely candidates), and for the rest, how much text, link text,
/// commas, paragraphs and images lie below each, computed bottom-up in one pass.
struct PageStatistics: Sendable {
    /// Which heuristics an attempt uses; later attempts relax them when the first finds too little.
    struct Flags: Sendable, Equatable {
        var stripUnlikely = true
        var weightClasses = true
        var cleanConditionally = true
    }

    let flags: Flags
    /// True for nodes removed in this attempt, or below one that is.
    private(set) var dead: [Bool]
    private(set) var textLength: [Int]
    /// Text inside links, links to the same page counting 0.3.
    private(set) var linkLength: [Double]
    private(set) var commas: [Int]
    /// True when a descendant is a block element (a `div` without one reads as a paragraph).
    private(set) var hasBlockDescendant: [Bool]
    /// Length and commas of the inline text directly inside an element (text and inline
    /// children, not blocks): a `div` mixing text and blocks holds a paragraph of its own.
    private(set) var inlineLength: [Int]
    private(set) var inlineCommas: [Int]
    private(set) var paragraphCount: [Int]
    private(set) var imageCount: [Int]
    private(set) var listItemCount: [Int]
    private(set) var headingLength: [Int]
    /// Class and id weights (+25 / -25), zero for elements without either.
    let classWeight: [Double]
    let isBoilerplateNamed: [Bool]

    /// Elements a `div` must not contain to read as a paragraph (readability's DIV_TO_P).
    static let blockTags: Set<String> = [
        "address", "article", "aside", "blockquote", "dd", "details", "dialog", "div", "dl", "dt",
        "fieldset", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
        "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "td", "th", "thead",
        "tr", "ul", "img", "picture", "center",
    ]
    /// Elements never part of an article body.
    static let removedTags: Set<String> = ["nav", "aside", "footer", "figcaption", "menu", "head", "title", "meta", "h1"]
    /// ARIA roles of navigation and dialogs.
    static let removedRoles: Set<String> = [
        "menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog", "banner",
        "contentinfo", "search",
    ]
    static let headingTags: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6"]
    /// Elements whose content is code or data: never an unlikely candidate or comments.
    static let codeTags: Set<String> = ["code", "pre", "table"]
    /// The page itself, never removed.
    static let pageTags: Set<String> = ["html", "body"]
    /// Elements kept in the strict attempt whatever their class says.
    static let keptUnlikelyTags: Set<String> = ["body", "a", "article", "main"]
    /// Elements kept in relaxed attempts even when named like comments.
    static let keptCommentsTags: Set<String> = ["body", "article", "main"]
    /// Removed in the strict attempt.
    static let headerTags: Set<String> = ["header", "figure"]
    /// Elements with a figure of their own in the bottom-up pass (links, paragraphs, images,
    /// list items, headings).
    static let countedTags: Set<String> = ["a", "p", "img", "li", "h1", "h2", "h3", "h4", "h5", "h6"]

    init(tree: PageTree, flags: Flags, hints: [ClassHints?]) {
        self.flags = flags
        let nodes = tree.nodes
        let count = nodes.count
        var weights = [Double](repeating: 0, count: count)
        var boilerplate = [Bool](repeating: false, count: count)
        var dead = [Bool](repeating: false, count: count)
        var insideCode = [Bool](repeating: false, count: count)

        // Nodes are read in place (`nodes[index]`): a copy of each retains and releases its strings.
        for index in 0..<count {
            let parent = nodes[index].parent
            if parent >= 0 {
                if dead[parent] { dead[index] = true; continue }
                insideCode[index] = insideCode[parent]
            }
            if nodes[index].isText { continue }
            // Tags are tested by their flags (each exactly membership in the set it names):
            // comparing the tag strings was a call per comparison, several per node per attempt.
            let tagFlags = nodes[index].flags
            if tagFlags.contains(.code) { insideCode[index] = true }
            if let hint = hints[index] {
                weights[index] = flags.weightClasses ? hint.weight : 0
                boilerplate[index] = hint.isBoilerplate
            }
            // The page itself is never removed, whatever its classes (`<html class="header-spacing">`)
            // or its anti-flicker `visibility:hidden` say.
            if tagFlags.contains(.page) { continue }
            if tagFlags.contains(.removed) || Self.isHidden(nodes[index]) {
                dead[index] = true
                continue
            }
            if let role = nodes[index].attribute("role")?.lowercased(), Self.removedRoles.contains(role) {
                dead[index] = true
                continue
            }
            if flags.stripUnlikely, !tagFlags.contains(.keptUnlikely),
               !insideCode[index], let hint = hints[index], hint.isUnlikelyCandidate {
                dead[index] = true
                continue
            }
            if !flags.stripUnlikely, let hint = hints[index], hint.isComments, !insideCode[index],
               !tagFlags.contains(.keptComments) {
                dead[index] = true
                continue
            }
            if flags.stripUnlikely, tagFlags.contains(.header) {
                dead[index] = true
            }
        }

        var textLength = [Int](repeating: 0, count: count)
        var linkLength = [Double](repeating: 0, count: count)
        var commas = [Int](repeating: 0, count: count)
        var hasBlock = [Bool](repeating: false, count: count)
        var inlineLength = [Int](repeating: 0, count: count)
        var inlineCommas = [Int](repeating: 0, count: count)
        var paragraphs = [Int](repeating: 0, count: count)
        var images = [Int](repeating: 0, count: count)
        var items = [Int](repeating: 0, count: count)
        var headings = [Int](repeating: 0, count: count)
        for index in stride(from: count - 1, through: 0, by: -1) where !dead[index] {
            if nodes[index].isText {
                // No other string equals " " (nothing decomposes to a lone space): the length
                // test spares the string comparison call on every other text.
                let isSpace = nodes[index].text.utf8.count == 1 && nodes[index].text == " "
                textLength[index] = isSpace ? 0 : TextNormalizer.length(nodes[index].text)
                commas[index] = TextNormalizer.commas(nodes[index].text)
                continue
            }
            var length = 0, links = 0.0, commaCount = 0, block = false, inline = 0, inlineCommaCount = 0
            var p = 0, img = 0, li = 0, heading = 0
            for child in tree.children(of: index) where !dead[child] {
                length += textLength[child]
                links += linkLength[child]
                commaCount += commas[child]
                p += paragraphs[child]
                img += images[child]
                li += items[child]
                heading += headings[child]
                let childIsBlock = nodes[child].flags.contains(.block)
                if childIsBlock || hasBlock[child] { block = true }
                if !childIsBlock && !hasBlock[child] {
                    inline += textLength[child]
                    inlineCommaCount += commas[child]
                }
            }
            if nodes[index].flags.contains(.counted) {
                switch nodes[index].tag {
                case "a":
                    let href = nodes[index].attribute("href") ?? ""
                    links = Double(length) * (href.hasPrefix("#") ? 0.3 : 1)
                case "p": p += 1
                case "img": img += 1
                case "li": li += 1
                case "h1", "h2", "h3", "h4", "h5", "h6": heading = length
                default: break
                }
            }
            textLength[index] = length
            linkLength[index] = links
            commas[index] = commaCount
            hasBlock[index] = block
            inlineLength[index] = inline
            inlineCommas[index] = inlineCommaCount
            paragraphs[index] = p
            images[index] = img
            items[index] = li
            headings[index] = heading
        }
        self.dead = dead
        self.textLength = textLength
        self.linkLength = linkLength
        self.commas = commas
        self.hasBlockDescendant = hasBlock
        self.inlineLength = inlineLength
        self.inlineCommas = inlineCommas
        self.paragraphCount = paragraphs
        self.imageCount = images
        self.listItemCount = items
        self.headingLength = headings
        self.classWeight = weights
        self.isBoilerplateNamed = boilerplate
    }

    func linkDensity(_ index: Int) -> Double {
        let length = textLength[index]
        return length == 0 ? 0 : linkLength[index] / Double(length)
    }

    /// `hidden`, `aria-hidden="true"` or an inline `display:none` / `visibility:hidden`.
    static func isHidden(_ node: PageTree.Node) -> Bool {
        for attribute in node.attributes {
            // Names are ASCII (``PageTree/keptAttributes``): a different length is a different
            // name, found without a string comparison.
            switch attribute.name.utf8.count {
            case 6 where attribute.name == "hidden": return true
            case 11 where attribute.name == "aria-hidden": if attribute.value.lowercased() == "true" { return true }
            case 5 where attribute.name == "style":
                let style = attribute.value.lowercased().filter { $0 != " " }
                if style.contains("display:none") || style.contains("visibility:hidden") { return true }
            default: break
            }
        }
        return false
    }
}
