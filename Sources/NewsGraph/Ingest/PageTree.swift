import CLibXML2
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A compact, read-only copy of an HTML page's element tree: built from the HTML parser's
/// events by ``PageTreeBuilder`` when extraction parses a page, or in one pass over a
/// libxml2 DOM that is already there.
///
/// Article extraction scores every block of a page several times; doing that on the
/// libxml2 tree would mean a C call and a `String` allocation per name or attribute
/// look-up. This copy keeps only what extraction reads (tag names, the attributes that
/// carry hints, text with whitespace already collapsed) in arrays indexed by node number.
/// Nodes are stored in document order, so a parent's index is always smaller than its
/// children's, and a reverse loop visits children before parents. Every node's children
/// are one slice of a single array, laid out once the tree is complete, instead of an
/// array per element that grows as they are added.
struct PageTree: Sendable {
    /// One element or text run.
    struct Node: Sendable {
        /// Lower-case tag name; empty for text.
        var tag: String
        /// Collapsed text for text nodes (single spaces, never empty).
        var text: String
        var parent: Int
        /// Attributes extraction reads, lower-case names. A slice: the page tree builder keeps
        /// every node's attributes in one array (one allocation per page, not one per node).
        var attributes: ArraySlice<(name: String, value: String)> = []
        /// What the tag is to extraction (block, heading, container …); none for text.
        var flags: TagFlags

        init(tag: String, text: String, parent: Int, flags: TagFlags? = nil) {
            self.tag = tag
            self.text = text
            self.parent = parent
            self.flags = flags ?? TagFlags(tag: tag)
        }

        var isText: Bool { tag.isEmpty }

        func attribute(_ name: String) -> String? {
            // Kept names are ASCII (``keptAttributes``), so a name of another length is another
            // name: the length test spares most string comparison calls.
            let length = name.utf8.count
            for attribute in attributes where attribute.name.utf8.count == length && attribute.name == name {
                return attribute.value
            }
            return nil
        }
    }

    private(set) var nodes: [Node] = []
    /// The children of node `i` are `childList[childStart[i]..<childStart[i + 1]]`.
    private var childStart: [Int] = [0]
    private var childList: [Int] = []
    /// Raw text of every `<script type="application/ld+json">`, in document order.
    private(set) var jsonLD: [String] = []

    /// Elements whose content is never article text and is not kept at all.
    static let droppedTags: Set<String> = [
        "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed",
        "canvas", "video", "audio", "source", "track", "map", "button", "input", "select",
        "textarea", "option", "datalist", "dialog",
    ]

    /// Attributes kept on elements.
    static let keptAttributes: Set<String> = [
        "class", "id", "rel", "href", "itemprop", "itemtype", "role", "hidden", "style",
        "aria-hidden", "content", "property", "name", "http-equiv", "datetime", "lang", "type",
        "pubdate", "xml:lang",
    ]

    /// libxml2 stopped reading the page at markup nested deeper than it allows; the tree holds
    /// what came before (see ``XMLDocument/stoppedAtDepthLimit``).
    private(set) var stoppedAtDepthLimit = false

    /// Copies the element tree below the document's root element.
    init(document: XMLDocument) {
        stoppedAtDepthLimit = document.stoppedAtDepthLimit
        guard let root = xmlDocGetRootElement(document.pointer) else { return }
        nodes.reserveCapacity(4096)
        copy(root, parent: -1)
        linkChildren()
    }

    /// A tree built elsewhere (``PageTreeBuilder``), in the same form as a copy.
    init(nodes: [Node], jsonLD: [String], stoppedAtDepthLimit: Bool) {
        self.nodes = nodes
        self.jsonLD = jsonLD
        self.stoppedAtDepthLimit = stoppedAtDepthLimit
        linkChildren()
    }

    /// Lays out every node's children, in document order, from the nodes' parents.
    private mutating func linkChildren() {
        // Parents read in place: `nodes.map(\.parent)` copied every node (retaining its strings).
        let count = nodes.count
        var start = [Int](repeating: 0, count: count + 1)
        for index in 0..<count where nodes[index].parent >= 0 { start[nodes[index].parent + 1] += 1 }
        for index in 0..<count { start[index + 1] += start[index] }
        var next = start
        var list = [Int](repeating: 0, count: start[count])
        for index in 0..<count {
            let parent = nodes[index].parent
            guard parent >= 0 else { continue }
            list[next[parent]] = index
            next[parent] += 1
        }
        childStart = start
        childList = list
    }

    /// The children of a node, in document order.
    func children(of index: Int) -> ArraySlice<Int> { childList[childStart[index]..<childStart[index + 1]] }

    /// Adds an attribute the tree keeps (a name in ``keptAttributes``) to `attributes`, in the
    /// form extraction reads it. `value` is nil for an attribute written without one.
    static func keep(keptAttribute name: String, value content: UnsafeBufferPointer<UInt8>?, of tag: String,
                     in attributes: inout [(name: String, value: String)]) {
        switch name {
        case "href" where tag != "link":
            // Only "same page or not" matters for a link's weight; skip copying URLs.
            attributes.append((name, content?.first == 0x23 ? "#" : "/"))
        case "style":
            // Only whether it hides the element matters.
            if let content, Self.stylesheetHides(content) { attributes.append(("hidden", "")) }
        default:
            attributes.append((name, content.map { String(decoding: $0, as: UTF8.self) } ?? ""))
        }
    }

