/// Reads the article out of a full news page: its metadata (title, byline, date, canonical
/// URL, language, site name) and its body as clean paragraphs, without the navigation, ads,
/// share bars, related-story lists, newsletter boxes, cookie banners, comments and footers
/// around it.
///
/// The body comes from readability-style scoring of the page's DOM (see ``ContentScorer``):
/// paragraphs vote for the containers around them, link-heavy and boilerplate-named blocks
/// lose, and the best container with its related siblings is cleaned into paragraphs. When
/// that finds too little text, the attempt is repeated with fewer heuristics, and a JSON-LD
/// `articleBody` is used only when it is clearly the better body.
///
/// ```swift
/// let page = try XMLDocument(html: bytes, url: "https://example.com/story", encoding: nil)
/// let article = try ArticleExtractor().extract(from: page, url: "https://example.com/story")
/// print(article.title ?? "", article.paragraphs.count)
/// ```
public struct ArticleExtractor: Sendable {
    /// Bodies shorter than this (in characters) make the extractor retry with relaxed rules.
    public var minimumLength: Int

    public init(minimumLength: Int = 500) {
        self.minimumLength = minimumLength
    }

    /// Extracts the article from a parsed page.
    ///
    /// - Parameters:
    ///   - document: the page, parsed by ``XMLDocument/init(html:url:encoding:maximumSize:)``.
    ///   - url: where the page came from; relative canonical URLs are resolved against it.
    /// - Throws: ``ArticleExtractionError`` with reason `.noArticleText` when the page holds
    ///   no article body (an index page, an empty shell that needs JavaScript), `.nestedTooDeep`
    ///   when none came before markup nested deeper than libxml2 reads.
    public func extract(from document: XMLDocument, url: String) throws(ArticleExtractionError) -> Article {
        try extract(from: PageTree(document: document), url: url)
    }

    private func extract(from tree: PageTree, url: String) throws(ArticleExtractionError) -> Article {
        let metadata = PageMetadata(tree: tree, url: url)
        let paragraphs = body(of: tree, metadata: metadata)
        guard !paragraphs.isEmpty else {
            throw ArticleExtractionError(url: url, reason: tree.stoppedAtDepthLimit ? .nestedTooDeep : .noArticleText)
        }
        return Article(url: url, canonicalURL: metadata.canonicalURL, title: metadata.title, byline: metadata.byline,
                       published: metadata.published, language: metadata.language, siteName: metadata.siteName,
                       paragraphs: paragraphs)
    }

    /// Parses page bytes (encoding from the page's own `<meta charset>`, else libxml2's
    /// guess; pass `encoding` when the HTTP header or a detector knows better) and extracts.
    public func extract(html bytes: [UInt8], url: String, encoding: String? = nil) throws(ArticleExtractionError) -> Article {
        if Self.looksBinary(bytes) { throw ArticleExtractionError(url: url, reason: .notHTML) }
        let tree: PageTree
        do {
            // Valid UTF-8 is UTF-8 whatever the page declares; otherwise libxml2 reads the
            // page's <meta charset>.
            let sniffed = encoding ?? (bytes.withUnsafeBufferPointer(Charset.isValidUTF8) ? "UTF-8" : nil)
            // Script and style content, dropped by the page tree anyway, is half of a typical
            // page; in UTF-8 it can be cut out before libxml2 reads it character by character.
            // Attributes the tree never reads go too; not past the size limit, whose error names
            // the size libxml2 was given.
            // Kept attribute values the parser would read character by character wait aside
            // (``AttributeValues``).
            var values = AttributeValues()
            let page = sniffed?.uppercased() != "UTF-8" ? bytes
                : bytes.count <= XMLDocument.defaultMaximumSize ? RawTextStripper.strip(bytes, values: &values)
                : RawTextStripper.strip(bytes)
            // The tree straight from the parser's events: the DOM's tree without building the DOM.
            tree = try PageTreeBuilder.tree(html: page, url: url, encoding: sniffed, values: values)
        } catch {
            throw ArticleExtractionError(url: url, reason: .unreadable(error))
        }
        return try extract(from: tree, url: url)
    }

