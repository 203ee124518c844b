import ArgumentParser
import Foundation
import Logging
import NewsGraph

/// `--aliases FILE` / `--no-aliases` for ingest: the user's aliases file, applied to the
/// stored graph before a run (so its articles follow it) and after (so entities that first
/// appeared in the run are merged where a rule says so).
struct AliasFileOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("An aliases file (alias<TAB>canonical[<TAB>kind]) to apply before and after the run (default: ./newsgraph.aliases when it exists).",
                                            valueName: "file"))
    var aliases: String?

    @Flag(name: .customLong("no-aliases"), help: "Do not apply ./newsgraph.aliases.")
    var noAliases = false

    func validate() throws {
        if aliases != nil && noAliases { throw ValidationError("--aliases and --no-aliases exclude each other") }
    }

    /// The file to apply, parsed; nil when there is none.
    func load() throws -> AliasFile? {
        if noAliases { return nil }
        let path = aliases ?? AliasFile.defaultName
        if aliases == nil && !FileManager.default.fileExists(atPath: path) { return nil }
        do {
            return try AliasFile(contentsOf: path)
        } catch {
            throw CommandFailure(error.description)
        }
    }

    /// Applies `file` to the store; a line of output when it changed something.
    func apply(_ file: AliasFile?, to store: SQLiteGraphStore, logger: Logger) async throws {
        guard let file else { return }
        let report: AliasFileReport
        do {
            report = try await Curator(query: GraphQuery(store: store)).apply(file)
        } catch let error as AliasFileError {
            throw CommandFailure(error.description)
        } catch let error as CurationError {
            throw CommandFailure("\(file.path): \(error.description)")
        } catch let error as StoreError {
            throw CommandFailure(error.description)
        }
        if report.applied.isEmpty {
            logger.debug("\(file.path): \(report.summary)")
        } else {
            logger.info("\(CurationOutput.describe(report, file: file))")
        }
    }
}
