import CLibXML2

/// Reduces an HTML fragment to plain text: entities decoded, tags dropped, whitespace
/// collapsed to single spaces.
///
/// Feeds put escaped or CDATA HTML in titles and descriptions; readers want the text.
/// The fragment goes through libxml2's forgiving HTML parser, so broken markup still
/// gives its text. `script`, `style` and similar elements contribute nothing; block
/// elements and `<br>` separate words.
///
/// ```swift
/// HTMLText.plainText("<p>Fish &amp; <b>chips</b></p><p>Peas</p>")   // "Fish & chips Peas"
/// ```
public enum HTMLText {
    /// The text of `fragment`, on one line.
    ///
    /// - Complexity: O(n) in the fragment's length.
    public static func plainText(_ fragment: String) -> String {
        // Most titles carry no markup at all: skip the parser for them.
        if !fragment.utf8.contains(where: { $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: "&") }) {
            return collapseWhitespace(fragment)
        }
        guard let document = try? XMLDocument(html: Array("<div>\(fragment)</div>".utf8), encoding: "UTF-8"),
              let root = document.root else {
            return collapseWhitespace(fragment)
        }
        var output = ""
        output.reserveCapacity(fragment.utf8.count)
        append(root, to: &output)
        return collapseWhitespace(output)
    }

    private static let silentElements: Set<String> = ["script", "style", "noscript", "template", "head", "iframe", "object"]
    private static let blockElements: Set<String> = [
        "p", "div", "br", "li", "ul", "ol", "tr", "td", "th", "table", "h1", "h2", "h3", "h4", "h5", "h6",
        "blockquote", "pre", "section", "article", "header", "footer", "dd", "dt", "hr", "figure", "figcaption",
    ]

    private static func append(_ node: XMLNode, to output: inout String) {
        for child in node.children {
            if child.isText {
                output += child.text
            } else if child.isElement {
                let name = child.name.lowercased()
                if silentElements.contains(name) { continue }
                let block = blockElements.contains(name)
                if block { output += " " }
                append(child, to: &output)
                if block { output += " " }
            }
        }
    }

    /// Runs of ASCII whitespace become one space; a no-break space is text, so it stays.
    /// C1 control characters (from `&#146;` and the like) become the windows-1252
    /// characters their authors meant, as HTML5 decoders do.
    static func collapseWhitespace(_ text: String) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        var iterator = text.utf8.makeIterator()
        while let byte = iterator.next() {
            switch byte {
            case 0x20, 0x0A, 0x09, 0x0D, 0x0C:
                pendingSpace = !output.isEmpty
                continue
            default:
                break
            }
            if pendingSpace { output.append(0x20) }
            pendingSpace = false
            // U+0080…U+009F is C2 80…C2 9F in UTF-8.
            if byte == 0xC2, let next = iterator.next() {
                if next >= 0x80, next < 0xA0 {
                    output.append(contentsOf: Charset.decodeWindows1252([next]).utf8)
                } else {
                    output.append(byte)
                    output.append(next)
                }
                continue
            }
            output.append(byte)
        }
        return String(decoding: output, as: UTF8.self)
    }
}
