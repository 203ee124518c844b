import ArgumentParser
import NewsGraph

/// `newsgraph merge A B`.
struct MergeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Merge entity A into entity B: one node for one real-world entity.",
        discussion: """
            A and B are names, aliases or #ids (an ambiguous name lists the candidates with \
            their ids and kinds). In one transaction, A's mentions, article counts, \
            surface forms and relations move to B and A is deleted. A relation that then \
            duplicates one of B's (same ends, type and attribute) becomes one relation \
            whose evidence is both's, its weight the number of distinct evidence sentences; \
            a relation between A and B is dropped. A's name becomes a user alias of B and \
            A's key is redirected to B, so later articles naming A join B (even when A \
            had another kind, e.g. the Kremlin as an organization into Russia).

            The decision is recorded (see `newsgraph alias --list`). To undo part of it, \
            `newsgraph split` moves aliases back out.

            Example:
              newsgraph merge Putin "Vladimir Putin"

            Output:
              merged Putin (person, #1) into Vladimir Putin (person, #4)
                moved: 2 mentions, 2 articles (1 naming both), 1 alias
                relations: 0 re-pointed, 1 combined, 1 self-loop dropped; evidence: 1 moved, 2 dropped
                Vladimir Putin now: 5 mentions in 3 articles; later articles naming "Putin" join it
            """)

    @Argument(help: "The entity that goes away: name, alias or #id.")
    var source: String

    @Argument(help: "The entity that stays: name, alias or #id.")
    var target: String

    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let output = try await CurationOutput.reportingErrors {
            CurationOutput.describe(try await Curator(query: try database.query()).merge(source, into: target))
        }
        print(output)
    }
}
