import CLibXML2

/// Bounds how much text a document's internal entities can expand to.
///
/// We never let libxml2 substitute entities into the tree, but reading a node's text
/// (`xmlNodeGetContent`) expands the references it holds. libxml2 stops the classic
/// nested "billion laughs" while parsing, not the flat kind: one 50 KB entity referenced
/// 20,000 times is a 110 KB file that reads as 1 GB. So before any text is read, the
/// expanded size of every reference in the tree is added up, and a document over the
/// budget is refused.
enum EntityBudget {
    /// The expanded size of all entity references in `document`, or nil as soon as it
    /// passes `limit` (or an entity refers to itself).
    ///
    /// - Complexity: O(nodes + total size of the entity declarations).
    static func expandedSize(of document: XMLDocument, limit: Int) -> Int? {
        var memo: [String: Int] = [:]
        var total = 0
        var stack: [xmlNodePtr] = []
        if let root = xmlDocGetRootElement(document.pointer) { stack.append(root) }
        while let node = stack.popLast() {
            if let next = node.pointee.next { stack.append(next) }
            switch node.pointee.type {
            case XML_ENTITY_REF_NODE:
                // Its children are the declaration's nodes: sized here, not walked.
                guard let name = node.pointee.name else { continue }
                var visiting = Set<String>()
                guard let size = entitySize(String(cString: name), document: document.pointer, memo: &memo,
                                            visiting: &visiting, limit: limit) else { return nil }
                total += size
                if total > limit { return nil }
            case XML_ELEMENT_NODE:
                var attribute = node.pointee.properties
                while let current = attribute {
                    if let children = current.pointee.children { stack.append(children) }
                    attribute = current.pointee.next
                }
                if let child = node.pointee.children { stack.append(child) }
            default:
                break
            }
        }
        return total
    }

    /// The fully expanded length of entity `name`; nil when over `limit` or cyclic.
    private static func entitySize(_ name: String, document: xmlDocPtr, memo: inout [String: Int],
                                   visiting: inout Set<String>, limit: Int) -> Int? {
        if let known = memo[name] { return known }
        guard let entity = xmlGetDocEntity(document, name) else { return 0 }  // undeclared: expands to nothing
        guard let content = entity.pointee.content else { return 0 }  // external: never loaded
        guard visiting.insert(name).inserted else { return nil }
        defer { visiting.remove(name) }
        let length = Int(entity.pointee.length)
        var size = 0
        var i = 0
        while i < length {
            if content[i] == UInt8(ascii: "&"), i + 1 < length, content[i + 1] != UInt8(ascii: "#") {
                var j = i + 1
                while j < length, content[j] != UInt8(ascii: ";") { j += 1 }
                guard j < length else { size += length - i; break }
                let inner = String(decoding: UnsafeBufferPointer(start: content + i + 1, count: j - i - 1), as: UTF8.self)
                guard let innerSize = entitySize(inner, document: document, memo: &memo, visiting: &visiting,
                                                 limit: limit) else { return nil }
                size += innerSize
                i = j + 1
            } else {
                size += 1
                i += 1
            }
            if size > limit { return nil }
        }
        memo[name] = size
        return size
    }
}
