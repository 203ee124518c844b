import ArgumentParser
import Foundation
import Logging
import NewsGraph

/// `--db`, shared by every command that opens the graph.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The SQLite file holding the graph (default: $NEWSGRAPH_DB, else ./newsgraph.sqlite).",
                                            valueName: "path"))
    var db: String?

    var path: String { db ?? SQLiteGraphStore.defaultPath }

    /// Opens (and creates or migrates) the database.
    func open() throws -> SQLiteGraphStore {
        do {
            return try SQLiteGraphStore(path: path)
        } catch {
            throw CommandFailure(error.description)
        }
    }

    /// Opens an existing database, for commands that only read.
    func openExisting() throws -> SQLiteGraphStore {
        guard FileManager.default.fileExists(atPath: path) else {
            throw CommandFailure("\(path): no such database; run `newsgraph ingest` first or pass --db")
        }
        return try open()
    }
}

/// `--quiet` and `--verbose`, through swift-log.
struct LoggingOptions: ParsableArguments {
    @Flag(name: .shortAndLong, help: "Print only errors.")
    var quiet = false

    @Flag(name: .shortAndLong, help: "Print every step.")
    var verbose = false

    func validate() throws {
        if quiet && verbose { throw ValidationError("--quiet and --verbose exclude each other") }
    }

    /// A logger writing to stderr at the chosen level.
    func makeLogger(_ label: String = "newsgraph") -> Logger {
        var logger = Logger(label: label) { _ in CLILogHandler() }
        logger.logLevel = quiet ? .error : (verbose ? .debug : .info)
        return logger
    }
}

/// Output formats of the listing commands.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json
}

/// A command failed for a reason that is not a usage mistake: printed as one line
/// (`Error: …`), without the usage text, exit status 1.
struct CommandFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
