import Testing
@testable import NewsGraph

@Suite struct EntityKeyTests {
    @Test func foldsCaseDiacriticsPunctuationAndSpaces() {
        #expect(EntityKey.fold("Élysée  Palace") == "elysee palace")
        #expect(EntityKey.fold("ÉLYSÉE PALACE") == "elysee palace")
        #expect(EntityKey.fold("U.S.") == "us")
        #expect(EntityKey.fold("Jean-Luc Mélenchon") == "jean luc melenchon")
        #expect(EntityKey.fold("  O’Brien ") == "obrien")
        #expect(EntityKey.fold("AT&T") == "at&t")
    }

    @Test func keyIncludesKind() {
        #expect(EntityKey(kind: .person, name: "José  Martí").key == "person:jose marti")
        #expect(EntityKey(kind: .country, name: "Georgia") != EntityKey(kind: .location, name: "Georgia"))
    }
}
