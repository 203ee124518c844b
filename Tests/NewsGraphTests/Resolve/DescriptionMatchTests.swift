import Testing
@testable import NewsGraph

/// The whole-word scan that finds the organization table's descriptions in an article.
@Suite struct DescriptionMatchTests {
    /// The straightforward definition: every left-to-right, non-overlapping position where the
    /// needle starts, with no letter right before or after it.
    func reference(_ needle: [Unicode.Scalar], _ haystack: [Unicode.Scalar]) -> [Int] {
        guard !needle.isEmpty, needle.count <= haystack.count else { return [] }
        var result: [Int] = [], i = 0
        while i + needle.count <= haystack.count {
            if Array(haystack[i..<(i + needle.count)]) == needle,
               i == 0 || !haystack[i - 1].properties.isAlphabetic,
               i + needle.count >= haystack.count || !haystack[i + needle.count].properties.isAlphabetic {
                result.append(i); i += needle.count; continue
            }
            i += 1
        }
        return result
    }

    @Test func findsWholeWordsLikeTheDefinition() {
        let resolver = EntityResolver()
        let texts = ["the islamic state group said the islamic state group's fighters", "xthe group the groupx the group",
                     "aaaa", "é the group, the group.", "the groupé the group", "group", "", "the gr", "the the the"]
        let needles = ["the group", "the", "aa", "group", "é", "the islamic state group"]
        for text in texts {
            for needle in needles {
                let h = Array(text.unicodeScalars), n = Array(needle.unicodeScalars)
                #expect(resolver.occurrences(of: n, in: h) == reference(n, h), "\(needle) in \(text)")
            }
        }
        #expect(resolver.occurrences(of: Array("aa".unicodeScalars), in: Array("aaaa".unicodeScalars)).isEmpty)
        #expect(resolver.occurrences(of: Array("the group".unicodeScalars), in: Array("é the group, the group.".unicodeScalars)) == [2, 13])
    }

    @Test func oneScanForAllNeedlesEqualsEachNeedleAlone() {
        let texts = ["the islamic state group said the islamic state group's fighters", "xthe group the groupx the group",
                     "aaaa", "é the group, the group.", "the groupé the group", "group", "", "the gr", "the the the",
                     "Éa éa éaé ... ÉA", "the  group the\ngroup the the group", "b-a -a 27-nation 27-nationx", "x27 27"]
        let needles = ["the group", "the", "aa", "group", "é", "the islamic state group", "", "éa", "the the", "e", "-a", "27", "27-nation"]
            .map { Array($0.unicodeScalars) }
        for text in texts {
            let h = Array(text.unicodeScalars)
            let all = EntityResolver.occurrences(of: needles, in: h)
            #expect(all.count == needles.count)
            for (n, needle) in needles.enumerated() {
                #expect(all[n] == reference(needle, h), "\(String(String.UnicodeScalarView(needle))) in \(text)")
            }
        }
        #expect(EntityResolver.occurrences(of: [], in: Array("the group".unicodeScalars)).isEmpty)
    }

    @Test func tableKeepsDescriptionsLowerCasedInOrder() throws {
        var table = OrganizationTable()
        table.add(KnownOrganization(name: "Islamic State", descriptions: ["the Islamic State Group", "IS-K"]))
        table.add(KnownOrganization(name: "Plain"))
        table.add(KnownOrganization(name: "Kremlin", descriptions: ["Russia's Presidential İ"]))
        #expect(table.descriptionNeedles.map { String(String.UnicodeScalarView($0)) }
                == ["the islamic state group", "is-k", "russia's presidential i\u{307}"])
        #expect(table.descriptionSources.map(\.organization) == [0, 0, 2])
        // The length is the original text's: the span ends where the description does in the article.
        #expect(table.descriptionSources.map(\.length) == [23, 4, 23])
    }

    @Test func resolverFindsDescriptionsOfTheWholeTableInTableOrder() throws {
        var table = OrganizationTable()
        table.add(KnownOrganization(name: "Islamic State Khorasan", descriptions: ["the Islamic State group's Afghanistan affiliate"]))
        table.add(KnownOrganization(name: "Federal Security Service", descriptions: ["Russia's main security agency"]))
        let resolver = EntityResolver(organizations: table)
        let text = "Russia's main security agency said THE ISLAMIC STATE GROUP'S AFGHANISTAN AFFILIATE and russia's main security agency."
        let scalars = ScalarText(text)
        let found = resolver.descriptions(scalars: scalars, tokens: GraphTokenizer.tokens(scalars))
        #expect(found.map(\.1.name) == ["Islamic State Khorasan", "Federal Security Service", "Federal Security Service"])
        #expect(found.map(\.0.text) == ["THE ISLAMIC STATE GROUP'S AFGHANISTAN AFFILIATE", "Russia's main security agency",
                                        "russia's main security agency"])
        #expect(found.map(\.0.start) == [35, 0, 87])
    }

    /// The table-backed lower-casing equals the runtime's, scalar by scalar, and gives up on
    /// a scalar that lower-cases to several.
    @Test func lowercasingEqualsTheRuntime() {
        var values = Array(UInt32(0)..<0x600) + Array(UInt32(0x1E00)..<0x2200)
        values += [0x10400, 0x1F600, 0x4E2D]
        for v in values {
            guard let c = Unicode.Scalar(v) else { continue }
            let mapping = Array(String(c).lowercased().unicodeScalars)
            let ours = EntityResolver.lowercased([c])
            if mapping.count == 1 { #expect(ours == mapping, "U+\(String(v, radix: 16))") } else { #expect(ours == nil, "U+\(String(v, radix: 16))") }
        }
        #expect(EntityResolver.lowercased(Array("Zürich’S “ÉCOLE” – Ωmega".unicodeScalars)) == Array("zürich’s “école” – ωmega".unicodeScalars))
        #expect(EntityResolver.lowercased(Array("İstanbul".unicodeScalars)) == nil)
    }
}
