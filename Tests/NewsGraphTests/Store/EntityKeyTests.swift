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

    @Test func asciiFastPathAgreesWithTheGeneralPath() throws {
        // Every ASCII character alone and between letters, then pseudo-random ASCII names.
        var names = (0..<128).map { byte -> String in
            let character = String(UnicodeScalar(UInt8(byte)))
            return ["\(character)", "Ab\(character)Cd", " \(character) x"].joined(separator: "|")
        }
        var generator = SplitMix64(seed: 7)
        for _ in 0..<2_000 {
            let length = Int(generator.next() % 24)
            names.append(String(decoding: (0..<length).map { _ in UInt8(generator.next() % 128) }, as: UTF8.self))
        }
        names += ["U.S.", "AT&T", "Jean-Luc  Picard", "C++", "snake_case", "\tTabbed\nName "]
        for name in names {
            let fast = try #require(EntityKey.foldASCII(name))
            #expect(fast == EntityKey.foldUnicode(name), "\(name.debugDescription)")
        }
        #expect(EntityKey.foldASCII("Élysée") == nil)
    }
}
