/// The attributes that ``RawTextStripper`` took out of a page's start tags, for the page tree
/// to put back.
///
/// libxml2's HTML parser reads an attribute's name and value one character at a time, with
/// two function calls per character, into buffers it allocates (and reallocates) for every
/// value, and compares each name with the tag's earlier ones. On the 181 benchmark pages
/// the value reader alone was 7 % of an ingest's instructions, for attributes the page tree
/// reads whole (`class` lists above all). So in a start tag whose attributes the stripper
/// reads exactly as libxml2 reads them, when every attribute the tree keeps has a value that
/// reaches the parser's callbacks as written (printable ASCII without `&`), the stripper
/// writes the tag without attributes and keeps its kept attributes here as list `n`, with
/// the offset in the stripped page where libxml2's cursor stands when it reports that
/// element (the tag's `>` or `/>`) and the tag's name. ``PageTreeBuilder`` asks for the list
/// at its parser's offset (``list(at:named:from:)``) and takes it, byte for byte.
///
/// The DOM cannot say where a tag was: for it, ``referencedPage(_:)`` writes each list's
/// number into its tag as one attribute, `_="\u{7F}n"`, which ``expand(_:_:)`` reads back.
/// The stripper only moves attributes on pages without a `\u{7F}` byte, so an `_` attribute
/// whose value starts with one is such a reference.
///
/// ```swift
/// var values = AttributeValues()
/// let page = RawTextStripper.strip(Array(#"<div class="story body" id=main>x</div>"#.utf8), values: &values)
/// // page: <div>x</div>; list 0, at offset 4 (the ">"), is class = "story body", id = "main"
/// ```
struct AttributeValues: Sendable {
    /// The byte that starts a reference.
    static let marker: UInt8 = 0x7F

    /// One moved attribute: its name (an index into ``names``) and its value's bytes in the page
    /// (`count` -1 for an attribute written without a value).
    struct Entry: Sendable {
        var name: Int
        var start: Int
        var count: Int
    }

    /// The names an entry can have: ``PageTree/keptAttributes``, in a fixed order.
    static let names: [String] = PageTree.keptAttributes.sorted()

    /// The page the values are in.
    private let page: [UInt8]
    private var entries: [Entry] = []
    /// List `n` is `entries[listStarts[n]..<listStarts[n + 1]]`.
    private var listStarts: [Int] = [0]
    /// List `n`'s tag ends at `tagEnds[n]` in the stripped page (ascending), and its name is
    /// `page[tagNames[n]]`, in any case.
    private var tagEnds: [Int] = []
    private var tagNames: [Range<Int>] = []

    /// No moved attributes (a page the stripper left whole).
    init() { page = [] }

    /// Attributes to be moved out of `page`.
    init(page: [UInt8]) { self.page = page }

    /// The number of lists.
    var count: Int { listStarts.count - 1 }

    /// Stores the list of the tag named `page[name]` whose `>` (or `/>`) the stripped page has
    /// at `tagEnd`, after those of every earlier tag, and returns its number.
    mutating func append(_ list: [Entry], tagEnd: Int, name: Range<Int>) -> Int {
        entries.append(contentsOf: list)
        listStarts.append(entries.count)
        tagEnds.append(tagEnd)
        tagNames.append(name)
        return count - 1
    }

    /// The list of the element libxml2 reports with the name `raw` (lower-cased, as its HTML
    /// parser hands names over) while its cursor is at `offset` in the stripped page, if any.
    ///
    /// Elements come in page order, so the search starts at `next` and leaves it past every
    /// list before `offset`. An element the parser implies (`<html>`, `<body>`) is reported
    /// at the offset of the tag that implied it, under another name; a tag the parser drops
    /// (a second `<body>`) is never asked for, and its list is passed over.
    func list(at offset: Int, named raw: UnsafePointer<UInt8>, from next: inout Int) -> Int? {
        while next < tagEnds.count, tagEnds[next] < offset { next += 1 }
        guard next < tagEnds.count, tagEnds[next] == offset else { return nil }
        let name = tagNames[next]
        let same = page.withUnsafeBufferPointer { bytes in
            for k in 0..<name.count {
                let c = bytes[name.lowerBound + k]
                guard raw[k] == (c >= 0x41 && c <= 0x5A ? c + 0x20 : c) else { return false }
            }
            return raw[name.count] == 0
        }
        guard same else { return nil }
        next += 1
        return next - 1
    }

    /// Calls `body` with each attribute (name and value; nil for none) of list `number`.
    func forEach(inList number: Int, _ body: (String, UnsafeBufferPointer<UInt8>?) -> Void) {
        page.withUnsafeBufferPointer { bytes in
            for entry in entries[listStarts[number]..<listStarts[number + 1]] {
                let value = entry.count < 0 ? nil : UnsafeBufferPointer(rebasing: bytes[entry.start..<entry.start + entry.count])
                body(Self.names[entry.name], value)
            }
        }
    }

    /// The stripped page with every list's reference (``writeReference(_:to:)``) written into
    /// its tag, before the `>` or `/>`: what the DOM, which cannot say where a tag was, reads
    /// with ``expand(_:_:)``.
    func referencedPage(_ stripped: [UInt8]) -> [UInt8] {
        guard !tagEnds.isEmpty else { return stripped }
        var out: [UInt8] = []
        out.reserveCapacity(stripped.count + 8 * tagEnds.count)
        var copied = 0
        for (number, end) in tagEnds.enumerated() where end <= stripped.count {
            out.append(contentsOf: stripped[copied..<end])
            Self.writeReference(number, to: &out)
            copied = end
        }
        out.append(contentsOf: stripped[copied...])
        return out
    }

    /// Calls `body` with each attribute (name and value; nil for none) of the list an `_`
    /// attribute's value refers to, and returns true; false when `raw` is no reference.
    func expand(_ raw: UnsafePointer<UInt8>?, _ body: (String, UnsafeBufferPointer<UInt8>?) -> Void) -> Bool {
        guard let raw, raw.pointee == Self.marker, let number = Self.parse(raw), number < count else { return false }
        forEach(inList: number, body)
        return true
    }

    /// Whether an attribute name, as libxml2 hands it over, is the reference's (`_`).
    static func isReferenceName(_ name: UnsafePointer<UInt8>) -> Bool { name[0] == 0x5F && name[1] == 0 }

    /// Writes the one attribute that stands for list `number`: ` _="`, the marker, the number
    /// in decimal, `"` (quoted, so that a `/` after it still closes the tag). ``expand(_:_:)``
    /// reads it back.
    static func writeReference(_ number: Int, to out: inout [UInt8]) {
        out.append(contentsOf: referenceOpening)
        var divisor = 1
        while divisor <= number / 10 { divisor *= 10 }
        var rest = number
        while divisor > 0 {
            out.append(UInt8(0x30 + rest / divisor))
            rest %= divisor
            divisor /= 10
        }
        out.append(UInt8(ascii: "\""))
    }

    private static let referenceOpening: [UInt8] = Array(" _=\"".utf8) + [marker]

    /// The number a reference (marker, then 1–9 decimal digits, then NUL) names.
    private static func parse(_ raw: UnsafePointer<UInt8>) -> Int? {
        var number = 0
        var index = 1
        while raw[index] != 0 {
            let digit = Int(raw[index]) - 0x30
            guard digit >= 0, digit <= 9, index < 10 else { return nil }
            number = number * 10 + digit
            index += 1
        }
        return index > 1 ? number : nil
    }
}
