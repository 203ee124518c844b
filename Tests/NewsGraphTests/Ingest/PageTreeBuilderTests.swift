import Foundation
import Testing
@testable import NewsGraph
import CLibXML2

/// The tree built from the HTML parser's events must be the tree copied from libxml2's DOM,
/// node for node, on markup that exercises the parser's repairs and on real pages.
@Suite struct PageTreeBuilderTests {
    /// Both trees of `bytes`, or both errors.
    static func compare(_ bytes: [UInt8], encoding: String? = "UTF-8", _ label: String,
                        sourceLocation: SourceLocation = #_sourceLocation) {
        let viaDOM: Result<PageTree, XMLParseError> = Result { () throws(XMLParseError) -> PageTree in
            PageTree(document: try XMLDocument(html: bytes, url: "page", encoding: encoding))
        }
        let viaEvents: Result<PageTree, XMLParseError> = Result { () throws(XMLParseError) -> PageTree in
            try PageTreeBuilder.tree(html: bytes, url: "page", encoding: encoding)
        }
        switch (viaDOM, viaEvents) {
        case let (.success(dom), .success(events)):
            #expect(describe(events) == describe(dom), "\(label)", sourceLocation: sourceLocation)
        case let (.failure(dom), .failure(events)):
            #expect(events == dom, "\(label)", sourceLocation: sourceLocation)
        default:
            Issue.record("\(label): DOM \(viaDOM), events \(viaEvents)", sourceLocation: sourceLocation)
        }
    }

    /// Everything a tree holds, one line per node, so a difference shows where it is.
    static func describe(_ tree: PageTree) -> [String] {
        var lines = tree.nodes.enumerated().map { index, node in
            let attributes = node.attributes.map { "\($0.name)=\($0.value)" }.joined(separator: " ")
            return "\(index) <\(node.tag)> parent \(node.parent) children \(Array(tree.children(of: index))) [\(attributes)] \(node.text.debugDescription)"
        }
        lines += tree.jsonLD.map { "json-ld \($0.debugDescription)" }
        lines.append("depth limit \(tree.stoppedAtDepthLimit)")
        return lines
    }

