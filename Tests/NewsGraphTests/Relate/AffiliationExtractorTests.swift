import Testing
@testable import NewsGraph

@Suite struct AffiliationExtractorTests {
    typealias T = GraphTestSupport

    @Test func possessiveGivesPartOf() {
        let g = T.graph("Russia's FSB said it. Moscow's City Court ruled.", [("Russia", .location), ("FSB", .organization), ("Moscow", .location), ("City Court", .organization)])
        #expect(T.edges(g).isSuperset(of: ["Federal Security Service part_of Russia", "City Court based_in Moscow"]))
    }

    @Test func possessiveInsideOneMention() {
        let g = T.graph("Russia's FSB said it.", [("Russia's FSB", .organization)])
        #expect(T.edges(g) == ["Federal Security Service part_of Russia"])
    }

    @Test func adjacentNamesTaggedApart() {
        let g = T.graph("White House National Security Council officials met.", [("White House", .organization), ("National Security Council", .organization)])
        #expect(T.edges(g) == ["National Security Council part_of White House"])
        let h = T.graph("Russia, NATO and Ukraine met.", [("Russia", .location), ("NATO", .organization), ("Ukraine", .location)])
        #expect(!T.edges(h).contains { $0.contains("part_of") })
    }

    @Test func basedInAndLocatedIn() {
        let g = T.graph("Harlow Energy is based in Aberdeen, Scotland. The Crocus City Hall in Krasnogorsk burned.",
                        [("Harlow Energy", .organization), ("Aberdeen", .location), ("Scotland", .location), ("Crocus City Hall", .location), ("Krasnogorsk", .location)])
        #expect(T.edges(g).isSuperset(of: ["Harlow Energy based_in Aberdeen", "Aberdeen located_in Scotland", "Crocus City Hall located_in Krasnogorsk"]))
    }

    @Test func listsOfPlacesAreNotNested() {
        let g = T.graph("Strikes hit Donetsk, Luhansk and Zaporizhzhia.", [("Donetsk", .location), ("Luhansk", .location), ("Zaporizhzhia", .location)])
        #expect(!T.edges(g).contains { $0.contains("located_in") && !$0.hasSuffix("Ukraine") })
    }

    @Test func countryAdjectiveBeforeACompanyDescription() {
        let g = T.graph("The EU sanctioned Russian shipping firm Sovcomflot.", [("EU", .organization), ("Russian", .misc), ("Sovcomflot", .organization)])
        #expect(T.edges(g) == ["Sovcomflot part_of Russia", "European Union sanctioned Sovcomflot"])
        // but not across a verb
        let h = T.graph("Qatari mediators pressed Hamas.", [("Qatari", .misc), ("Hamas", .organization)])
        #expect(T.edges(h).isEmpty)
    }
}
