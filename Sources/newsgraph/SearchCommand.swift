import ArgumentParser
import Foundation
import NewsGraph

/// `newsgraph search TEXT`: entities whose name or alias contains some text.
struct SearchCommand: ParsableCommand {
    enum Format: String, ExpressibleByArgument, CaseIterable { case table, json }

    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Find entities whose name or alias contains TEXT (any case, any accents).",
        discussion: """
            Examples:
              newsgraph search kreml
              newsgraph search georgia --kind country
              newsgraph search minist --limit 50 --format json
            """)

    @Argument(help: "Part of a name.")
    var text: String

    @Option(help: ArgumentHelp("Only this kind; repeatable.", valueName: "kind"))
    var kind: [EntityKind] = []

    @Option(help: "Most results.")
    var limit: Int = 20

    @Option(help: "table or json.")
    var format: Format = .table

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        let found = try reportingQueryErrors { try database.query().search(text, kinds: Set(kind), limit: limit) }
        switch format {
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            encoder.keyEncodingStrategy = .convertToSnakeCase
            print(String(decoding: try encoder.encode(found), as: UTF8.self))
        case .table:
            guard !found.isEmpty else {
                printError("no entity name contains \"\(text)\"")
                throw ExitCode.failure
            }
            print("     ID  " + TerminalText.fit("NAME", 44) + " " + TerminalText.fit("KIND", 13) + "  MENTIONS")
            for entity in found {
                print(String(format: "%7lld", entity.id) + "  " + TerminalText.fit(TerminalText.clean(entity.name), 44) + " "
                      + TerminalText.fit(entity.kind.rawValue, 13) + String(format: "%10d", entity.mentions))
            }
        }
    }
}