    static let trickyMarkup: [String] = [
        "<html><body><p class=x>One<p>Two<div>three</body>",
        "plain text first <b>bold</b> and more",
        "  \n <p>leading blanks</p>",
        // Blanks between tags, where libxml2 asks whether they are ignorable (`areBlanks`).
        "<html> \n <head> <title>t</title> </head> <body> <p>a</p> <b>x</b> <i>y</i> </body> </html> ",
        " &amp; <p>blanks then a reference</p>", "<html>  &amp;<p>x</p></html>", "<head> &amp; <title>t</title></head>",
        "<ul> <li>a</li> <li>b</li> </ul>", "<table> <tr> <td>x</td> </tr> </table>", "<p>a <b> b </b> <!-- c --> <i>d</i> </p>",
        "<select> <option>a</option> </select><pre> <span> x </span> </pre>",
        "<!DOCTYPE html><html><body><p>in</p></body></html> trailing <p>after</p>",
        "<html><body><p>in</p></body></html> trailing <p>after</p><div>more</div>",
        "<!-- first --><html><body><p>in</p></body></html><p>after</p>",
        "<?xml version=\"1.0\"?><html><body><p>in</p></body></html><p>after</p>",
        "<p>a<!DOCTYPE html>b</p><p>c</p>",
        "<html><body><p>before</p></body></html><!DOCTYPE html><p>after</p>",
        "<table><tr><td>a<td>b<tr><th>c</table><p>x",
        "<form><form><input name=q></form>text</form>",
        "<p>&amp; &eacute; &#x41;&#66; &bogus; a&b &nbsp;&shy;soft &#0; &#xD800;</p>",
        "<p>a<!-- comment -->b<?pi x?>c<![CDATA[d]]>e</p>",
        "<div><o:p>office</o:p><a:b:c>deep</a:b:c><:x>colon</:x><y:>trailing</y:><xml:lang>x</xml:lang></div>",
        "<div class=\"a\"<p>text</p></div><span title=x",
        "<div><p",
        "<html><head><title>T</title><meta charset=utf-8><script type=\"application/LD+JSON\">{\"a\": 1}</script>"
            + "<script>var x = 1;</script><style>p{}</style></head><body><p>x</p></body></html>",
        "<script type=\"application/ld+json\">{\"headline\": \"Root script\"}</script><p>after the root</p>",
        "<script TYPE='application/ld+json'>[1, 2]</script>",
        "<div hidden><p style=\"DISPLAY: none\">x</p><a href=\"#top\">top</a><a href=/x>x</a><link rel=canonical href=/c>"
            + "<input disabled><option selected>o</option><div aria-hidden=\"true\" role=navigation id=\"\" class>y</div></div>",
        "<p class=a class=b id=c ID=d>duplicate attributes</p>",
        "<p>   </p><p>\u{A0}</p><p>\t\n\r\u{0C}</p><p></p>",
        "<head><p>x</p><head><body><body class=second><p>y</p></body></body>",
        "<html><html lang=fr><body>x</body></html>",
        "<br/><div/>text<p/>",
        "</p></div>stray ends<p>x</p></span>",
        "<unknown-tag>x</unknown-tag><custom.el>y</custom.el>",
        "<select><option>a<option>b</select><textarea><p>not markup</p></textarea><noscript><p>n</p></noscript>",
        "<ul><li>one<li>two</ul><dl><dt>t<dd>d</dl>",
        "<svg><p>inside svg</p></svg><math><mi>x</mi></math><p>out</p>",
        "<title>A <b>bold</b> title</title><p>body</p>",
        "<p>x</p>\u{0}<p>y</p>",
        "<!-- only a comment -->",
        "<!DOCTYPE html>",
        "   ",
        "text only",
        "<html><body><p>unterminated comment <!-- here",
        "<p>a</p><script>never closed",
        "<a href=x><div>block in link</div></a><p><p>nested p</p></p>",
        "<html><body>" + String(repeating: "<div>", count: 300) + "deep text" + String(repeating: "</div>", count: 300)
            + "<p>after</p></body></html>",
        String(repeating: "<span>", count: 255) + "edge" + String(repeating: "</span>", count: 255) + "<p>x</p>",
        String(repeating: "<span>", count: 256) + "edge" + String(repeating: "</span>", count: 256) + "<p>x</p>",
        String(repeating: "<span>", count: 257) + "edge" + String(repeating: "</span>", count: 257) + "<p>x</p>",
        "<script type=application/ld+json>" + String(repeating: "<div>", count: 300) + "</script>"
            + String(repeating: "<div>", count: 300) + "x",
        "<html><body><p>" + String(repeating: "long text run, ", count: 5000) + "</p></body></html>",
    ]

    /// The tree of the page as given (through the DOM) and of the page with script content
    /// and unread attributes cut (through the events), as the extractor reads it: with the
    /// kept attributes moved to ``AttributeValues`` and without, and through the DOM of the
    /// page with moved attributes (the builder's fallback).
    static func compareStripped(_ bytes: [UInt8], _ label: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let whole = Result { () throws(XMLParseError) -> PageTree in
            PageTree(document: try XMLDocument(html: bytes, url: "page", encoding: "UTF-8"))
        }
        var values = AttributeValues()
        let moved = RawTextStripper.strip(bytes, values: &values)
        let cuts: [(String, Result<PageTree, XMLParseError>)] = [
            ("cut", Result { () throws(XMLParseError) -> PageTree in
                try PageTreeBuilder.tree(html: RawTextStripper.strip(bytes, droppingAttributes: true), url: "page", encoding: "UTF-8")
            }),
            ("moved", Result { () throws(XMLParseError) -> PageTree in
                try PageTreeBuilder.tree(html: moved, url: "page", encoding: "UTF-8", values: values)
            }),
            ("moved, DOM", Result { () throws(XMLParseError) -> PageTree in
                PageTree(document: try XMLDocument(html: values.restoredPage(moved), url: "page", encoding: "UTF-8"))
            }),
        ]
        for (name, cut) in cuts {
            switch (whole, cut) {
            case let (.success(whole), .success(cut)):
                #expect(describe(cut) == describe(whole), "\(label) (\(name))", sourceLocation: sourceLocation)
            case (.failure, .failure):
                break
            default:
                Issue.record("\(label) (\(name)): whole \(whole), cut \(cut)", sourceLocation: sourceLocation)
            }
        }
    }