    /// The bytes of a C string, without its NUL.
    static func cString(_ raw: UnsafePointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: raw, count: strlen(UnsafeRawPointer(raw).assumingMemoryBound(to: CChar.self)))
    }

    static func name(_ raw: UnsafePointer<xmlChar>?) -> String {
        guard let raw else { return "" }
        let name = String(cString: raw)
        // The HTML parser lower-cases names already; this covers anything it let through.
        return name.utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) ? name.lowercased() : name
    }

    /// The index of the root element, when the page has one.
    var root: Int? { nodes.isEmpty ? nil : 0 }

    private mutating func copy(_ pointer: xmlNodePtr, parent: Int) {
        // Iterative over siblings, recursive over depth; HTML pages are rarely deeper than a
        // few hundred levels, and libxml2 caps depth at 256 for HTML anyway.
        let tag = Self.name(pointer.pointee.name)
        if tag == "script" {
            if Self.attributeValue(pointer, "type")?.lowercased().contains("ld+json") == true {
                jsonLD.append(Self.rawText(pointer))
            }
            return
        }
        if Self.droppedTags.contains(tag) { return }
        let index = nodes.count
        var node = Node(tag: tag, text: "", parent: parent)
        var attributes: [(name: String, value: String)] = []
        var attribute = pointer.pointee.properties
        while let current = attribute {
            if let rawName = current.pointee.name {
                let name = Self.name(rawName)
                if Self.keptAttributes.contains(name) {
                    let content = current.pointee.children?.pointee.content
                    Self.keep(keptAttribute: name, value: content.map { Self.cString($0) }, of: tag, in: &attributes)
                }
            }
            attribute = current.pointee.next
        }
        if !attributes.isEmpty { node.attributes = attributes[...] }
        nodes.append(node)

        var child = pointer.pointee.children
        while let current = child {
            switch current.pointee.type {
            case XML_ELEMENT_NODE:
                copy(current, parent: index)
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = current.pointee.content {
                    let text = TextNormalizer.collapse(content)
                    if !text.isEmpty {
                        nodes.append(Node(tag: "", text: text, parent: index))
                    }
                }
            default:
                break
            }
            child = current.pointee.next
        }
    }

    private static func attributeValue(_ pointer: xmlNodePtr, _ name: String) -> String? {
        guard let raw = xmlGetProp(pointer, name) else { return nil }
        defer { ng_xmlFree(raw) }
        return String(cString: raw)
    }

    /// `display:none` or `visibility:hidden` in an inline style, spaces and case ignored.
    static func stylesheetHides(_ raw: UnsafeBufferPointer<UInt8>) -> Bool {
        // Matched as the bytes go by, without building the compacted string: neither word's
        // first letter occurs again in it, so after a mismatch a match can only start at the
        // current byte. Bytes and Characters only agree on ASCII: other values take the
        // String path, where a combining mark changes a Character.
        let display: StaticString = "display:none", visibility: StaticString = "visibility:hidden"
        var inDisplay = 0, inVisibility = 0
        var found = false
        for var byte in raw {
            // libxml2's values are C strings: nothing after a NUL reaches the tree.
            if byte == 0 { break }
            if byte >= 0x80 { return unicodeStylesheetHides(raw) }
            if found || byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { continue }
            if byte >= 0x41 && byte <= 0x5A { byte += 0x20 }
            inDisplay = byte == display.utf8Start[inDisplay] ? inDisplay + 1 : byte == display.utf8Start[0] ? 1 : 0
            inVisibility = byte == visibility.utf8Start[inVisibility] ? inVisibility + 1
                : byte == visibility.utf8Start[0] ? 1 : 0
            found = inDisplay == display.utf8CodeUnitCount || inVisibility == visibility.utf8CodeUnitCount
        }
        return found
    }

    /// ``stylesheetHides(_:)`` on the compacted, lower-cased value as a `String`.
    static func unicodeStylesheetHides(_ raw: UnsafeBufferPointer<UInt8>) -> Bool {
        var compact: [UInt8] = []
        for byte in raw {
            if byte == 0 { break }
            if byte != 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D {
                compact.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
            }
        }
        let style = String(decoding: compact, as: UTF8.self)
        return style.contains("display:none") || style.contains("visibility:hidden")
    }

    private static func rawText(_ pointer: xmlNodePtr) -> String {
        guard let raw = xmlNodeGetContent(pointer) else { return "" }
        defer { ng_xmlFree(raw) }
        return String(cString: raw)
    }

    // MARK: Reading

    /// All text below `index`, words separated by single spaces.
    func text(of index: Int) -> String {
        var parts: [String] = []
        appendText(index, to: &parts)
        return TextNormalizer.join(parts)
    }

    private func appendText(_ index: Int, to parts: inout [String]) {
        let node = nodes[index]
        if node.isText { parts.append(node.text); return }
        if node.tag == "br" { parts.append("\n"); return }
        // Blocks separate words even when the markup has no whitespace between them.
        let isBlock = node.flags.contains(.block)
        if isBlock { parts.append(" ") }
        for child in children(of: index) { appendText(child, to: &parts) }
        if isBlock { parts.append(" ") }
    }

    /// Every element below `index` (itself included) with one of these tags, in document order.
    func elements(below index: Int, tags: Set<String>) -> [Int] {
        var result: [Int] = []
        var stack = [index]
        while let current = stack.popLast() {
            if tags.contains(nodes[current].tag) { result.append(current) }
            stack.append(contentsOf: children(of: current).reversed())
        }
        return result
    }

    /// True when `index` lies below `ancestor` (or is it).
    func isDescendant(_ index: Int, of ancestor: Int) -> Bool {
        var current = index
        while current >= 0 {
            if current == ancestor { return true }
            current = nodes[current].parent
        }
        return false
    }
}
