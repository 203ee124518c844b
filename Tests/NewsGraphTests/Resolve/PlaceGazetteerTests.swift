import Testing
@testable import NewsGraph

@Suite struct PlaceGazetteerTests {
    let g = PlaceGazetteer.shared

    @Test func shippedGazetteerHasEveryISOCountry() {
        #expect(g.countries.count >= 249)
        #expect(g.country(code: "ru")?.alpha3 == "RUS")
    }

    @Test func namesAndAbbreviationsResolveToOneCountry() {
        for name in ["United States", "US", "U.S.", "USA", "United States of America", "America"] {
            #expect(g.country(named: name)?.alpha2 == "US", "\(name)")
        }
        for name in ["UK", "U.K.", "Britain", "United Kingdom"] { #expect(g.country(named: name)?.alpha2 == "GB", "\(name)") }
        #expect(g.country(named: "UAE")?.name == "United Arab Emirates")
        #expect(g.country(named: "DPRK")?.name == "North Korea")
        #expect(g.country(named: "ROK")?.name == "South Korea")
        #expect(g.country(named: "PRC")?.name == "China")
        #expect(g.country(named: "Russian Federation")?.name == "Russia")
        #expect(g.country(named: "Türkiye")?.alpha2 == "TR")
    }

    @Test func demonymsResolveToTheirCountry() {
        #expect(g.country(demonym: "American")?.alpha2 == "US")
        #expect(g.country(demonym: "Russian")?.name == "Russia")
        #expect(g.country(demonym: "Tajik")?.name == "Tajikistan")
        #expect(g.country(demonym: "British")?.alpha2 == "GB")
        #expect(g.country(demonym: "Ukrainians")?.alpha2 == "UA")
        #expect(g.country(demonym: "Moscow") == nil)
    }

    @Test func citiesKnowTheirCountryAndPrimaryNamesWinOverAliases() {
        #expect(g.city(named: "Moscow")?.countryCode == "RU")
        #expect(g.city(named: "Washington")?.countryCode == "US")
        #expect(g.city(named: "Washington")?.isCapital == true)
        #expect(g.city(named: "Kiev")?.name == "Kyiv")
        #expect(g.city(named: "New Delhi")?.name == "New Delhi")
        #expect(g.city(named: "Meanwhile") == nil)
    }

    @Test func malformedFilesAreRejectedWithTheirLine() {
        #expect(throws: GazetteerError.self) {
            try PlaceGazetteer(countriesTSV: "alpha2\talpha3\tname\tnames\tdemonyms\nRU\tRUS\tRussia\t\t\n",
                          citiesTSV: "name\talpha2\tpopulation\tcapital\taliases\nAtlantis\tXX\t1\t0\t\n")
        }
        do {
            _ = try PlaceGazetteer(countriesTSV: "h\na\tb\tc\td\te\tf\n", citiesTSV: "h\n")
            Issue.record("expected an error")
        } catch {
            #expect(error.description == "gazetteer/countries.tsv:2: expected at most 5 tab-separated fields, found 6")
        }
    }
}