    static let trickyTags: [String] = [
        "<div class=a data-x=1 id=b>x</div>", "<DIV CLASS=\"A\" DATA-X='1'>x</DIV>", "<a href=/x title=\"t > u\" rel=author>a</a>",
        "<a b=\"=\" \"c>d\">e</a>", "<a b=\"x\"=\">y\">z</a>", "<a b=='x>y'>z</a>", "<a data-x=1 = class=k>z</a>",
        "<p data-a=1/>x</p>", "<br data-a=1/>", "<img src=a.png alt=\"a > b\"><p class=c>t</p>", "<x-- data-a=1>y</x-->",
        "<!-- <div data-a=1 class=b> --> <p>after</p>", "<!-- x --!> <div data-a=1 class=k>in</div> -->",
        "<div class=\"block--mod\" data-a=1>bem</div>", "<div data-a=\"--\" class=x>dashes</div>", "<span @click=x class=y>vue</span>",
        "<span :class=x data-y=2>colon</span>", "<div\tdata-a=1\nclass=x\r\nid=y>ws</div>", "<div\u{0C}data-a=1 class=x>ff</div>",
        "<div data-a=caf\u{E9} class=x>utf8</div>", "<meta charset=utf-8 data-x=1><p>m</p>", "<script data-x=1 type=application/ld+json>{}</script>",
        "<div class=x data-a=1", "<div data-a=\"unterminated>text", "<input disabled data-a=1 type=text><p hidden data-b=2>h</p>",
        "<a href=\"#top\" data-a=1>top</a><link rel=canonical href=/c data-a=1>", "<td colspan=2 style=\"display:none\" data-x=1>s</td>",
        "<p data-a=1 data-a=2 class=c class=d>dup</p>", "<html lang=en data-theme=dark><body data-a=1><p>x</p></body></html>",
    ]

    @Test func unreadAttributesDroppedGiveTheSameTree() {
        for (number, markup) in (Self.trickyMarkup + Self.trickyTags).enumerated() {
            Self.compareStripped(Array(markup.utf8), "case \(number): \(markup.prefix(60))")
        }
        let strip = { (html: String) in String(decoding: RawTextStripper.strip(Array(html.utf8), droppingAttributes: true), as: UTF8.self) }
        #expect(strip("<div class=a data-x=1 id=b>x</div>") == "<div class=a id=b>x</div>")
        // An unquoted value runs to a blank or ">": "1/" is the value, the tag is not self-closed.
        #expect(strip("<img src=a.png alt=\"a > b\"><br data-a=1/>") == "<img><br>")
        #expect(strip("<br data-a=1 />") == "<br />")
        #expect(strip("<x-- data-a=1>") == "<x-- data-a=1>")
        #expect(strip("<meta charset=utf-8 data-x=1>") == "<meta charset=utf-8 data-x=1>")
        #expect(strip("<span @click=x class=y>") == "<span @click=x class=y>")
    }

