import Foundation
import Testing
@testable import NewsGraph

/// `article_entities.aliases` must stay what `JSONEncoder` wrote before the hand-built path:
/// retracting an article reads it back, and older databases hold the encoder's text.
@Suite struct AliasJSONTests {
    static func encoderJSON(_ aliases: [String: Int]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return String(decoding: try encoder.encode(aliases), as: UTF8.self)
    }

    static let cases: [[String: Int]] = [
        [:], ["Putin": 3], ["Vladimir Putin": 2, "Putin": 5, "putin": 1, "PUTIN": 1],
        ["a10": 1, "a9": 2, "B": 3, "a b": 4, "ab": 5, "Z": 6], ["Élysée Palace": 2], ["Москва": 1],
        ["東京": 4, "Tokyo": 1], ["AT&T": 1, "C++": 2, "O'Brien": 3, "U.S.": 4], ["x/y": 1], ["say \"hi\"": 1],
        ["back\\slash": 1], ["tab\there": 1], ["line\u{2028}sep": 1], ["del\u{7F}": 1], ["c1\u{85}": 1],
        ["😀 emoji": 2], ["Zoë": 1, "Zoe": 2],
    ]

    @Test(arguments: cases) func handBuiltJSONMatchesTheEncoder(aliases: [String: Int]) throws {
        #expect(try SQLiteGraphStore.aliasJSON(aliases) == Self.encoderJSON(aliases))
        #expect(SQLiteGraphStore.aliasCounts(try SQLiteGraphStore.aliasJSON(aliases)) == aliases)
    }

    @Test func plainPathCoversTheUsualCases() {
        #expect(SQLiteGraphStore.plainAliasJSON(["Vladimir Putin": 2, "Putin": 5]) == #"{"Putin":5,"Vladimir Putin":2}"#)
        #expect(SQLiteGraphStore.plainAliasJSON(["Élysée": 1]) == #"{"Élysée":1}"#)
        #expect(SQLiteGraphStore.plainAliasJSON(["Élysée": 1, "Elysee": 1]) == nil)
        #expect(SQLiteGraphStore.plainAliasJSON(["x/y": 1]) == nil)
    }
}
