import ArgumentParser
import Foundation
import NewsGraph

/// `newsgraph render [NAME] -o graph.svg`: draws the graph with Graphviz.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Draw the graph around an entity (or its biggest hubs) with Graphviz.",
        discussion: """
            Writes the DOT export to Graphviz's `dot` and saves the picture; the format \
            follows the file's extension (.svg, .png, .pdf). Without NAME it draws the --top \
            entities with the most relations. Needs Graphviz (`apt-get install graphviz`); \
            without it, `newsgraph export --format dot` still gives the DOT file.

            Examples:
              newsgraph render Kremlin -o kremlin.svg
              newsgraph render "Dmitry Peskov" --depth 2 --kind person --kind organization -o peskov.png
              newsgraph render --top 40 -o hubs.svg
            """)

    @Argument(help: "Name, alias or #id of the entity at the centre (default: the biggest hubs).")
    var name: String?

    @Option(name: .shortAndLong, help: ArgumentHelp("The picture to write (.svg, .png or .pdf).", valueName: "file"))
    var output: String = "graph.svg"

    @Option(help: "Hops around NAME.")
    var depth: Int = 1

    @Option(help: ArgumentHelp("Draw at most the N entities with the most relations.", valueName: "N"))
    var top: Int = 60

    @OptionGroup var filters: GraphFilterOptions

    @OptionGroup var database: DatabaseOptions

    func validate() throws {
        guard (1...6).contains(depth) else { throw ValidationError("--depth must be between 1 and 6, not \(depth)") }
        guard top >= 1 else { throw ValidationError("--top must be 1 or more, not \(top)") }
    }

    func run() throws {
        let format = URL(fileURLWithPath: output).pathExtension.lowercased()
        guard ["svg", "png", "pdf"].contains(format) else {
            printError("render: \(output): use a .svg, .png or .pdf file name")
            throw ExitCode.failure
        }
        guard let dot = Self.executable("dot") else {
            printError("render: Graphviz is not installed (no `dot` on PATH); install it (Debian: apt-get install graphviz), or write DOT with `newsgraph export --format dot`")
            throw ExitCode.failure
        }
        let temporary = FileManager.default.temporaryDirectory.appendingPathComponent("newsgraph-render-\(UUID().uuidString).dot")
        defer { try? FileManager.default.removeItem(at: temporary) }
        let counts = try reportingQueryErrors {
            let query = try database.query()
            var writer = DOTWriter(to: try FileSink(creating: temporary.path))
            let selection = ExportSelection(
                kinds: Set(filters.kind), relations: Set(filters.relation), since: try filters.since.map { try StoreDate.since($0) },
                minWeight: filters.minWeight, around: name, depth: depth, top: top)
            return try query.export(selection, to: &writer)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: dot)
        process.arguments = ["-T\(format)", temporary.path, "-o", output]
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            printError("render: dot failed (exit \(process.terminationStatus)): \(message.trimmingCharacters(in: .whitespacesAndNewlines))")
            throw ExitCode.failure
        }
        if !message.isEmpty { printError("render: dot said: \(message.trimmingCharacters(in: .whitespacesAndNewlines))") }
        print("drew \(counts.nodes) entities and \(counts.edges) relations to \(output)")
    }

    static func executable(_ name: String) -> String? {
        for directory in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let path = "\(directory)/\(name)"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }
}
