import CLibXML2
import Foundation

/// An owning wrapper around a libxml2 document.
///
/// The document is freed when the last reference goes away; every ``XMLNode`` keeps its
/// document alive, so a node can never outlive the tree it points into. Parsing is always
/// done with network access disabled and without loading DTDs or substituting external
/// entities, so a hostile feed cannot read local files or reach the network.
///
/// ```swift
/// let doc = try XMLDocument(xml: Array("<rss><channel><title>T</title></channel></rss>".utf8))
/// doc.root?.firstChild(named: "channel")?.firstChild(named: "title")?.text   // "T"
/// ```
public final class XMLDocument {
    /// Which libxml2 parser built the tree.
    public enum Flavor: Sendable { case xml, html }

    let pointer: xmlDocPtr
    /// The parser that built this document.
    public let flavor: Flavor
    /// False when the input was not well-formed and libxml2's recover mode repaired it.
    public let isWellFormed: Bool
    /// The first parser error, when there was one (for reporting a recovered document).
    /// HTML documents carry only the error that ended parsing early: the depth limit.
    public let firstError: String?

    /// libxml2 stopped reading at an element nested deeper than its limit (256 for HTML);
    /// whatever followed that point is not in the tree. The limit stays: it bounds the
    /// recursion of everything that walks the tree.
    public var stoppedAtDepthLimit: Bool { firstError?.contains("Excessive depth") == true }

    /// The largest input accepted, in bytes. Bigger inputs are refused before parsing.
    public static let defaultMaximumSize = 64 * 1024 * 1024

    /// libxml2 creates its global locks lazily unless `xmlInitParser` runs first; two threads
    /// parsing at once then each make their own dictionary lock and can deadlock (seen as an
    /// ingest that hung with both workers in `xmlRMutexLock`). A static `let` runs it exactly once,
    /// thread-safely, before any parse.
    private static let libraryInitialized: Void = xmlInitParser()

    /// Runs `xmlInitParser` once; call before any other libxml2 parsing.
    static func initializeLibrary() { _ = libraryInitialized }

    /// The HTML parser's options: recover, never the network, no error output, no implied
    /// `<html>`/`<body>`, compact text nodes.
    static let htmlOptions = HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue
        | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NOIMPLIED.rawValue | HTML_PARSE_COMPACT.rawValue

    private init(pointer: xmlDocPtr, flavor: Flavor, isWellFormed: Bool, firstError: String?) {
        self.pointer = pointer
        self.flavor = flavor
        self.isWellFormed = isWellFormed
        self.firstError = firstError
    }

    deinit { xmlFreeDoc(pointer) }

