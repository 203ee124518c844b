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
}
