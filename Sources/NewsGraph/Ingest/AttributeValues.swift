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
/// The DOM cannot say where a tag was: for it, ``restoredPage(_:)`` writes the attributes back.
///
/// ```swift
/// var values = AttributeValues()
/// let page = RawTextStripper.strip(Array(#"<div class="story body" id=main>x</div>"#.utf8), values: &values)
/// // page: <div>x</div>; list 0, at offset 4 (the ">"), is class = "story body", id = "main"
/// ```
struct AttributeValues: Sendable {
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

    /// The stripped page with every list's attributes written back into its tag, before the
    /// `>` or `/>`, for the DOM, which cannot say where a tag was: ` name="value"` (in single
    /// quotes when the value has a double one; a moved value never has both, see
    /// ``RawTextStripper/filteredTag(_:from:to:kept:wellFormed:moving:moved:)``), or
    /// ` name` for one written without a value. libxml2 reads each as the page had it: the
    /// values are printable ASCII without `&`.
    func restoredPage(_ stripped: [UInt8]) -> [UInt8] {
        guard !tagEnds.isEmpty else { return stripped }
        var out: [UInt8] = []
        out.reserveCapacity(stripped.count + 32 * tagEnds.count)
        var copied = 0
        page.withUnsafeBufferPointer { bytes in
            for (number, end) in tagEnds.enumerated() {
                out.append(contentsOf: stripped[copied..<end])
                for entry in entries[listStarts[number]..<listStarts[number + 1]] {
                    out.append(0x20)
                    out.append(contentsOf: Self.names[entry.name].utf8)
                    guard entry.count >= 0 else { continue }
                    let value = UnsafeBufferPointer(rebasing: bytes[entry.start..<entry.start + entry.count])
                    let quote: UInt8 = value.contains(UInt8(ascii: "\"")) ? UInt8(ascii: "'") : UInt8(ascii: "\"")
                    out.append(UInt8(ascii: "="))
                    out.append(quote)
                    out.append(contentsOf: value)
                    out.append(quote)
                }
                copied = end
            }
        }
        out.append(contentsOf: stripped[copied...])
        return out
    }
}
