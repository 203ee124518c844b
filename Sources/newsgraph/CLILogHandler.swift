import Foundation
import Logging

/// Log lines for people, on stderr: the message alone, prefixed with the level when it is a
/// warning or worse ("error: https://…: HTTP 404 (not found)").
struct CLILogHandler: LogHandler {
    var logLevel: Logger.Level = .info
    var metadata: Logger.Metadata = [:]

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        let prefix: String
        switch event.level {
        case .warning: prefix = "warning: "
        case .error, .critical: prefix = "error: "
        default: prefix = ""
        }
        TerminalOutput.shared.writeLine("\(prefix)\(event.message)")
    }
}
