import ArgumentParser
import NewsGraph

/// `newsgraph alias NAME CANONICAL` and `newsgraph alias --file FILE`.
struct AliasCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "alias",
        abstract: "Tell newsgraph that a name means an entity: now and in every later ingest.",
        discussion: """
            NAME becomes a user alias of the entity CANONICAL (a name, alias or #id; case, \
            accents and punctuation do not matter; an ambiguous name lists the candidates \
            with their ids and kinds, pass --kind or "#ID"). When NAME is an entity of its \
            own, of the same kind, it is merged into CANONICAL, as `newsgraph merge` does. \
            Later articles that name NAME join CANONICAL, and a user alias outranks the \
            surface forms newsgraph observed ("Smith" goes where you said, not to the most \
            frequent Smith). Giving NAME to another entity later moves it.

            With --file, every line of an aliases file is applied: \
            alias<TAB>canonical[<TAB>kind], blank lines and # comments skipped. Keep the \
            file under version control as newsgraph.aliases: `newsgraph ingest` applies \
            ./newsgraph.aliases by itself before and after each run. A rule whose \
            canonical entity is not in the graph yet waits (it is applied once an article \
            names it); a bad line stops with the file and line number. Applying a file \
            again changes nothing.

            Examples:
              newsgraph alias Putin "Vladimir Putin"
              newsgraph alias "the Kremlin" Russia --kind country
              newsgraph alias --file newsgraph.aliases
              newsgraph alias --list

            Output:
              "Vova" is now a user alias of Vladimir Putin (person, #4)
            """)

    @Argument(help: "The name (alias) to give.")
    var name: String?

    @Argument(help: "The entity it means: name, alias or #id.")
    var canonical: String?

    @Option(name: .long, help: ArgumentHelp("The kind of CANONICAL, when its name is ambiguous.", valueName: "kind"))
    var kind: EntityKind?

    @Option(name: .long, help: ArgumentHelp("Apply every rule of an aliases file (alias<TAB>canonical[<TAB>kind]).", valueName: "file"))
    var file: String?

    @Flag(name: .long, help: "List the corrections recorded so far (alias, merge, split), oldest first.")
    var list = false

    @OptionGroup var database: DatabaseOptions

    func validate() throws {
        let modes = [file != nil, list, name != nil].filter { $0 }.count
        if modes != 1 { throw ValidationError("give NAME CANONICAL, --file FILE or --list") }
        if name != nil && canonical == nil { throw ValidationError("missing CANONICAL: the entity \"\(name ?? "")\" should mean") }
    }

    func run() async throws {
        let output = try await CurationOutput.reportingErrors {
            let curator = Curator(query: try database.query())
            if list {
                let corrections = try await curator.query.store.corrections()
                if corrections.isEmpty { return "no corrections recorded in \(database.path)" }
                return corrections.map {
                    "\($0.created.prefix(19))  \($0.action.padding(toLength: 5, withPad: " ", startingAt: 0))  \($0.name) → \($0.target)"
                }.joined(separator: "\n")
            }
            if let file {
                let aliases = try AliasFile(contentsOf: file)
                return CurationOutput.describe(try await curator.apply(aliases), file: aliases)
            }
            guard let name, let canonical else { throw ValidationError("give NAME CANONICAL") }
            return CurationOutput.describe(try await curator.alias(name, to: canonical, kind: kind))
        }
        if !output.isEmpty { print(output) }
    }
}
