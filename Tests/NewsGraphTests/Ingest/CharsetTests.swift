import Foundation
import Testing
@testable import NewsGraph

@Suite struct CharsetTests {
    private let cafe = "caf\u{E9} \u{201C}quoted\u{201D}"

    @Test func utf8BOMIsStrippedAndDecides() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("<a>\(cafe)</a>".utf8)
        let decoded = try Charset.decode(bytes, kind: .xml)
        #expect(decoded.text == "<a>\(cafe)</a>")
        #expect(decoded.encoding == "utf-8")
        #expect(decoded.decidedBy == .byteOrderMark)
    }

    @Test func utf16WithAndWithoutBOM() throws {
        let xml = "<?xml version=\"1.0\" encoding=\"utf-16\"?><a>\(cafe)</a>"
        let le: [UInt8] = [0xFF, 0xFE] + xml.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let be: [UInt8] = xml.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        let decodedLE = try Charset.decode(le, kind: .xml)
        #expect(decodedLE.text == xml)
        #expect(decodedLE.encoding == "utf-16le")
        let decodedBE = try Charset.decode(be, kind: .xml)
        #expect(decodedBE.text == xml)
        #expect(decodedBE.encoding == "utf-16be")
        #expect(decodedBE.decidedBy == .byteOrderMark)
    }

    @Test func utf32WithBOM() throws {
        let xml = "<a>\(cafe)</a>"
        let bytes: [UInt8] = [0xFF, 0xFE, 0, 0] + xml.unicodeScalars.flatMap { s -> [UInt8] in
            let v = s.value
            return [UInt8(v & 0xFF), UInt8((v >> 8) & 0xFF), UInt8((v >> 16) & 0xFF), 0]
        }
        let decoded = try Charset.decode(bytes, kind: .xml)
        #expect(decoded.text == xml)
        #expect(decoded.encoding == "utf-32le")
    }

    @Test func httpCharsetBeatsTheDeclaration() throws {
        // windows-1252 bytes: £ “test.”
        let bytes = Array("<?xml version='1.0' encoding='utf-8'?><d>This is a ".utf8) + [0xA3, 0x93, 0x74, 0x65, 0x73, 0x74, 0x2E, 0x94]
            + Array("</d>".utf8)
        let decoded = try Charset.decode(bytes, contentType: "text/xml; charset=\"windows-1252\"", kind: .xml)
        #expect(decoded.text.hasSuffix("<d>This is a \u{A3}\u{201C}test.\u{201D}</d>"))
        #expect(decoded.encoding == "windows-1252")
        #expect(decoded.decidedBy == .httpHeader)
        #expect(!decoded.declarationWasWrong)
    }

    @Test func xmlDeclarationDecidesWithoutHeader() throws {
        // KOI8-R for "Привет"
        let koi8: [UInt8] = [0xF0, 0xD2, 0xC9, 0xD7, 0xC5, 0xD4]
        let bytes = Array("<?xml version=\"1.0\" encoding=\"KOI8-R\"?><t>".utf8) + koi8 + Array("</t>".utf8)
        let decoded = try Charset.decode(bytes, kind: .xml)
        #expect(decoded.text.contains("<t>Привет</t>"))
        #expect(decoded.encoding == "koi8-r")
        #expect(decoded.decidedBy == .xmlDeclaration)
    }

    @Test func shiftJISDeclaration() throws {
        // 日本 in Shift_JIS
        let bytes = Array("<?xml version='1.0' encoding='Shift_JIS'?><t>".utf8) + [0x93, 0xFA, 0x96, 0x7B] + Array("</t>".utf8)
        let decoded = try Charset.decode(bytes, kind: .xml)
        #expect(decoded.text.hasSuffix("<t>日本</t>"))
        #expect(decoded.encoding == "shift_jis")
    }

    /// A prepended character (U+0600) right before an attribute name joins the name's first
    /// letter into its `Character`: looking at what came before the name crashed when that
    /// was the tag's first character, and took the blank before it for the name's otherwise.
    @Test func prependedCharacterBeforeAnAttributeNameIsNoCrash() throws {
        #expect(Charset.htmlMetaCharset(Array("<title>\u{E9}</title><meta \u{600}charset=x>".utf8)) == nil)
        #expect(Charset.htmlMetaCharset(Array("<meta \u{600}charset=x>".utf8)) == nil)
        #expect(Charset.htmlMetaCharset(Array("<meta\u{600}charset=x>".utf8)) == nil)
        #expect(Charset.htmlMetaCharset(Array("<meta \u{600} charset=x>".utf8)) == "x")
        #expect(try Charset.decode(Array("<meta \u{600}charset=x><p>\u{E9}".utf8), kind: .html).text.hasSuffix("\u{E9}"))
    }

    @Test func htmlMetaCharsetAndHttpEquiv() throws {
        let latin1 = Array("<html><head><meta charset=\"iso-8859-1\"><title>".utf8) + [0x43, 0x61, 0x66, 0xE9] + Array("</title>".utf8)
        let decoded = try Charset.decode(latin1, kind: .html)
        #expect(decoded.text.contains("<title>Caf\u{E9}</title>"))
        #expect(decoded.decidedBy == .htmlMeta)
        #expect(decoded.encoding == "iso-8859-1")

        let equiv = Array("<meta http-equiv='Content-Type' content='text/html; charset=windows-1251'><p>".utf8) + [0xCC, 0xE8, 0xF0]
        let decodedEquiv = try Charset.decode(equiv, kind: .html)
        #expect(decodedEquiv.text.hasSuffix("<p>Мир"))
        #expect(decodedEquiv.encoding == "windows-1251")
    }

    /// The byte scan of an ASCII head finds what the `String` scan finds.
    @Test func asciiMetaScanMatchesTheStringScan() throws {
        var heads: [String] = [
            "<meta charset=utf-8>", "<META CHARSET=\"UTF-8\">", "<meta charset = ' iso-8859-1\t' >", "<meta charset=''>",
            "<meta charset=>", "<meta charset", "<meta data-charset=x charset=y>", "<meta x=\"a\";charset=z>",
            "<meta\r\ncharset\r\n=\r\nkoi8-r>", "<meta http-equiv=Content-Type content=\"text/html; charset=Shift_JIS\">",
            "<meta http-equiv=\"refresh\" content=\"0; charset=x\"><meta charset=euc-kr>", "<meta name=x><p>no charset",
            "<meta charset=a/b>", "<meta charset=\"a\u{0B}b\">", "<meta content='text/html;charset=gbk' http-equiv='content-type'>",
            "<metadata charset=x>", "<meta charset=\"unterminated", "<meta\tcharset=windows-1251 /><meta charset=utf-8>",
            "<!-- <meta charset=big5> --><meta charset=utf-8>", "<meta charset=\u{0C}x>", "<p>" + String(repeating: "x", count: 4090) + "<meta charset=late>",
        ]
        for (_, bytes) in try RealPages.all() {
            // Every page's head, with any non-ASCII byte replaced, is one more ASCII head.
            heads.append(String(decoding: bytes.prefix(Charset.metaScanLimit).map { $0 < 0x80 ? $0 : 0x78 }, as: UTF8.self))
        }
        for head in heads {
            let bytes = Array(head.utf8)
            let viaBytes = bytes.withUnsafeBufferPointer { Charset.asciiMetaCharset(UnsafeBufferPointer(rebasing: $0.prefix(Charset.metaScanLimit))) }
            #expect(viaBytes == Charset.unicodeMetaCharset(bytes), "\(head.prefix(80).debugDescription)")
            #expect(Charset.htmlMetaCharset(bytes) == viaBytes)
        }
    }

    /// A head with other characters: the byte scan, when it answers, finds what the `String`
    /// scan of the whole head finds.
    @Test func bytewiseMetaScanMatchesTheStringScan() throws {
        var generator = SplitMix64(seed: 21)
        let pieces = ["<meta", "<META", " charset=", "charset", "=", "'utf-8'", "\"windows-1252\"", "koi8-r", ">", " />", "é", "\u{301}",
                      "\r\n", "\r", " ", "\t", "http-equiv=content-type", " content=\"text/html; charset=iso-8859-2\"", ";", "\"", "'",
                      "<title>Zoë</title>", "x", "\u{2019}", "日本", "\u{600}", "\u{200D}", "\u{FE0F}", "\u{212A}", "\u{37E}", "#"]
        var heads = ["<meta charset=utf-8><title>Caf\u{E9}</title>", "<meta charset=utf-8\u{301}>", "<meta charset=utf-8>\u{301}",
                     "<meta charset=\"utf-8\u{301}\">", "<meta charset=koi8-r\r\u{301}>", "\u{E9}<meta charset=x>", "a\u{E9}<meta charset=x>",
                     "<meta charset=x\u{E9}", "<meta name=a><meta charset=y>\u{E9}", "\u{E9}<meta charset=x>",
                     "<title>\u{E9}</title><meta charset=x>", "\u{600}<meta charset=x>", "<meta charset=x>\u{FE0F}",
                     "<title>\u{E9}</title><meta charset=x\u{E9}>", "<title>\u{E9}</title><meta charset=x><meta charset=y>",
                     "<title>\u{E9}</title><meta name=\u{E9}><meta charset=y>", "\u{E9}<meta charset=\"a\u{37E}b\">",
                     "<title>\u{E9}</title><meta name=description content=\"Caf\u{E9}\"><meta charset=x>",
                     "<title>\u{E9}</title><meta content=\"\u{E9}\" charset=y>", "<title>\u{E9}</title><meta name=\"\u{E9}\u{600}\" charset=\"z\">",
                     "<title>\u{E9}</title><meta name=\u{E9}>\u{301}<meta charset=w>", "<title>\u{E9}</title><meta\u{301} charset=v>"]
        for _ in 0..<3000 {
            heads.append((0..<Int(generator.next() % 14)).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined())
        }
        for (_, bytes) in try RealPages.all() { heads.append(String(decoding: bytes.prefix(Charset.metaScanLimit), as: UTF8.self)) }
        var answered = 0
        for head in heads {
            let bytes = Array(head.utf8)
            let bytewise = bytes.withUnsafeBufferPointer { Charset.bytewiseMetaCharset(UnsafeBufferPointer(rebasing: $0.prefix(Charset.metaScanLimit))) }
            if let bytewise {
                answered += 1
                #expect(bytewise == Charset.unicodeMetaCharset(bytes), "\(head.prefix(80).debugDescription)")
            }
            #expect(Charset.htmlMetaCharset(bytes) == Charset.unicodeMetaCharset(bytes), "\(head.prefix(80).debugDescription)")
        }
        #expect(answered > 100)
    }

    @Test func utf8ValidationMatchesTheStandardLibrary() {
        var cases: [[UInt8]] = [
            [], [0x41], [0xC2, 0x80], [0xC1, 0xBF], [0xE0, 0x9F, 0x80], [0xE0, 0xA0, 0x80], [0xED, 0x9F, 0xBF], [0xED, 0xA0, 0x80],
            [0xEF, 0xBF, 0xBF], [0xF0, 0x8F, 0xBF, 0xBF], [0xF0, 0x90, 0x80, 0x80], [0xF4, 0x8F, 0xBF, 0xBF], [0xF4, 0x90, 0x80, 0x80],
            [0xF5, 0x80, 0x80, 0x80], [0xFF], [0x80], [0xC2], [0xE2, 0x82], [0xF0, 0x9F, 0x98], Array("ascii only, long enough".utf8),
            Array("Caf\u{E9} \u{65E5}\u{672C} \u{1F600} na\u{EF}ve".utf8),
        ]
        var generator = SplitMix64(seed: 7)
        let interesting: [UInt8] = [0x41, 0x20, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC2, 0xDF, 0xE0, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF]
        for round in 0..<20_000 {
            let length = Int(generator.next() % 14)
            // Half the cases after an ASCII run of up to 80 bytes: the scan reads 32 and 8 bytes at a time.
            let run = round % 2 == 0 ? [UInt8](repeating: 0x61, count: Int(generator.next() % 81)) : []
            cases.append(run + (0..<length).map { _ in
                generator.next() % 3 == 0 ? UInt8(truncatingIfNeeded: generator.next()) : interesting[Int(generator.next() % UInt64(interesting.count))]
            })
        }
        for bytes in cases {
            let ours = bytes.withUnsafeBufferPointer { Charset.isValidUTF8($0) }
            #expect(ours == (String(validating: bytes, as: UTF8.self) != nil), "\(bytes)")
        }
    }

    /// The one-pass check is the two passes it replaced, on random bytes rich in lead bytes,
    /// combining marks and long ASCII runs, and on the real pages.
    @Test func oneNormalizedUTF8PassMatchesValidationThenNormalizationCheck() throws {
        var cases: [[UInt8]] = [
            [], Array("Cafe\u{301} x".utf8), Array("Caf\u{E9} \u{1100}\u{1161} \u{AC00}".utf8), Array("\u{0300}".utf8),
            Array("\u{02FF}\u{0300}".utf8), Array("\u{2126}".utf8), Array("\u{1F600}\u{1D15E}".utf8), [0xCC], [0xCC, 0x80, 0xFF],
        ]
        let pieces: [[UInt8]] = [
            Array("abcdefghij".utf8), Array("\u{E9}".utf8), Array("e\u{301}".utf8), Array("\u{2014}".utf8), Array("\u{0915}\u{093C}".utf8),
            Array("\u{1100}".utf8), Array("\u{F900}".utf8), Array("\u{1F600}".utf8), [0xCC], [0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90],
        ]
        var generator = SplitMix64(seed: 11)
        for _ in 0..<20_000 {
            let count = Int(generator.next() % 8)
            cases.append((0..<count).flatMap { _ in pieces[Int(generator.next() % UInt64(pieces.count))] })
        }
        for (_, bytes) in try RealPages.all() { cases.append(bytes) }
        var normalized = 0
        for bytes in cases {
            let twoPasses = bytes.withUnsafeBufferPointer { Charset.isValidUTF8($0) && !Charset.mayNeedNormalization($0) }
            let onePass = bytes.withUnsafeBufferPointer { Charset.isNormalizedUTF8($0) }
            #expect(onePass == twoPasses, "\(bytes.prefix(40))")
            if onePass { normalized += 1 }
        }
        #expect(normalized > 1_000)
    }

    /// When the reader skips decoding, decoding would have given back the very same bytes.
    @Test func pagesThatDecodeToThemselves() throws {
        var pages: [([UInt8], String?)] = [
            (Array("<meta charset=utf-8><p>Caf\u{E9}</p>".utf8), nil), (Array("<p>plain</p>".utf8), nil),
            (Array("<meta charset=unknown-thing><p>x</p>".utf8), nil), (Array("<meta charset=iso-8859-1><p>x</p>".utf8), nil),
            (Array("<p>Cafe\u{301}</p>".utf8), nil), ([0xEF, 0xBB, 0xBF] + Array("<p>bom</p>".utf8), nil),
            (Array("<p>x</p>".utf8), "text/html; charset=UTF-8"), (Array("<p>x</p>".utf8), "text/html; charset=windows-1252"),
            (Array("<meta charset=windows-1252><p>x</p>".utf8), "text/html; charset=utf-8"), (Array("<p>x".utf8) + [0xE9], nil),
        ]
        for (_, bytes) in try RealPages.all() { pages.append((bytes, nil)) }
        var itself = 0
        for (bytes, contentType) in pages where Charset.decodesToItself(html: bytes, contentType: contentType) {
            itself += 1
            let decoded = try Charset.decode(bytes, contentType: contentType, kind: .html)
            #expect(Array(decoded.text.utf8) == bytes, "\(String(decoding: bytes.prefix(60), as: UTF8.self))")
        }
        #expect(itself > 5)
        #expect(!Charset.decodesToItself(html: Array("<meta charset=iso-8859-1><p>x</p>".utf8), contentType: nil))
        #expect(!Charset.decodesToItself(html: Array("<p>Cafe\u{301}</p>".utf8), contentType: nil))
    }

    @Test func latin1WithoutDeclarationIsGuessedAsWindows1252() throws {
        let bytes = Array("<rss><title>M".utf8) + [0xFC] + Array("nchen ".utf8) + [0x80] + Array("</title></rss>".utf8)
        let decoded = try Charset.decode(bytes, kind: .xml)
        #expect(decoded.text == "<rss><title>M\u{FC}nchen \u{20AC}</title></rss>")
        #expect(decoded.encoding == "windows-1252")
        #expect(decoded.decidedBy == .guess)
        #expect(!decoded.declarationWasWrong)
    }

    @Test func validUTF8IsGuessedAndNormalizedToNFC() throws {
        let decomposed = "Cafe\u{301}"
        let decoded = try Charset.decode(Array("<a>\(decomposed)</a>".utf8), kind: .xml)
        #expect(decoded.text.unicodeScalars.elementsEqual("<a>Caf\u{E9}</a>".unicodeScalars))
        #expect(decoded.encoding == "utf-8")
        #expect(decoded.decidedBy == .guess)
    }

    @Test func nfcForHangulJamoAndTheFastPath() throws {
        let jamo = try Charset.decode(Array("<a>\u{1100}\u{1161}</a>".utf8), kind: .xml)
        #expect(jamo.text == "<a>\u{AC00}</a>")
        #expect(jamo.text.unicodeScalars.count == 8)  // composed; decomposed would be 9
        #expect(!Charset.mayChangeUnderNFC("\u{201C}"))
        #expect(!Charset.mayChangeUnderNFC("Ж"))
        #expect(Charset.mayChangeUnderNFC("\u{301}"))
        #expect(Charset.mayChangeUnderNFC("\u{212B}"))  // ANGSTROM SIGN → Å
    }

    @Test func wrongOrBogusDeclarationIsFlagged() throws {
        let bogus = try Charset.decode(Array("<?xml version='1.0' encoding='x-no-such'?><a>ok</a>".utf8), kind: .xml)
        #expect(bogus.declarationWasWrong)
        #expect(bogus.declaredEncoding == "x-no-such")
        #expect(bogus.encoding == "utf-8")

        // Declares Latin-1 but is UTF-8: the UTF-8 reading wins.
        let stale = try Charset.decode(Array("<?xml version='1.0' encoding='iso-8859-1'?><a>\(cafe)</a>".utf8), kind: .xml)
        #expect(stale.text.hasSuffix("<a>\(cafe)</a>"))
        #expect(stale.declarationWasWrong)

        // Invalid bytes for the declared multi-byte encoding.
        let broken = try Charset.decode(Array("<?xml version='1.0' encoding='utf-8'?><a>".utf8) + [0xE9] + Array("</a>".utf8), kind: .xml)
        #expect(broken.text.hasSuffix("<a>\u{E9}</a>"))
        #expect(broken.encoding == "windows-1252")
        #expect(broken.declarationWasWrong)
    }

    @Test func contentTypeParameterParsing() {
        #expect(Charset.charsetParameter(ofContentType: "application/rss+xml;charset= 'us-ascii'") == "us-ascii")
        #expect(Charset.charsetParameter(ofContentType: "text/xml; qs=0.9") == nil)
        #expect(Charset.charsetParameter(ofContentType: "text/xml; charset:iso-8859-1") == nil)
        #expect(Charset.canonicalName("GB2312") == "gb18030")
        #expect(Charset.canonicalName("latin1") == "iso-8859-1")
        #expect(Charset.canonicalName("nonsense") == nil)
    }

    @Test func emptyInputIsAnError() {
        #expect(throws: CharsetError(source: "x.xml", reason: .empty)) {
            try Charset.decode([], kind: .xml, source: "x.xml")
        }
    }

    /// Normalizing only the stretches around changeable characters must give exactly what
    /// normalizing the whole text gives.
    @Test func stretchwiseNFCEqualsWholeTextNFC() {
        let pieces = [
            "<p class=\"x\">", "Cafe\u{301} ", "e\u{301}\u{302}", "\u{1E0B}\u{323}", "q\u{307}\u{323}", "A\u{30A}",
            "\u{212B}", "\u{2126}hm", "\u{1100}\u{1161}\u{11A8}", "\u{AC00}\u{11A8}", "ka\u{93C}", "\u{915}\u{93C}",
            "\u{958}", "\u{9C7}\u{9BE}", "\u{BC6}\u{BBE}", "\u{3B1}\u{301}", "\u{1F00}\u{345}", "\u{387}", "\u{344}",
            "\u{11131}\u{11127}", "\u{11099}\u{110BA}", "😀", "日本語", "Москва", " ", "\u{300}", "\u{FEFF}", "नमस्ते",
            "Tiếng Việt", "o\u{31B}\u{323}", "\u{F900}", "\u{2ADC}", "\u{1D15E}", "\u{FB1D}",
        ]
        var generator = SplitMix64(seed: 3)
        var texts = pieces + [pieces.joined()]
        for _ in 0..<500 {
            texts.append((0..<Int(generator.next() % 12)).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined())
        }
        for text in texts {
            #expect(Charset.precomposed(text).unicodeScalars.elementsEqual(text.precomposedStringWithCanonicalMapping.unicodeScalars),
                    "\(text.debugDescription)")
        }
    }
}

