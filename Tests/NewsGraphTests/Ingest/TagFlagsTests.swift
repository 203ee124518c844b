import Testing
@testable import NewsGraph

/// Each flag must answer exactly what the tag set it replaces answered.
@Suite struct TagFlagsTests {
    static let sets = TagFlags.sets

    /// Every flag has its set, and no two flags share a bit.
    @Test func everyFlagHasOneSetAndItsOwnBit() {
        let flags = Self.sets.map(\.flag)
        #expect(flags.count == 14)
        #expect(flags.reduce(0) { $0 | $1.rawValue } == (1 << 14) - 1)
    }

    @Test func everyFlagIsMembershipInItsSet() {
        var tags = Set(["span", "a", "b", "em", "body", "html", "o:p", "p2", "divx", "h7", "DIV"])
        for (_, set) in Self.sets { tags.formUnion(set) }
        for tag in tags {
            let flags = TagFlags(tag: tag)
            for (flag, set) in Self.sets {
                #expect(flags.contains(flag) == set.contains(tag), "\(tag)")
            }
        }
    }

    @Test func textHasNoFlags() {
        #expect(TagFlags(tag: "") == [])
        #expect(PageTree.Node(tag: "", text: "words", parent: 0).flags == [])
    }

    @Test func examples() {
        #expect(TagFlags(tag: "div") == [.block, .container, .conditionallyCleaned])
        #expect(TagFlags(tag: "h1") == [.block, .removed, .heading, .metadata, .counted])
        #expect(TagFlags(tag: "h3") == [.block, .heading, .subheading, .counted])
        #expect(TagFlags(tag: "td") == [.block, .paragraph])
        #expect(TagFlags(tag: "a") == [.metadata, .keptUnlikely, .counted])
        #expect(TagFlags(tag: "body") == [.page, .keptUnlikely, .keptComments])
        #expect(TagFlags(tag: "table") == [.block, .code, .conditionallyCleaned])
        #expect(TagFlags(tag: "span") == [])
    }

    /// The builder caches flags per tag name; every node of a built tree carries its tag's flags.
    @Test func builtTreeNodesCarryTheirTagsFlags() throws {
        let html = "<html><head><title>T</title></head><body><div class=a><h2>H</h2><p>One, two.</p>"
            + "<table><tr><td>x</td></tr></table><section><ul><li>i</li></ul></section><span>s</span></div></body></html>"
        let tree = try PageTreeBuilder.tree(html: Array(html.utf8), url: "page", encoding: "UTF-8")
        #expect(tree.nodes.count > 10)
        for node in tree.nodes { #expect(node.flags == TagFlags(tag: node.tag), "\(node.tag)") }
    }
}