    /// Parses XML bytes. The bytes must already be UTF-8 (see ``Charset``) unless
    /// `encoding` names what they are.
    ///
    /// - Parameters:
    ///   - bytes: the document.
    ///   - url: the document's own address, used as its base URL.
    ///   - encoding: the encoding libxml2 must use, overriding the declaration; `"UTF-8"`
    ///     for text that ``Charset`` already decoded.
    ///   - recover: repair documents that are not well-formed instead of failing.
    /// - Throws: ``XMLParseError`` when the input is empty, too large or cannot be parsed.
    public convenience init(
        xml bytes: [UInt8], url: String? = nil, encoding: String? = "UTF-8", recover: Bool = true,
        maximumSize: Int = XMLDocument.defaultMaximumSize
    ) throws(XMLParseError) {
        try Self.checkSize(bytes, maximumSize: maximumSize, url: url)
        _ = Self.libraryInitialized
        guard let ctxt = xmlNewParserCtxt() else { throw XMLParseError(url: url, reason: .outOfMemory) }
        defer { xmlFreeParserCtxt(ctxt) }
        var options = XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
            | XML_PARSE_NOCDATA.rawValue | XML_PARSE_NOBLANKS.rawValue
        if recover { options |= XML_PARSE_RECOVER.rawValue }
        // Bytes already decoded by Charset must not be re-decoded per a stale declaration.
        if encoding != nil { options |= XML_PARSE_IGNORE_ENC.rawValue }
        let doc: xmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { chars in
                xmlCtxtReadMemory(ctxt, chars, Int32(buffer.count), url, encoding, Int32(bitPattern: options))
            }
        }
        let wellFormed = ctxt.pointee.wellFormed != 0
        let message = Self.lastError(ctxt)
        guard let doc, xmlDocGetRootElement(doc) != nil else {
            if let doc { xmlFreeDoc(doc) }
            throw XMLParseError(url: url, reason: .malformed(message ?? "no root element"))
        }
        self.init(pointer: doc, flavor: .xml, isWellFormed: wellFormed, firstError: wellFormed ? nil : message)
    }

    /// Parses an HTML page with libxml2's forgiving HTML parser.
    ///
    /// - Parameters:
    ///   - bytes: the page; UTF-8 unless `encoding` says otherwise.
    ///   - url: the page's address, used as its base URL.
    ///   - encoding: the encoding libxml2 must use, overriding `<meta charset>`.
    /// - Throws: ``XMLParseError`` when the input is empty, too large or has no content.
    public convenience init(
        html bytes: [UInt8], url: String? = nil, encoding: String? = "UTF-8",
        maximumSize: Int = XMLDocument.defaultMaximumSize
    ) throws(XMLParseError) {
        try Self.checkSize(bytes, maximumSize: maximumSize, url: url)
        _ = Self.libraryInitialized
        guard let ctxt = htmlNewParserCtxt() else { throw XMLParseError(url: url, reason: .outOfMemory) }
        defer { htmlFreeParserCtxt(ctxt) }
        let options = Self.htmlOptions
        let doc: htmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { chars in
                htmlCtxtReadMemory(ctxt, chars, Int32(buffer.count), url, encoding, Int32(bitPattern: options))
            }
        }
        let message = Self.lastError(ctxt)
        guard let doc, xmlDocGetRootElement(doc) != nil else {
            if let doc { xmlFreeDoc(doc) }
            throw XMLParseError(url: url, reason: .malformed(message ?? "no content"))
        }
        let depthLimit = message?.contains("Excessive depth") == true ? message : nil
        self.init(pointer: doc, flavor: .html, isWellFormed: true, firstError: depthLimit)
    }

    /// Convenience for already-decoded text: parses its UTF-8 form.
    public convenience init(xml text: String, url: String? = nil, recover: Bool = true) throws(XMLParseError) {
        try self.init(xml: Array(text.utf8), url: url, encoding: "UTF-8", recover: recover)
    }

    /// Convenience for already-decoded text: parses its UTF-8 form as HTML.
    public convenience init(html text: String, url: String? = nil) throws(XMLParseError) {
        try self.init(html: Array(text.utf8), url: url, encoding: "UTF-8")
    }

    /// The document element.
    public var root: XMLNode? {
        xmlDocGetRootElement(pointer).map { XMLNode(document: self, pointer: $0) }
    }

    /// Evaluates an XPath expression and returns the nodes it selects (empty for
    /// non-node results or an invalid expression).
    ///
    /// - Parameter namespaces: prefix → URI bindings usable in `expression`.
    public func nodes(matching expression: String, namespaces: [String: String] = [:],
                      relativeTo context: XMLNode? = nil) -> [XMLNode] {
        guard let xpath = xmlXPathNewContext(pointer) else { return [] }
        defer { xmlXPathFreeContext(xpath) }
        for (prefix, uri) in namespaces { xmlXPathRegisterNs(xpath, prefix, uri) }
        if let context { xpath.pointee.node = context.pointer }
        guard let result = xmlXPathEvalExpression(expression, xpath) else { return [] }
        defer { xmlXPathFreeObject(result) }
        guard result.pointee.type == XPATH_NODESET, let set = result.pointee.nodesetval else { return [] }
        let count = Int(set.pointee.nodeNr)
        var nodes: [XMLNode] = []
        nodes.reserveCapacity(count)
        for index in 0..<count {
            if let node = set.pointee.nodeTab[index] { nodes.append(XMLNode(document: self, pointer: node)) }
        }
        return nodes
    }

    static func checkSize(_ bytes: [UInt8], maximumSize: Int, url: String?) throws(XMLParseError) {
        if bytes.isEmpty { throw XMLParseError(url: url, reason: .empty) }
        if bytes.count > maximumSize || bytes.count > Int(Int32.max) {
            throw XMLParseError(url: url, reason: .tooLarge(bytes: bytes.count, limit: maximumSize))
        }
    }

    static func lastError(_ ctxt: xmlParserCtxtPtr) -> String? {
        guard let error = xmlCtxtGetLastError(ctxt), let message = error.pointee.message else { return nil }
        let text = String(cString: message).trimmingCharacters(in: .whitespacesAndNewlines)
        return text.isEmpty ? nil : "line \(error.pointee.line): \(text)"
    }
}

/// Why libxml2 could not give us a document.
public struct XMLParseError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Reason: Sendable, Equatable {
        case empty
        case tooLarge(bytes: Int, limit: Int)
        case malformed(String)
        case outOfMemory
    }

    /// The input's address or path, when known.
    public var url: String?
    public var reason: Reason

    public init(url: String?, reason: Reason) {
        self.url = url
        self.reason = reason
    }

    public var description: String {
        let what: String
        switch reason {
        case .empty: what = "empty input"
        case let .tooLarge(bytes, limit): what = "input of \(bytes) bytes exceeds the \(limit)-byte limit"
        case let .malformed(message): what = "cannot be parsed (\(message))"
        case .outOfMemory: what = "out of memory"
        }
        return "\(url ?? "input"): \(what)"
    }
}
