import ArgumentParser
import Foundation
import NewsGraph

/// `newsgraph show NAME`: one entity in full.
struct ShowCommand: ParsableCommand {
    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one entity: kind, aliases, counts, strongest relations, latest articles.",
        discussion: """
            NAME is matched like in `neighbors` (name or alias, any case or accents, or #id).

            Examples:
              newsgraph show Kremlin
              newsgraph show "#42" --relations 10 --articles 20
              newsgraph show peskov --format json | jq .aliases
            """)

    @Argument(help: "Name, alias or #id of the entity.")
    var name: String

    @Option(help: "Strongest relations to list.")
    var relations: Int = 5

    @Option(help: "Latest articles to list.")
    var articles: Int = 5

    @Option(help: "text or json.")
    var format: Format = .text

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        let details = try reportingQueryErrors {
            let query = try database.query()
            return try query.details(of: try query.entity(named: name), relations: relations, articles: articles)
        }
        switch format {
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            encoder.keyEncodingStrategy = .convertToSnakeCase
            print(String(decoding: try encoder.encode(details), as: UTF8.self))
        case .text:
            print(Self.text(details), terminator: "")
        }
    }

    static func text(_ details: EntityDetails) -> String {
        let entity = details.entity
        var lines = [TerminalText.clean(entity.labelWithID)]
        var facts = "  \(entity.kind.rawValue)"
        if let iso = entity.isoCode { facts += ", ISO \(iso)" }
        facts += "; \(entity.mentions) mentions in \(entity.articles) articles; \(details.relationCount) relations"
        lines.append(facts)
        lines.append("  seen \(details.firstSeen ?? "?")..\(details.lastSeen ?? "?")")
        if !details.aliases.isEmpty {
            let aliases = details.aliases.map { "\(TerminalText.clean($0.alias)) (\($0.count))" }.joined(separator: ", ")
            lines.append("  aliases: " + TerminalText.truncate(aliases, to: 68))
        }
        if !details.strongest.isEmpty {
            lines.append("Strongest relations:")
            for neighbor in details.strongest {
                lines.append("  \(neighbor.direction.arrow) " + TerminalText.fit(TerminalText.clean(neighbor.entity.name), 36) + " "
                             + TerminalText.fit(TerminalText.clean(neighbor.relation), 22) + " w=\(neighbor.weight)")
            }
        }
        if !details.articles.isEmpty {
            lines.append("Latest articles:")
            for article in details.articles {
                lines.append("  \(article.date ?? "????-??-??")  " + TerminalText.truncate(TerminalText.clean(article.title ?? "(untitled)"), to: 64))
                lines.append("              " + TerminalText.truncate(article.url, to: 66))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
