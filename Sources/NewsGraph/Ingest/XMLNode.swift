import CLibXML2

/// A node of an ``XMLDocument``. It keeps its document alive.
///
/// Names are compared on the local name; ``namespaceURI`` tells the namespace apart
/// (Atom and RSS 1.0 elements share local names with RSS 2.0 ones).
public struct XMLNode {
    /// The owning document; holding it keeps `pointer` valid.
    public let document: XMLDocument
    let pointer: xmlNodePtr

    init(document: XMLDocument, pointer: xmlNodePtr) {
        self.document = document
        self.pointer = pointer
    }

    /// True for element nodes.
    public var isElement: Bool { pointer.pointee.type == XML_ELEMENT_NODE }
    /// True for text and CDATA nodes.
    public var isText: Bool { pointer.pointee.type == XML_TEXT_NODE || pointer.pointee.type == XML_CDATA_SECTION_NODE }
    /// True for comment nodes.
    public var isComment: Bool { pointer.pointee.type == XML_COMMENT_NODE }

    /// The local name, without prefix ("title" for `<atom:title>`).
    public var name: String {
        guard let raw = pointer.pointee.name else { return "" }
        return String(cString: raw)
    }

    /// The element's namespace URI, when it has one.
    public var namespaceURI: String? {
        guard let ns = pointer.pointee.ns, let href = ns.pointee.href else { return nil }
        return String(cString: href)
    }

    /// The element's namespace prefix, when it has one.
    public var prefix: String? {
        guard let ns = pointer.pointee.ns, let raw = ns.pointee.prefix else { return nil }
        return String(cString: raw)
    }

    /// All text below this node, concatenated (entities expanded, CDATA included).
    public var text: String {
        guard let raw = xmlNodeGetContent(pointer) else { return "" }
        defer { ng_xmlFree(raw) }
        return String(cString: raw)
    }

    /// The parent node, unless this is the root.
    public var parent: XMLNode? {
        guard let p = pointer.pointee.parent, p.pointee.type == XML_ELEMENT_NODE else { return nil }
        return XMLNode(document: document, pointer: p)
    }

    /// Every child node, text and comments included, in document order.
    public var children: [XMLNode] {
        var result: [XMLNode] = []
        var child = pointer.pointee.children
        while let node = child {
            result.append(XMLNode(document: document, pointer: node))
            child = node.pointee.next
        }
        return result
    }

    /// The element children, in document order.
    public var elements: [XMLNode] { children.filter(\.isElement) }

    /// The next sibling node of any type.
    public var nextSibling: XMLNode? {
        pointer.pointee.next.map { XMLNode(document: document, pointer: $0) }
    }

    /// The first element child with this local name (and namespace, when given).
    public func firstChild(named name: String, namespace: String? = nil) -> XMLNode? {
        var child = pointer.pointee.children
        while let node = child {
            let candidate = XMLNode(document: document, pointer: node)
            if candidate.isElement, candidate.name == name, namespace == nil || candidate.namespaceURI == namespace {
                return candidate
            }
            child = node.pointee.next
        }
        return nil
    }

    /// Every element child with this local name (and namespace, when given).
    public func children(named name: String, namespace: String? = nil) -> [XMLNode] {
        elements.filter { $0.name == name && (namespace == nil || $0.namespaceURI == namespace) }
    }

    /// An attribute's value by local name, optionally in a namespace.
    public func attribute(_ name: String, namespace: String? = nil) -> String? {
        let raw: UnsafeMutablePointer<xmlChar>?
        if let namespace {
            raw = xmlGetNsProp(pointer, name, namespace)
        } else {
            raw = xmlGetNoNsProp(pointer, name) ?? xmlGetProp(pointer, name)
        }
        guard let raw else { return nil }
        defer { ng_xmlFree(raw) }
        return String(cString: raw)
    }

    /// Every attribute as (local name, namespace URI, value).
    public var attributes: [(name: String, namespace: String?, value: String)] {
        var result: [(String, String?, String)] = []
        var attr = pointer.pointee.properties
        while let a = attr {
            let name = a.pointee.name.map { String(cString: $0) } ?? ""
            let ns = a.pointee.ns?.pointee.href.map { String(cString: $0) }
            var value = ""
            if let raw = xmlNodeListGetString(pointer.pointee.doc, a.pointee.children, 1) {
                value = String(cString: raw)
                ng_xmlFree(raw)
            }
            result.append((name, ns, value))
            attr = a.pointee.next
        }
        return result
    }

    /// The namespaces this element declares itself (`xmlns` / `xmlns:p` attributes), as
    /// (prefix, URI); a nil prefix is the default namespace.
    public var namespaceDeclarations: [(prefix: String?, uri: String)] {
        var result: [(String?, String)] = []
        var ns = pointer.pointee.nsDef
        while let current = ns {
            if let href = current.pointee.href {
                result.append((current.pointee.prefix.map { String(cString: $0) }, String(cString: href)))
            }
            ns = current.pointee.next
        }
        return result
    }

    /// The base URL in effect at this node (xml:base chain resolved against the
    /// document URL), as libxml2 computes it.
    public var baseURL: String? {
        guard let raw = xmlNodeGetBase(pointer.pointee.doc, pointer) else { return nil }
        defer { ng_xmlFree(raw) }
        return String(cString: raw)
    }

    /// The node serialized as markup (the element itself included).
    public var outerMarkup: String {
        guard let buffer = xmlBufferCreate() else { return "" }
        defer { xmlBufferFree(buffer) }
        if document.flavor == .html {
            htmlNodeDump(buffer, pointer.pointee.doc, pointer)
        } else {
            xmlNodeDump(buffer, pointer.pointee.doc, pointer, 0, 0)
        }
        guard let content = xmlBufferContent(buffer) else { return "" }
        return String(cString: content)
    }

    /// The children serialized as markup (the element itself excluded).
    public var innerMarkup: String {
        children.map(\.outerMarkup).joined()
    }

    /// Nodes selected by an XPath expression evaluated with this node as context.
    public func nodes(matching expression: String, namespaces: [String: String] = [:]) -> [XMLNode] {
        document.nodes(matching: expression, namespaces: namespaces, relativeTo: self)
    }

    /// Removes this node from its tree and frees it. Other `XMLNode` values pointing at
    /// it or below it must not be used afterwards.
    public func remove() {
        xmlUnlinkNode(pointer)
        xmlFreeNode(pointer)
    }
}

extension XMLNode: Equatable {
    public static func == (lhs: XMLNode, rhs: XMLNode) -> Bool { lhs.pointer == rhs.pointer }
}

extension XMLNode: Hashable {
    public func hash(into hasher: inout Hasher) { hasher.combine(UnsafeRawPointer(pointer)) }
}