    /// Links whose `href` values the stripper shortens, and lookalikes it must leave alone.
    static let trickyLinks: [String] = [
        "<a href=\"https://example.com/a/b?c=d\" class=x>out</a>", "<a href=\"#top\">top</a>", "<a href='#'>hash</a>",
        "<a href=''>empty</a><a href=\"\">empty2</a>", "<a href=\"&#35;x\">ref hash</a><a href=\"&amp;x\">amp</a>",
        "<a href=\" #x\">space first</a>", "<A HREF=\"/x\" DATA-Y=1>caps</A>", "<a href = \"/x\" >blanks</a>",
        "<link rel=canonical href=\"https://example.com/c\" data-a=1>", "<LINK REL=canonical HREF=\"/c\">",
        "<x:link rel=canonical href=\"/c\" data-a=1><p>prefixed</p>", "<a:b href=\"/c\" data-a=1>prefixed a</a:b>",
        "<a href=\"/x--y\">dashes</a>", "<a href=\"/x-\">-</a>", "<a href=\"caf\u{E9}\">utf8</a>",
        "<a href=\"/x\" href=\"#y\">dup</a>", "<a href=\"#x\" href=\"/y\">dup2</a>", "<!-- <a href=\"/x\"> --> <p>c</p>",
        "<a href=\"-->\" class=k>arrow</a><p>after</p>", "<a href=\"/x\"--><p>after</p>", "<a href=/unquoted class=u>u</a>",
        "<base href=\"https://example.com/\"><a href=\"x\">rel</a>", "<area href=\"/m\"><a href=\"/x\" hidden>h</a>",
        "<a class=\"x\" href=\"/a b\" rel=author>author</a>", "<a href=\"/x\"/>self</a>", "<a href=\"#\">only hash</a>",
    ]

    @Test func shortenedLinksGiveTheSameTree() {
        for (number, markup) in Self.trickyLinks.enumerated() {
            Self.compareStripped(Array(("<html><body><p>" + markup + "</p></body></html>").utf8), "link \(number): \(markup)")
        }
        let strip = { (html: String) in String(decoding: RawTextStripper.strip(Array(html.utf8), droppingAttributes: true), as: UTF8.self) }
        #expect(strip("<a href=\"https://example.com/a\" class=x>") == "<a href=\"\" class=x>")
        #expect(strip("<a HREF='#top'>") == "<a HREF='#'>")
        #expect(strip("<a href=\"#\">") == "<a href=\"#\">")
        #expect(strip("<a href=\"&#35;x\">") == "<a href=\"&#35;x\">")
        #expect(strip("<link rel=canonical href=\"/c\">") == "<link rel=canonical href=\"/c\">")
        #expect(strip("<x:link href=\"/c\">") == "<x:link href=\"/c\">")
        #expect(strip("<a href=\"/x--y\">") == "<a href=\"/x--y\">")
        #expect(strip("<a href=/x>") == "<a href=/x>")
        #expect(strip("<a href=\"/x\"-->") == "<a href=\"/x\"-->")
    }

    /// Blanks between tags the stripper may cut, and the places where it must not.
    static let trickyBlanks: [String] = [
        "<p>a</p>   \n  <p>b</p>", "<b>x</b>   <i>y</i>", "<b>x</b>\t\t<i>y</i>", "<span>x</span> \r\n <span>y</span>",
        "<pre>\n   <b>code</b>\n   </pre>", "<title>  \n  </title>", "<br>   <br>   <br>", "<ul>\n  <li>a</li>\n  <li>b</li>\n</ul>",
        "<p>a</p>    <!-- c -->   <p>b</p>", "<!-- x --!> <div class=k>   <b>in</b> -->   <p>after</p>",
        "<!DOCTYPE html PUBLIC \"-//W3C//DTD HTML 4.01//EN\" \">  <p>\">   <p>x</p>", "<!DOCTYPE html>   <html>  <body>   <p>x</p>",
        "<?php echo '<p>  <b>'; ?>   <p>x</p>", "<p>a</p>   < b>   <p>c</p>", "<p>a</p>   </ p>   <p>c</p>", "<p>a</p>   </p x>   <p>c</p>",
        "<a \"b=\">  <p>x</p>\">   <p>y</p>", "<div class=a data-x=\"1\">   <p>x</p>", "<table>  <tr>  <td>x</td>  </tr>  </table>",
        "<p>a</p>" + String(repeating: " ", count: 998) + "<p>b</p>", "<p>a</p>" + String(repeating: " ", count: 999) + "<p>b</p>",
        "<p>a</p>" + String(repeating: "\n", count: 1000) + "<p>b</p>", "<p>a</p>" + String(repeating: " ", count: 2500) + "<p>b</p>",
        "<p>x</p></body>   </html>   ", "</html>   <p>late</p>", "<head>   <meta charset=utf-8>   </head>  <body> <p>x</p>",
        "<p>a</p>   &amp;   <p>b</p>", "<p>a</p>  \u{A0}  <p>b</p>", "<p>a</p> \u{0C}  <p>b</p>", "<p>x   <script>s()</script>   y</p>",
        "<p>a</p>   </scriptx>   <p>b</p>", "<svg>   <path d=x/>   </svg>   <p>b</p>", "<p>a<b>   </b>c</p>",
        "<html>   <p>a</p>", "  \n  <p>lead</p>", "<p>a</p>   <", "<p>a</p>   </", "<p>a</p>   <x",
    ]