    /// Extracts from already decoded page text.
    public func extract(html text: String, url: String) throws(ArticleExtractionError) -> Article {
        try extract(html: Array(text.utf8), url: url, encoding: "UTF-8")
    }

    /// Control bytes in the first 4 KiB that no text page has (UTF-16 pages, which have NULs,
    /// start with a byte-order mark).
    static func looksBinary(_ bytes: [UInt8]) -> Bool {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return false }
        // On the array's buffer: iterating the slice checked bounds and indices per byte.
        return bytes.withUnsafeBufferPointer { buffer in
            var control = 0
            let sample = UnsafeBufferPointer(rebasing: buffer.prefix(4096))
            for byte in sample where byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0C && byte != 0x0D {
                if byte == 0 { return true }
                control += 1
            }
            return control * 100 > sample.count
        }
    }

    // MARK: Body

    private func body(of tree: PageTree, metadata: PageMetadata) -> [String] {
        // Nodes are read in place (`nodes[index]`): `map` handed each one over as a copy, which
        // retained and released its strings and attributes.
        let nodes = tree.nodes
        var hints = [ClassHints?](repeating: nil, count: nodes.count)
        for index in nodes.indices where !nodes[index].isText && !nodes[index].attributes.isEmpty {
            let className = nodes[index].attribute("class"), id = nodes[index].attribute("id")
            guard className != nil || id != nil else { continue }
            hints[index] = ClassHints(className: className, id: id)
        }
        let attempts: [PageStatistics.Flags] = [
            .init(),
            .init(stripUnlikely: false, weightClasses: true, cleanConditionally: true),
            .init(stripUnlikely: false, weightClasses: false, cleanConditionally: true),
            .init(stripUnlikely: false, weightClasses: false, cleanConditionally: false),
        ]
        var best: [String] = []
        var bestLength = 0
        for flags in attempts {
            let stats = PageStatistics(tree: tree, flags: flags, hints: hints)
            let (roots, scores) = ContentScorer(tree: tree, stats: stats).contentRoots()
            let blocks = BodyCollector(tree: tree, stats: stats, scores: scores, title: metadata.title).blocks(from: roots)
            let paragraphs = blocks.map(\.text)
            let length = paragraphs.reduce(0) { $0 + TextNormalizer.length($1) }
            // A relaxed attempt has to find clearly more, and the same article: for a short
            // news brief the strict first attempt is right, and a relaxed one that jumps to
            // another block (teasers, a bio) or only adds what was removed is worse.
            if best.isEmpty || (Double(length) > Double(bestLength) * 1.5 + 50 && Self.extends(best, with: paragraphs)) {
                best = paragraphs
                bestLength = length
            }
            if length >= minimumLength { break }
        }
        if let fallback = jsonLDBody(metadata.jsonLD, comparedWith: best, length: bestLength) { return fallback }
        return best
    }

    /// The JSON-LD `articleBody` as paragraphs, when it is clearly the better body: the DOM
    /// gave less than half as much text (a page rendered by script, a teaser), or the DOM
    /// text hardly shares any words with it (the scorer picked the wrong block).
    private func jsonLDBody(_ article: JSONLDArticle?, comparedWith dom: [String], length domLength: Int) -> [String]? {
        guard let body = article?.articleBody else { return nil }
        let paragraphs = Self.paragraphs(ofJSONLDBody: body)
        let length = paragraphs.reduce(0) { $0 + TextNormalizer.length($1) }
        guard length >= 200 else { return nil }
        if Double(domLength) < Double(length) * 0.5 { return paragraphs }
        if length >= 500 && Self.sharedWords(dom, paragraphs) < 0.3 { return paragraphs }
        return nil
    }

    /// `articleBody` is plain text with line breaks on most sites, HTML on some.
    static func paragraphs(ofJSONLDBody body: String) -> [String] {
        // The byte tests skip Foundation's search on the plain-text bodies of most sites.
        if (ByteSearch.contains(body, "</p>") && body.contains("</p>")) || (ByteSearch.contains(body, "<br") && body.contains("<br")) {
            guard let document = try? XMLDocument(html: body, url: nil) else { return [] }
            let tree = PageTree(document: document)
            let stats = PageStatistics(tree: tree, flags: .init(stripUnlikely: false, weightClasses: false,
                                                                cleanConditionally: false),
                                       hints: Array(repeating: nil, count: tree.nodes.count))
            let roots = tree.root.map { [$0] } ?? []
            return BodyCollector(tree: tree, stats: stats, scores: Array(repeating: nil, count: tree.nodes.count), title: nil).blocks(from: roots).map(\.text)
        }
        return lines(of: body).map(TextNormalizer.clean).filter { !$0.isEmpty }
    }

    /// The text's lines, split where a `Character` is "\n" or "\r" (empty lines left out), on
    /// the UTF-8 bytes: both are characters of their own, except a CR LF pair, which is one
    /// `Character` and neither, so no split there. The same lines as
    /// `split(whereSeparator:)` over `Character`s, without breaking graphemes.
    static func lines(of text: String) -> [String] {
        var lines: [String] = []
        var text = text
        text.withUTF8 { bytes in
            var start = 0
            for index in 0..<bytes.count {
                let byte = bytes[index]
                let breaks = (byte == 0x0A && (index == 0 || bytes[index - 1] != 0x0D))
                    || (byte == 0x0D && (index + 1 == bytes.count || bytes[index + 1] != 0x0A))
                guard breaks else { continue }
                if index > start { lines.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)) }
                start = index + 1
            }
            if bytes.count > start { lines.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self)) }
        }
        return lines
    }

    /// True when most of `earlier`'s paragraphs reappear in `later` (it grew the same body).
    static func extends(_ earlier: [String], with later: [String]) -> Bool {
        let kept = Set(later)
        return earlier.filter { kept.contains($0) }.count * 2 >= earlier.count
    }

    /// A paragraph's words, lower-cased: runs of letters and digits. On ASCII text without
    /// carriage returns every byte is a `Character`, so splitting the bytes gives the same
    /// words without grapheme breaking and Unicode property look-ups. The same holds with the
    /// typographic punctuation of English text (curly quotes, dashes, ellipsis, no-break
    /// space, guillemets): each is a `Character` of its own, neither letter nor digit, with
    /// no case, so it only separates words, as a space does.
    static func words(of paragraph: String) -> [Substring] {
        guard let folded = foldedASCII(paragraph) else {
            return paragraph.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        }
        let lower = String(decoding: folded, as: UTF8.self)
        return lower.utf8.split(whereSeparator: { !(($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39)) })
            .map { Substring($0) }
    }

    /// The paragraph's bytes with ASCII letters lower-cased and the punctuation ``words(of:)``
    /// treats as a space replaced by one; nil when it has a carriage return or any other
    /// non-ASCII character.
    static func foldedASCII(_ paragraph: String) -> [UInt8]? {
        var paragraph = paragraph
        return paragraph.withUTF8 { bytes -> [UInt8]? in
            var folded: [UInt8] = []
            folded.reserveCapacity(bytes.count)
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte < 0x80 {
                    if byte == 0x0D { return nil }
                    folded.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
                    index += 1
                } else if byte == 0xC2, index + 1 < bytes.count, [0xA0, 0xAB, 0xBB].contains(bytes[index + 1]) {
                    folded.append(0x20)  // U+00A0, U+00AB, U+00BB
                    index += 2
                } else if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80,
                          [0x93, 0x94, 0x98, 0x99, 0x9C, 0x9D, 0xA6].contains(bytes[index + 2]) {
                    folded.append(0x20)  // U+2013, U+2014, U+2018, U+2019, U+201C, U+201D, U+2026
                    index += 3
                } else {
                    return nil
                }
            }
            return folded
        }
    }

    /// The share of the DOM body's words (3+ letters, lower-cased) found in the JSON-LD body.
    static func sharedWords(_ dom: [String], _ jsonLD: [String]) -> Double {
        func words(_ paragraphs: [String]) -> [Substring] {
            paragraphs.flatMap { Self.words(of: $0) }.filter { $0.count >= 3 }
        }
        let domWords = words(dom)
        guard !domWords.isEmpty else { return 0 }
        let reference = Set(words(jsonLD))
        return Double(domWords.filter { reference.contains($0) }.count) / Double(domWords.count)
    }
}
