import Testing
@testable import NewsGraph

@Suite struct BoilerplateTextTests {
    @Test func labelsAndPointersAreBoilerplate() {
        #expect(BoilerplateText.isBoilerplate("Advertisement"))
        #expect(BoilerplateText.isBoilerplate("— ADVERTISEMENT —"))
        #expect(BoilerplateText.isBoilerplate("Read more »"))
        #expect(BoilerplateText.isBoilerplate("Read more: the minister's reply"))
        #expect(BoilerplateText.isBoilerplate("© 2024 Example News"))
        #expect(BoilerplateText.isBoilerplate("Example Media. All Rights Reserved."))
        #expect(BoilerplateText.isBoilerplate("..."))
        #expect(!BoilerplateText.isBoilerplate("The minister said the talks would resume on Monday."))
        #expect(!BoilerplateText.isBoilerplate("Read more about it in our report, which the minister described as thorough and fair, "
                                               + String(repeating: "and long ", count: 30)))
    }

    /// The byte path for ASCII lines answers as the String path does.
    @Test func asciiPathMatchesTheStringPath() {
        var lines: [String] = ["", " ", "-", "x", "Share", "SHARE THIS", " :Share this article!! ", "share this articles",
                               "Sign up for our newsletter today", "sign up", "sign-up", "Photo: Reuters", "photo:",
                               "Copyright 2024", "copyright (c) 2024", "(c) Copyright 2024", "We use cookies to improve",
                               "| Trending |", ">> More stories", "more", "Moreover, the talks", "all rights reserved",
                               "ALL RIGHTS RESERVED by nobody", "Getty Images", "image caption", "Image:", "© 2024"]
        for phrase in BoilerplateText.lines.sorted() + BoilerplateText.prefixes {
            lines += [phrase, phrase.uppercased(), " - \(phrase) - ", "\(phrase).", "\(phrase) and then some text", "x \(phrase)"]
        }
        var checked = 0
        for line in lines where line.utf8.count <= 240 {
            guard let fast = BoilerplateText.asciiIsBoilerplate(line) else { continue }
            #expect(fast == BoilerplateText.unicodeIsBoilerplate(line), "\(line.debugDescription)")
            checked += 1
        }
        #expect(checked > 500)
        #expect(BoilerplateText.asciiIsBoilerplate("Café") == nil)
    }

    /// The path for lines of ASCII and typographic punctuation answers as the String path does.
    @Test func typographicPathMatchesTheStringPath() {
        let marks = ["\u{A0}", "\u{A9}", "\u{AB}", "\u{B7}", "\u{BB}", "\u{2013}", "\u{2014}", "\u{2018}", "\u{2019}", "\u{201C}",
                     "\u{201D}", "\u{2022}", "\u{2026}", "\u{203A}"]
        var lines = ["\u{2014} Advertisement \u{2014}", "Read more \u{BB}", "\u{A9} 2024 Reuters", "\u{201C}Share\u{201D}",
                     "\u{2022} \u{2022}", "Copyright \u{A9} 2024. All Rights Reserved.", "Don\u{2019}t miss"]
        var generator = SplitMix64(seed: 31)
        let words = BoilerplateText.lines.sorted() + BoilerplateText.prefixes + ["Text", "K", "I", " ", ".", "-", ">", "\r\n", "all rights reserved"]
        for _ in 0..<3000 {
            lines.append((0..<Int(generator.next() % 5)).map { _ in
                generator.next() % 2 == 0 ? marks[Int(generator.next() % UInt64(marks.count))]
                    : words[Int(generator.next() % UInt64(words.count))].uppercased()
            }.joined())
        }
        var checked = 0
        for line in lines {
            guard let fast = BoilerplateText.typographicIsBoilerplate(line) else { continue }
            #expect(fast == BoilerplateText.unicodeIsBoilerplate(line), "\(line.debugDescription)")
            checked += 1
        }
        #expect(checked > 2000)
        #expect(BoilerplateText.typographicIsBoilerplate("Caf\u{E9}") == nil)
        #expect(BoilerplateText.typographicIsBoilerplate("\u{212A}") == nil)
        #expect(BoilerplateText.typographicIsBoilerplate("\u{2014} Advertisement \u{2014}") == true)
    }
}
