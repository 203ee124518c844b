/// Turns the article's containers into clean paragraphs: walks them in reading order, drops
/// the blocks readability's clean-up would drop (link lists, share bars, image galleries,
/// forms, blocks named like boilerplate), and cuts the rest into paragraphs at every block
/// boundary and line break.
struct BodyCollector {
    let tree: PageTree
    let stats: PageStatistics
    /// Content scores of the containers the scorer rated: a container full of paragraphs is
    /// kept even when its name sounds like boilerplate ("elementor-widget-container").
    /// Indexed by node; nil where the scorer gave none.
    let scores: [Double?]
    /// The article's title, so a repeated headline is not taken for body text.
    let title: String?

    /// One collected block of text.
    struct Block: Sendable, Equatable {
        enum Kind: Sendable, Equatable { case paragraph, heading, listItem }
        var text: String
        var kind: Kind
    }

    static let headingTags: Set<String> = ["h2", "h3", "h4", "h5", "h6"]
    static let conditionallyCleaned: Set<String> = ["form", "fieldset", "table", "ul", "ol", "div", "section", "dl"]

    /// Collects the blocks under `roots`, in document order.
    func blocks(from roots: [Int]) -> [Block] {
        var run = Run()
        var blocks: [Block] = []
        for root in roots where !stats.dead[root] {
            walk(root, kind: kind(of: root), run: &run, blocks: &blocks, isRoot: true)
            flush(&run, into: &blocks)
        }
        return tidy(blocks)
    }

    /// Inline text gathered since the last block boundary.
    private struct Run {
        var parts: [String] = []
        var length = 0
        var linkLength = 0.0
        var kind = Block.Kind.paragraph
    }

    private func kind(of index: Int) -> Block.Kind {
        let tag = tree.nodes[index].tag
        if tree.nodes[index].flags.contains(.subheading) { return .heading }
        if tag == "li" || tag == "dd" || tag == "dt" { return .listItem }
        return .paragraph
    }

    private func walk(_ index: Int, kind: Block.Kind, run: inout Run, blocks: inout [Block], isRoot: Bool = false) {
        let node = tree.nodes[index]
        if node.isText {
            run.parts.append(node.text)
            run.length += stats.textLength[index]
            run.kind = kind
            return
        }
        if !isRoot && isBoilerplate(index) { return }
        if node.tag == "br" {
            run.parts.append("\n")
            return
        }
        let isBlock = node.flags.contains(.block) || stats.hasBlockDescendant[index]
        if isBlock { flush(&run, into: &blocks) }
        let innerKind = isBlock ? self.kind(of: index) : kind
        if node.tag == "a", !stats.hasBlockDescendant[index] {
            run.linkLength += stats.linkLength[index]
        }
        for child in tree.children(of: index) where !stats.dead[child] {
            walk(child, kind: innerKind, run: &run, blocks: &blocks)
        }
        if isBlock { flush(&run, into: &blocks) }
    }

    private func flush(_ run: inout Run, into blocks: inout [Block]) {
        defer { run = Run() }
        guard run.length > 0 else { return }
        // A block that is mostly links is a list of other stories, not prose.
        if run.linkLength / Double(run.length) > 0.5 { return }
        let lines = TextNormalizer.joinedLines(run.parts) ?? Self.lines(of: TextNormalizer.join(run.parts))
        for paragraph in lines {
            if BoilerplateText.isBoilerplate(paragraph) { continue }
            blocks.append(Block(text: paragraph, kind: run.kind))
        }
    }

    /// The non-empty lines of joined text. A line feed is always a grapheme of its own
    /// unless a carriage return precedes it, so without CR splitting the bytes gives the
    /// same lines as splitting the `Character`s, without grapheme breaking.
    static func lines(of text: String) -> [String] {
        let utf8 = text.utf8
        guard !utf8.contains(0x0D) else { return text.split(separator: "\n").map(String.init) }
        return utf8.split(separator: 0x0A).map { String(Substring($0)) }
    }

    /// Readability's conditional clean-up plus blocks whose class or id names boilerplate.
    private func isBoilerplate(_ index: Int) -> Bool {
        let tag = tree.nodes[index].tag
        let flags = tree.nodes[index].flags
        let length = stats.textLength[index]
        if stats.isBoilerplateNamed[index] && length < 500 { return true }
        if flags.contains(.subheading), let title, TextNormalizer.clean(tree.text(of: index)) == title { return true }
        guard stats.flags.cleanConditionally, flags.contains(.conditionallyCleaned) else { return false }
        if (tag == "div" || tag == "section") && !stats.hasBlockDescendant[index] { return false }
        if tag == "table" && isDataTable(index) { return false }

        let weight = stats.classWeight[index]
        let density = stats.linkDensity(index)
        // Several link-free paragraphs are prose whatever the container is called.
        let isProse = stats.paragraphCount[index] >= 3 && density < 0.2 && length > 300
        if weight + (scores[index] ?? 0) < 0 && !isProse { return true }
        let isList = tag == "ul" || tag == "ol" || tag == "dl"
        if isList && density > 0.5 { return true }
        if stats.commas[index] >= 10 { return false }
        let paragraphs = Double(stats.paragraphCount[index])
        let images = stats.imageCount[index]
        let items = stats.listItemCount[index] - 100
        let headingDensity = length == 0 ? 0 : Double(stats.headingLength[index]) / Double(length)
        if images > 1 && paragraphs / Double(images) < 0.5 { return true }
        if !isList && Double(items) > paragraphs { return true }
        if !isList && headingDensity < 0.9 && length < 25 && (images == 0 || images > 2) { return true }
        if !isList && weight < 25 && density > 0.2 { return true }
        if weight >= 25 && density > 0.5 { return true }
        return false
    }

    /// A table of data (headers, a caption, or enough cells) rather than page layout.
    private func isDataTable(_ index: Int) -> Bool {
        let cells = tree.elements(below: index, tags: ["th", "caption", "thead", "td", "tr", "table"])
        var rows = 0, columns = 0, nested = false
        for cell in cells {
            switch tree.nodes[cell].tag {
            case "th", "caption", "thead": return true
            case "tr": rows += 1
            case "td": columns += 1
            case "table": if cell != index { nested = true }
            default: break
            }
        }
        if nested { return false }
        return rows >= 10 || columns > 10
    }

    /// Drops a headline repeated as the first block and headings that head nothing
    /// (a "Trending Now" heading whose list was dropped).
    private func tidy(_ blocks: [Block]) -> [Block] {
        var result: [Block] = []
        for (offset, block) in blocks.enumerated() {
            if offset == 0 || result.isEmpty, let title, block.text == title { continue }
            if block.kind == .heading {
                let next = blocks[(offset + 1)...].first
                if next == nil || next?.kind == .heading { continue }
            }
            result.append(block)
        }
        return result
    }
}