    @Test func shortenedBlanksGiveTheSameTree() {
        for (number, markup) in Self.trickyBlanks.enumerated() {
            Self.compareStripped(Array(markup.utf8), "blanks \(number): \(markup.prefix(60))")
            Self.compareStripped(Array(("<html><body>" + markup + "</body></html>").utf8), "blanks \(number) in body")
        }
        let strip = { (html: String) in String(decoding: RawTextStripper.strip(Array(html.utf8), droppingAttributes: true), as: UTF8.self) }
        #expect(strip("<p>a</p>   \n  <p>b</p>") == "<p>a</p> <p>b</p>")
        #expect(strip("<ul>\n  <li>a</li>\n</ul>") == "<ul>\n<li>a</li>\n</ul>")
        #expect(strip("<b>x</b>\t\t<i>y</i>") == "<b>x</b>\t<i>y</i>")
        // Not where the blanks do not sit between two tags the scan provably reads as libxml2 does.
        #expect(strip("<p>a</p>    <!-- c -->") == "<p>a</p>    <!-- c -->")
        #expect(strip("<!-- c -->   <p>x</p>") == "<!-- c -->   <p>x</p>")
        #expect(strip("<p>a</p>" + String(repeating: " ", count: 1000) + "<p>") == "<p>a</p>" + String(repeating: " ", count: 1000) + "<p>")
        #expect(strip("<?x?><p>a</p>   <p>b</p>") == "<?x?><p>a</p>   <p>b</p>")
        #expect(strip("<!-- --!> --><p>a</p>   <p>b</p>") == "<!-- --!> --><p>a</p>   <p>b</p>")
        #expect(strip("<p x=\"a\"b>   <p>") == "<p x=\"a\"b>   <p>")
        #expect(strip("</p x>   <p>a</p>   <p>") == "</p x>   <p>a</p>   <p>")
        #expect(strip("<p>a</p>   <p>b</p>\u{0}") == "<p>a</p>   <p>b</p>\u{0}")
        #expect(RawTextStripper.strip(Array("<p>a</p>   <p>".utf8), droppingAttributes: true, shorteningBlanks: false)
                == Array("<p>a</p>   <p>".utf8))
        #expect(RawTextStripper.strip(Array("<p>a</p>   <p>".utf8)) == Array("<p>a</p>   <p>".utf8))
    }

    /// Tags whose kept attributes move to ``AttributeValues``, and those that must stay.
    static let trickyMoves: [String] = [
        "<div class=\"story body\" id=main data-x=1>x</div>", "<DIV CLASS=\"Story\" ID='Main'>caps</DIV>",
        "<p class=a class=b>duplicate</p>", "<p class=a CLASS=b>duplicate, two cases</p>",
        "<div class=\"block--mod\" id=x>bem</div>", "<div class=\"a-b -c- d-\" id=\"-\">single dashes</div>",
        "<div class=\"a &amp; b\">entity</div>", "<div class=\"caf\u{E9}\">utf8</div>", "<div class=\"a\tb\">tab</div>",
        "<div class=unquoted id=u>u</div>", "<img class=\"pic\"/><p>after</p>", "<img class=pic/><p>after unquoted</p>",
        "<div hidden class=x>valueless</div>", "<div class=\"\" id=''>empty</div>", "<div style=\"display: none\" class=s>hid</div>",
        "<a href=\"#top\" class=k>hash</a>", "<a href=\"https://example.com/x?a=b\" rel=\"author nofollow\">link</a>",
        "<link rel=canonical href=\"https://example.com/c\"><p>canonical</p>", "<x:div class=p>prefixed</x:div>",
        "<meta name=description content=\"A page about things, and more.\"><p>meta</p>",
        "<meta property=\"og:title\" content=\"Title\" data-x=1><p>meta dropped</p>",
        "<meta charset=utf-8 name=x content=y><p>charset</p>", "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">",
        "<meta HTTP-EQUIV=refresh content=5><p>refresh</p>", "<meta name=x content=\"a &amp; b\"><p>meta entity</p>",
        "<div _=\"x\" class=k>underscore</div>", "<div _ class=k>bare underscore</div>", "<span class=a>" + String(repeating: "<i class=n>x</i>", count: 120) + "</span>",
        "<div class=x><!-- <p class=\"in comment\"> --></div>", "<div class=\"x\"--><p class=y>after</p>",
        "<p lang=en xml:lang=en itemprop=articleBody itemtype=\"https://schema.org/X\" role=main aria-hidden=false>many</p>",
        "<time datetime=\"2024-01-02T03:04:05Z\" pubdate class=t>date</time>",
        "<script type=application/ld+json>{}</script><p class=\"after root\" id=a>after a JSON-LD root</p>",
        "<html class=\"no-js\" lang=en><body class=\"home page\"><p class=c>x</p></body></html>",
        "<p class=\"x\" id=y>a \u{7F} byte in the text</p>", "<a rel='a \"b\"' class=\"c 'd'\" id=q>quotes</a>",
        // Found by where the parser stands: after a byte-order mark (libxml2 skips it), after
        // the blanks before "/>", past tags the parser drops or elements it implies.
        "\u{FEFF}<div class=a id=b>after a BOM</div><p class=c>x</p>", "<div class=a   /><p class=b  >blanks</p>",
        "<body class=a><p class=b>x</p><body class=c><p class=d>second body</p>",
        "<html lang=en><p class=a>x</p><html lang=fr class=z><p class=b>second html</p>",
        "<head class=h><title class=t>t</title></head><head class=g><p class=a>second head</p>",
        "<p class=a>text<table class=t><tr class=r><td class=d>implied tbody</td></tr></table>",
        String(repeating: "<div class=\"row wide\" id=r>" + String(repeating: "w ", count: 40) + "</div>", count: 400),
    ]

    @Test func movedAttributesGiveTheSameTree() {
        for (number, markup) in Self.trickyMoves.enumerated() {
            Self.compareStripped(Array(markup.utf8), "move \(number): \(markup.prefix(60))")
            Self.compareStripped(Array(("<html><body>" + markup + "</body></html>").utf8), "move \(number) in body")
        }
        let strip = { (html: String) -> String in
            var values = AttributeValues()
            return String(decoding: RawTextStripper.strip(Array(html.utf8), values: &values), as: UTF8.self)
        }
        // An unquoted value runs to a blank or ">": "a/" is the value, the tag is not self-closed.
        #expect(strip("<div class=\"story body\" id=main data-x=1>x</div><p class=a/><br class=\"b\"/>")
                == "<div>x</div><p><br/>")
        #expect(strip("<meta name=description content=x data-y=1>") == "<meta>")
        // Left to libxml2: a repeated name, "--", "&", a byte past ASCII, a <meta> that may set
        // the encoding, a tag the scan cannot vouch for, a name ending in "--" right before
        // the ">".
        for kept in ["<p class=a class=b>", "<div class=\"block--mod\">", "<div class=\"a &amp; b\">",
                     "<div class=\"caf\u{E9}\">", "<meta charset=utf-8 name=x>", "<meta http-equiv=refresh content=5>",
                     "<div class=\"a\"b>", "<x-- class=a>", "<div class=\"a\u{7F}\">"] {
            #expect(strip(kept) == kept)
        }
        #expect(strip("<div class=\"block--mod\" data-x=1>") == "<div class=\"block--mod\">")

        var values = AttributeValues()
        let html = "<p>a</p><div CLASS=\"story body\" hidden id=main  ><br  class=x />"
        let page = RawTextStripper.strip(Array(html.utf8), values: &values)
        #expect(String(decoding: page, as: UTF8.self) == "<p>a</p><div  ><br />")
        #expect(values.count == 2)
        func listed(_ number: Int) -> [String] {
            var listed: [String] = []
            values.forEach(inList: number) { name, value in listed.append("\(name)=\(value.map { String(decoding: $0, as: UTF8.self) } ?? "nil")") }
            return listed
        }
        #expect(listed(0) == ["class=story body", "hidden=nil", "id=main"])
        #expect(listed(1) == ["class=x"])
        // A list is found at its tag's ">" (or "/>", past the blanks) under its name, in any case.
        var next = 0
        #expect(values.list(at: 14, named: "body", from: &next) == nil)   // an implied element
        #expect(values.list(at: 14, named: "div", from: &next) == 0)
        #expect(values.list(at: 14, named: "div", from: &next) == nil)
        #expect(values.list(at: 19, named: "b", from: &next) == nil)
        #expect(values.list(at: 19, named: "br", from: &next) == 1)
        next = 0
        #expect(values.list(at: 19, named: "br", from: &next) == 1)   // list 0 was passed over
        #expect(next == 2)
        // The DOM reads the attributes written back into the tags (a value with a double quote
        // in single quotes).
        #expect(String(decoding: values.restoredPage(page), as: UTF8.self)
                == "<p>a</p><div   class=\"story body\" hidden id=\"main\"><br  class=\"x\"/>")
        var quoted = AttributeValues()
        let quotes = RawTextStripper.strip(Array("<a title=x rel='a \"b\"' class=\"c 'd'\">".utf8), values: &quoted)
        #expect(String(decoding: quoted.restoredPage(quotes), as: UTF8.self) == "<a rel='a \"b\"' class=\"c 'd'\">")
    }

    /// A kept attribute written without a value moves as "no value"; libxml2 would give a
    /// boolean attribute its name as value instead, so none may be one.
    @Test func noKeptAttributeIsBoolean() {
        for name in PageTree.keptAttributes { #expect(htmlIsBooleanAttr(name) == 0, "\(name)") }
    }

    @Test func trickyMarkupGivesTheDOMTree() {
        for (number, markup) in Self.trickyMarkup.enumerated() {
            Self.compare(Array(markup.utf8), "case \(number): \(markup.prefix(60))")
            Self.compare(Array(markup.utf8), encoding: nil, "case \(number) (no encoding): \(markup.prefix(60))")
        }
    }

    @Test func markupNestedTooDeepStopsAtTheSameElement() throws {
        let depth = 100_000
        let html = "<!DOCTYPE html><html><head><title>Deep</title></head><body>" + String(repeating: "<div>", count: depth)
            + "<p>Bottom of the well in Geneva.</p>" + String(repeating: "</div>", count: depth) + "</body></html>"
        Self.compare(Array(html.utf8), "100,000 divs")
        let tree = try PageTreeBuilder.tree(html: Array(html.utf8), url: "deep", encoding: "UTF-8")
        #expect(tree.stoppedAtDepthLimit)
        #expect(tree.nodes.count > 250 && tree.nodes.count < 300)
    }

    @Test func legacyEncodingsAreDecodedAsTheDOMDecodesThem() {
        // "Café, naïve" in windows-1252, declared by <meta>, and in Shift_JIS.
        let latin: [UInt8] = Array("<html><head><meta charset=\"windows-1252\"></head><body><p>Caf".utf8) + [0xE9]
            + Array(", na".utf8) + [0xEF] + Array("ve</p></body></html>".utf8)
        Self.compare(latin, encoding: nil, "windows-1252 by meta")
        Self.compare(latin, encoding: "windows-1252", "windows-1252 given")
        let japanese: [UInt8] = Array("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=Shift_JIS\"></head><body><p>".utf8)
            + [0x93, 0xFA, 0x96, 0x7B] + Array("</p></body></html>".utf8)
        Self.compare(japanese, encoding: nil, "Shift_JIS by meta")
        Self.compare(Array("<p>x</p>".utf8) + [0xFF, 0xFE], encoding: nil, "invalid UTF-8, no declaration")
    }

    @Test func errorsAreTheDOMErrors() {
        #expect(throws: XMLParseError(url: "empty", reason: .empty)) {
            try PageTreeBuilder.tree(html: [], url: "empty", encoding: "UTF-8")
        }
        #expect(throws: XMLParseError(url: nil, reason: .tooLarge(bytes: 9, limit: 5))) {
            try PageTreeBuilder.tree(html: Array("<p>x</p>x".utf8), url: nil, encoding: "UTF-8", maximumSize: 5)
        }
        #expect(throws: XMLParseError.self) { try PageTreeBuilder.tree(html: Array("   ".utf8), url: nil, encoding: "UTF-8") }
    }

    @Test func prefixedNamesKeepTheirLocalPart() throws {
        let tree = try PageTreeBuilder.tree(html: Array("<div><o:p>x</o:p><a:b:c>z</a:b:c><d:>e</d:></div>".utf8),
                                            url: nil, encoding: "UTF-8")
        #expect(tree.nodes.map(\.tag) == ["div", "p", "", "b:c", "", "d:", ""])
    }

    /// The shipped sample pages and, when ../shared/data is present, the 181 benchmark
    /// pages: raw, and script-stripped as the extractor reads them.
    @Test func realPagesGiveTheDOMTree() throws {
        let pages = try RealPages.all()
        #expect(pages.count >= 5)
        for (name, bytes) in pages {
            let isUTF8 = String(validating: bytes, as: UTF8.self) != nil
            Self.compare(bytes, encoding: isUTF8 ? "UTF-8" : nil, name)
            if isUTF8 {
                Self.compare(RawTextStripper.strip(bytes), encoding: "UTF-8", "\(name), stripped")
                Self.compareStripped(bytes, "\(name), stripped with attributes")
            }
        }
    }

}

@Suite struct StylesheetHidesTests {
    @Test func byteMatchEqualsStringMatch() {
        let styles = [
            "display:none", "DISPLAY : NONE", "color: red; display:\tnone;", "display:block", "visibility:hidden",
            "Visibility: Hidden !important", "visibility:visible", "ddisplay:none", "displaydisplay:none", "vvisibility:hidden",
            "display:nonedisplay", "display:non", "", " ", "display:\nnone", "visibility:hiddeN", "display:noné",
            "display:none\u{301}", "width:100%;display: none", "visibility:hid den",
        ]
        for style in styles {
            let bytes = Array(style.utf8)
            let fast = bytes.withUnsafeBufferPointer { PageTree.stylesheetHides($0) }
            let slow = bytes.withUnsafeBufferPointer { PageTree.unicodeStylesheetHides($0) }
            #expect(fast == slow, "\(style.debugDescription)")
        }
        // A C string ends at its NUL, as libxml2 hands values over.
        #expect(!Array("color:red\u{0}display:none".utf8).withUnsafeBufferPointer { PageTree.stylesheetHides($0) })
        #expect(!Array("é\u{0}display:none".utf8).withUnsafeBufferPointer { PageTree.stylesheetHides($0) })
    }
}
