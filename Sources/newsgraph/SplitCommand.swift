import ArgumentParser
import NewsGraph

/// `newsgraph split NAME --alias ALIAS...`.
struct SplitCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "split",
        abstract: "Move some of an entity's names to a new entity of their own.",
        discussion: """
            The reverse of merge, for names that are somebody else. NAME is the entity \
            (name, alias or #id); each --alias is one of its surface forms (see \
            `newsgraph neighbors NAME --format json` or the aliases table). In one \
            transaction a new entity is created (named after the first --alias, or \
            --name; of NAME's kind, or --kind) and receives:
              - the aliases, as user aliases, so later articles naming them join it;
              - the stored mentions whose text is one of them, and their share of each \
            article's counts;
              - the evidence sentences that mention one of them and none of NAME's \
            remaining forms, with their relations re-created on the new entity.
            What split cannot tell apart stays with NAME, and is counted in the output: \
            sentences naming both forms, and sentences with no stored mention of either \
            (found through coreference). Evidence that a merge dropped as a self-loop is \
            gone and does not come back.

            Example:
              newsgraph split "Vladimir Putin" --alias Putin --name "Putin (other)"

            Output:
              split Putin (other) (person, #7) off Vladimir Putin (person, #4)
                moved: "Putin", 2 mentions in 2 articles, 1 evidence sentence
                kept with Vladimir Putin: 1 evidence sentence naming both, 0 with no stored mention of either
                now: Vladimir Putin 3 mentions, Putin (other) 2 mentions
            """)

    @Argument(help: "The entity to split: name, alias or #id.")
    var name: String

    @Option(name: .customLong("alias"), help: ArgumentHelp("A surface form to move to the new entity; repeatable.", valueName: "alias"))
    var aliases: [String] = []

    @Option(name: .customLong("name"), help: ArgumentHelp("The new entity's name (default: the first --alias).", valueName: "name"))
    var newName: String?

    @Option(name: .long, help: ArgumentHelp("The new entity's kind (default: NAME's).", valueName: "kind"))
    var kind: EntityKind?

    @OptionGroup var database: DatabaseOptions

    func validate() throws {
        if aliases.isEmpty { throw ValidationError("give at least one --alias to move") }
    }

    func run() async throws {
        let output = try await CurationOutput.reportingErrors {
            CurationOutput.describe(try await Curator(query: try database.query()).split(name, aliases: aliases, newName: newName, kind: kind))
        }
        print(output)
    }
}
