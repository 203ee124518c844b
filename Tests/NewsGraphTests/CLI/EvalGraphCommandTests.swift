import Foundation
import Testing

/// End-to-end: runs the built `newsgraph` binary (built beside the test bundle) on the gold set.
@Suite struct EvalGraphCommandTests {
    static let binary = NewsGraphBinary.url
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static func run(_ arguments: [String]) throws -> (status: Int32, out: String, err: String) {
        let result = try NewsGraphBinary.run(arguments)
        return (result.status, result.stdout, result.stderr)
    }

    @Test(.enabled(if: binary != nil)) func printsScoresAsJSON() throws {
        let gold = Self.root.appendingPathComponent("eval/gold").path
        let result = try Self.run(["eval-graph", "--gold", gold, "--gold-mentions", "--format", "json"])
        #expect(result.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any])
        #expect(json["articles"] as? Int == 16)
        let edges = try #require(json["edges"] as? [String: Any])
        let tp = try #require(edges["truePositives"] as? Int)
        #expect(tp > 50)
    }

    @Test(.enabled(if: binary != nil)) func badFolderIsAOneLineError() throws {
        let missing = try Self.run(["eval-graph", "--gold", "/no/such/folder", "--gold-mentions"])
        #expect(missing.status == 64)
        #expect(missing.err.hasPrefix("Error: /no/such/folder: cannot list folder"))
    }

    @Test(.enabled(if: binary != nil)) func withoutGoldMentionsTheShippedTaggerFindsTheMentions() throws {
        let gold = Self.root.appendingPathComponent("eval/gold-heldout").path
        let result = try Self.run(["eval-graph", "--gold", gold])
        #expect(result.status == 0)
        #expect(result.out.hasPrefix("15 articles"))
        let entityLine = try #require(result.out.split(separator: "\n").first { $0.hasPrefix("entities (micro)") })
        let fields = entityLine.split(separator: " ")
        let truePositives = try #require(Int(fields[fields.count - 3]))
        #expect(truePositives > 100)   // an analyzer without a tagger would find none
    }
}
