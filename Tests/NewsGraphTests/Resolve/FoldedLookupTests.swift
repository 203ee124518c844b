import Testing
@testable import NewsGraph

/// The resolver folds a name once and asks every table with the key: each answer must equal
/// the table's own look-up by name.
@Suite struct FoldedLookupTests {
    static let names = ["Russia", "russian", "Russians", "the United States", "U.S.", "US", "Türkiye", "Turkish", "Kyiv", "Kiev",
                        "NEW YORK", "Paris", "FSB", "Federal Security Service", "the Pentagon", "WHO", "who", "N.A.T.O.", "NATO",
                        "Hezbollah", "Moscow", "Amazon", "Côte d’Ivoire", "Ivorian", "Zürich", "", " ", "Wagner Group", "ISIS-K"]

    @Test func gazetteerAnswersEqualByNameAndByKey() {
        let gazetteer = PlaceGazetteer.shared
        for name in Self.names {
            let key = NameFolding.key(name)
            #expect(gazetteer.country(namedKey: key) == gazetteer.country(named: name), "\(name)")
            #expect(gazetteer.country(demonymKey: key) == gazetteer.country(demonym: name), "\(name)")
            #expect(gazetteer.city(key: key) == gazetteer.city(named: name), "\(name)")
        }
        #expect(gazetteer.country(namedKey: NameFolding.key("Russia"))?.alpha2 == "RU")
        #expect(gazetteer.city(key: NameFolding.key("Kyiv"))?.countryCode == "UA")
    }

    @Test func organizationAnswersEqualByNameAndByKey() {
        let table = OrganizationTable.shared
        for name in Self.names {
            #expect(table.organization(named: name, key: NameFolding.key(name)) == table.organization(named: name), "\(name)")
        }
        #expect(table.organization(named: "FSB", key: NameFolding.key("FSB"))?.name == "Federal Security Service")
        #expect(table.organization(named: "who", key: NameFolding.key("who")) == nil)
    }

    @Test func wordCountEqualsSplit() {
        let names = ["", " ", "Putin", "Vladimir Putin", " Vladimir  V.  Putin ", "Jean-Luc Mélenchon", "José Luis Rodríguez Zapatero",
                     "a \u{301}b c", "a\u{301} b", "x  \u{2003} y", "Ólafur Ragnar", "a b c d e"]
        for name in names {
            #expect(EntityResolver.wordCount(name) == name.split(separator: " ").count, "\(name)")
        }
        #expect(EntityResolver.wordCount("a \u{301}b c") == 2)
    }
}
