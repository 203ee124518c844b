import CLibXML2
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Builds a ``PageTree`` straight from the events of libxml2's HTML parser, without the DOM.
///
/// Reading a page through ``XMLDocument`` makes libxml2 allocate a node, a name and a string
/// per element, attribute and text run, only for ``PageTree/init(document:)`` to copy the
/// little that extraction reads and free the rest. The HTML parser applies its implied-tag
/// and auto-close rules itself and reports the result as SAX events; libxml2's own tree
/// builder (SAX2.c) turns those events into the DOM. This builder consumes the same events
/// and mirrors what that tree builder does with them, so the tree is the one a copy of the
/// DOM gives:
///
/// - consecutive character events form one text node (a comment or an element ends it; a
///   misplaced DOCTYPE does not), text outside any element is dropped;
/// - an element that starts after the document element has closed becomes the document
///   element's last child when the document element is the document's first node, and is
///   outside the tree when a DOCTYPE, comment or processing instruction came first;
/// - a prefixed tag name (`<o:p>`) is read as its local part, as `xmlSplitQName` does;
/// - depth is counted on the parser's own node stack (`nodePush`), so the depth limit stops
///   the parse at the same element, with the same error, and a start tag the parser closes
///   on its own (no `>`) closes here too.
///
/// The few inputs where mirroring would need more than this (a text run over libxml2's
/// 10 MB text-node limit, content added to a document element that is a JSON-LD script)
/// are built through the DOM instead.
struct PageTreeBuilder {
    /// What an open element is in the tree being built.
    private enum Entry {
        /// A kept element, by node index.
        case kept(Int)
        /// A `<script type="application/ld+json">`; its text goes to `jsonLD[slot]`.
        case jsonLD(slot: Int)
        /// Not in the tree: a dropped tag, or anything below one or outside the document element.
        case dropped
    }

    /// Whether the document's first child (what libxml2 attaches later top-level elements
    /// to) is an element.
    private enum FirstChild { case none, element, other }

    private let context: htmlParserCtxtPtr

    /// What a tag name means here, and the name the tree stores.
    private enum TagKind { case kept, script, dropped }
    /// Tag and attribute names, by the address libxml2 passes them at: its dictionary hands
    /// out one address per distinct name, so each name is converted and looked up once per
    /// page instead of once per element. The bytes are kept to check that an address still
    /// holds the same name.
    private var tagNames = NameCache<(tag: String, kind: TagKind, flags: TagFlags)>()
    private var attributeNames = NameCache<String?>()
    /// Every kept element's attributes, one after another; `attributeSpans` says whose. The
    /// nodes get their slices once the tree is complete (a slice taken earlier would make
    /// the next append copy the array).
    private var attributeStore: [(name: String, value: String)] = []
    private var attributeSpans: [(node: Int, range: Range<Int>)] = []
    /// The values the stripper moved out of the page (``AttributeValues``).
    private let values: AttributeValues
    /// Where the search for the next element's moved attributes starts.
    private var nextList = 0

    private var nodes: [PageTree.Node] = []
    private var jsonLD: [String] = []
    private var jsonLDBytes: [[UInt8]] = []
    private var stack: [Entry] = []
    private var rootEntry: Entry?
    private var firstChild = FirstChild.none
    private var hasDocumentType = false

    /// Character data of the open text (or CDATA) run, not yet a node.
    private var pending: [UInt8] = []
    private var pendingIsCDATA = false
    /// Length of the current run of character events, kept or not (libxml2 caps a text node).
    private var runLength = 0
    private var halted = false
    /// Set when the tree must come from the DOM after all (see the type's documentation).
    private(set) var needsDOM = false

    /// libxml2 refuses to grow a text node past this many bytes (XML_MAX_TEXT_LENGTH).
    static let maximumTextLength = 10_000_000

    private init(context: htmlParserCtxtPtr, values: AttributeValues) {
        self.context = context
        self.values = values
        nodes.reserveCapacity(4096)
        pending.reserveCapacity(4096)
    }

    /// Parses an HTML page into its tree, with exactly the options and checks of
    /// ``XMLDocument/init(html:url:encoding:maximumSize:)``.
    ///
    /// - Parameter values: the attribute values ``RawTextStripper`` moved out of `bytes`, put
    ///   back where the page refers to them.
    /// - Throws: ``XMLParseError`` when the input is empty, too large or has no element.
    static func tree(html bytes: [UInt8], url: String?, encoding: String?, values: AttributeValues = AttributeValues(),
                     maximumSize: Int = XMLDocument.defaultMaximumSize) throws(XMLParseError) -> PageTree {
        try XMLDocument.checkSize(bytes, maximumSize: maximumSize, url: url)
        XMLDocument.initializeLibrary()
        guard let context = htmlNewParserCtxt() else { throw XMLParseError(url: url, reason: .outOfMemory) }
        defer { htmlFreeParserCtxt(context) }
        // The callbacks reach the builder through a pointer: no reference counting or
        // exclusivity checks per event, as a class instance would have.
        let builder = UnsafeMutablePointer<PageTreeBuilder>.allocate(capacity: 1)
        builder.initialize(to: PageTreeBuilder(context: context, values: values))
        defer {
            builder.deinitialize(count: 1)
            builder.deallocate()
        }
        install(builder, on: context)
        let document: htmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { chars in
                htmlCtxtReadMemory(context, chars, Int32(buffer.count), url, encoding,
                                   Int32(bitPattern: XMLDocument.htmlOptions))
            }
        }
        // No start-document handler, so libxml2 never creates a document; free one if it did.
        if let document { xmlFreeDoc(document) }
        if builder.pointee.needsDOM {
            return PageTree(document: try XMLDocument(html: values.restoredPage(bytes), url: url, encoding: encoding,
                                                      maximumSize: maximumSize))
        }
        guard builder.pointee.rootEntry != nil else {
            throw XMLParseError(url: url, reason: .malformed(XMLDocument.lastError(context) ?? "no content"))
        }
        builder.pointee.finish()
        let depthLimit = Self.lastErrorMentionsDepth(context) && XMLDocument.lastError(context)?.contains("Excessive depth") == true
        return PageTree(nodes: builder.pointee.nodes, jsonLD: builder.pointee.jsonLD, stoppedAtDepthLimit: depthLimit)
    }

    /// Whether the last error's raw message has the bytes of "Excessive depth": the test on
    /// the message as a `String` (trimmed, with its line) can only be true then, and most
    /// pages end with an unrelated error, whose `String` (Foundation's trimming) was a
    /// measurable part of a small page's parse.
    static func lastErrorMentionsDepth(_ context: htmlParserCtxtPtr) -> Bool {
        guard let error = xmlCtxtGetLastError(context), let message = error.pointee.message else { return false }
        return strstr(message, "Excessive depth") != nil
    }

    /// Replaces the context's tree-building handlers with this builder's. The handler block
    /// belongs to the context (it frees it); only the callbacks the HTML parser calls are set.
    private static func install(_ builder: UnsafeMutablePointer<PageTreeBuilder>, on context: htmlParserCtxtPtr) {
        let sax = context.pointee.sax!
        let initialized = sax.pointee.initialized
        sax.initialize(to: htmlSAXHandler())
        sax.pointee.initialized = initialized
        sax.pointee.startElement = { context, name, attributes in
            PageTreeBuilder.with(context) { $0.pointee.startElement(name, attributes) }
        }
        sax.pointee.endElement = { context, _ in
            PageTreeBuilder.with(context) { $0.pointee.endElement() }
        }
        sax.pointee.characters = { context, characters, length in
            PageTreeBuilder.with(context) { $0.pointee.characters(characters, Int(length), isCDATA: false) }
        }
        sax.pointee.cdataBlock = { context, characters, length in
            PageTreeBuilder.with(context) { $0.pointee.characters(characters, Int(length), isCDATA: true) }
        }
        sax.pointee.comment = { context, _ in
            PageTreeBuilder.with(context) { $0.pointee.commentOrInstruction() }
        }
        sax.pointee.processingInstruction = { context, _, _ in
            PageTreeBuilder.with(context) { $0.pointee.commentOrInstruction() }
        }
        sax.pointee.internalSubset = { context, _, _, _ in
            PageTreeBuilder.with(context) { $0.pointee.documentType() }
        }
        context.pointee._private = UnsafeMutableRawPointer(builder)
    }

    /// Calls `body` with the builder behind a callback's context (the parser context, whose
    /// `_private` points to the builder for the length of the parse).
    private static func with(_ raw: UnsafeMutableRawPointer?, _ body: (UnsafeMutablePointer<PageTreeBuilder>) -> Void) {
        guard let raw else { return }
        let context = raw.assumingMemoryBound(to: xmlParserCtxt.self)
        guard let builder = context.pointee._private else { return }
        body(builder.assumingMemoryBound(to: PageTreeBuilder.self))
    }

    // MARK: Events

    private mutating func startElement(_ rawName: UnsafePointer<xmlChar>?, _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) {
        guard !halted, let rawName else { return }
        closeWhatTheParserClosed()
        endTextRun()
        // The tree builder pushes every element on the parser's node stack; past the depth
        // limit the push fails, the parser stops, and the element is not in the tree. The
        // stack holds no nodes: of the HTML parser, only `areBlanks` reads them, to tell
        // whether blanks between tags are ignorable, and without the NOBLANKS option it hands
        // them to `characters` either way. Past the checks on the element's name that decide
        // more (an implied `<p>`), an empty node made it compare the name with 30 others per
        // run of blanks; no node ends the test there.
        if nodePush(context, nil) < 0 {
            halted = true
            return
        }
        let parent: Entry?
        if let top = stack.last {
            parent = top
        } else {
            switch firstChild {
            case .none:
                firstChild = .element
                parent = nil
            case .element:
                // libxml2 appends it to the document element, however long closed.
                parent = rootEntry
                if case .jsonLD = rootEntry { needsDOM = true }
            case .other:
                parent = rootEntry == nil ? nil : .dropped
            }
        }
        let entry = makeElement(rawName, attributes, parent: parent)
        if rootEntry == nil { rootEntry = entry }
        stack.append(entry)
    }

    private mutating func makeElement(_ rawName: UnsafePointer<xmlChar>, _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?,
                             parent: Entry?) -> Entry {
        let parentIndex: Int
        switch parent {
        case nil: parentIndex = -1
        case .kept(let index): parentIndex = index
        case .jsonLD, .dropped: return .dropped
        }
        let (tag, kind, flags) = tagName(rawName)
        switch kind {
        case .kept:
            break
        case .script:
            guard let type = Self.attribute("type", in: attributes),
                  ByteSearch.asciiLowercasedContains(type, "ld+json") ?? type.lowercased().contains("ld+json") else { return .dropped }
            jsonLD.append("")
            jsonLDBytes.append([])
            return .jsonLD(slot: jsonLD.count - 1)
        case .dropped:
            return .dropped
        }
        let node = PageTree.Node(tag: tag, text: "", parent: parentIndex, flags: flags)
        let start = attributeStore.count
        if var pair = attributes {
            while let name = pair[0] {
                if let kept = keptAttributeName(name) {
                    var value = pair[1]
                    // SAX2.c: a boolean attribute written without a value has its name as value.
                    if value == nil, htmlIsBooleanAttr(name) != 0 { value = name }
                    PageTree.keep(keptAttribute: kept, value: value.map(PageTree.cString), of: tag, in: &attributeStore)
                }
                pair += 2
            }
        } else if values.count > 0, let list = values.list(at: parserOffset(), named: rawName, from: &nextList) {
            let values = self.values
            values.forEach(inList: list) { name, value in
                PageTree.keep(keptAttribute: name, value: value, of: tag, in: &attributeStore)
            }
        }
        if attributeStore.count > start { attributeSpans.append((nodes.count, start..<attributeStore.count)) }
        nodes.append(node)
        return .kept(nodes.count - 1)
    }

    private mutating func endElement() {
        guard !halted else { return }
        closeWhatTheParserClosed()
        endTextRun()
        guard let entry = stack.popLast() else { return }
        close(entry)
        nodePop(context)
    }

    private mutating func characters(_ characters: UnsafePointer<xmlChar>?, _ length: Int, isCDATA: Bool) {
        guard !halted, let characters, length > 0 else { return }
        closeWhatTheParserClosed()
        // Outside any element the tree builder drops text.
        guard let top = stack.last else { return }
        if runLength > 0 && runLength + length > Self.maximumTextLength { needsDOM = true }
        switch top {
        case .kept:
            if runLength > 0 && pendingIsCDATA != isCDATA { endTextRun() }
            pendingIsCDATA = isCDATA
            pending.append(contentsOf: UnsafeBufferPointer(start: characters, count: length))
        case .jsonLD(let slot):
            jsonLDBytes[slot].append(contentsOf: UnsafeBufferPointer(start: characters, count: length))
        case .dropped:
            break
        }
        runLength += length
    }

    private mutating func commentOrInstruction() {
        guard !halted else { return }
        closeWhatTheParserClosed()
        endTextRun()
        if stack.isEmpty && firstChild == .none { firstChild = .other }
    }

    /// A DOCTYPE, wherever it is: libxml2 puts the first one before everything else in the
    /// document (later ones are ignored), and it does not end the open text run.
    private mutating func documentType() {
        guard !halted, !hasDocumentType else { return }
        hasDocumentType = true
        firstChild = .other
    }

    // MARK: Helpers

    /// Where the parser's cursor is in the bytes it was given (libxml2 drops what it has read
    /// from the front of its buffer and counts it in `consumed`). The page goes in as UTF-8
    /// with its encoding named, so the buffer holds the page's own bytes.
    private func parserOffset() -> Int {
        guard let input = context.pointee.input, let cur = input.pointee.cur, let base = input.pointee.base else { return -1 }
        return Int(input.pointee.consumed) + (cur - base)
    }

    /// The parser pops its node stack itself, without an end event, when a start tag has no
    /// `>`; those elements end here.
    private mutating func closeWhatTheParserClosed() {
        let depth = Int(context.pointee.nodeNr)
        guard stack.count > depth else { return }
        endTextRun()
        while stack.count > depth, let entry = stack.popLast() { close(entry) }
    }

    private mutating func close(_ entry: Entry) {
        if case .jsonLD(let slot) = entry {
            jsonLD[slot] = Self.string(jsonLDBytes[slot])
            jsonLDBytes[slot] = []
        }
    }

    /// Turns the pending characters into a text node of the open element, collapsed as the
    /// DOM copy collapses a text node's content.
    private mutating func endTextRun() {
        runLength = 0
        guard !pending.isEmpty else { return }
        defer { pending.removeAll(keepingCapacity: true) }
        guard case .kept(let parent)? = stack.last else { return }
        pending.append(0)
        let text = pending.withUnsafeBufferPointer { TextNormalizer.collapse($0.baseAddress!) }
        guard !text.isEmpty else { return }
        nodes.append(PageTree.Node(tag: "", text: text, parent: parent, flags: []))
    }

    /// Ends what is still open when the parser is done (it stopped at the depth limit).
    private mutating func finish() {
        endTextRun()
        while let entry = stack.popLast() { close(entry) }
        for (node, range) in attributeSpans { nodes[node].attributes = attributeStore[range] }
    }

    private mutating func tagName(_ raw: UnsafePointer<xmlChar>) -> (String, TagKind, TagFlags) {
        tagNames.value(for: raw) { raw in
            let tag = Self.localName(raw)
            let kind: TagKind = tag == "script" ? .script : PageTree.droppedTags.contains(tag) ? .dropped : .kept
            return (tag, kind, TagFlags(tag: tag))
        }
    }

    /// The attribute's name when the tree keeps it.
    private mutating func keptAttributeName(_ raw: UnsafePointer<xmlChar>) -> String? {
        attributeNames.value(for: raw) { raw in
            let name = PageTree.name(raw)
            return PageTree.keptAttributes.contains(name) ? name : nil
        }
    }

    /// libxml2 keeps C strings: its text ends at a NUL byte.
    private static func string(_ bytes: [UInt8]) -> String {
        let end = bytes.firstIndex(of: 0) ?? bytes.endIndex
        return String(decoding: bytes[..<end], as: UTF8.self)
    }

    /// The element name the tree builder stores: the part after the first colon of a prefixed
    /// name, unless the name starts or ends with the colon (`xmlSplitQName`; its special case
    /// for `xml:` is compiled out).
    static func localName(_ raw: UnsafePointer<xmlChar>) -> String {
        var colon = -1, length = 0
        while raw[length] != 0 {
            if raw[length] == 0x3A && colon < 0 { colon = length }
            length += 1
        }
        guard colon > 0, colon < length - 1 else { return PageTree.name(raw) }
        return PageTree.name(raw + colon + 1)
    }

    /// The first attribute of that name, as `xmlGetProp` reads it ("" when it has no value).
    private static func attribute(_ name: StaticString, in attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) -> String? {
        guard var pair = attributes else { return nil }
        while let attribute = pair[0] {
            if xmlStrEqual(attribute, name.utf8Start) != 0 {
                var value = pair[1]
                if value == nil, htmlIsBooleanAttr(attribute) != 0 { value = attribute }
                return value.map { String(cString: $0) } ?? ""
            }
            pair += 2
        }
        return nil
    }
}
