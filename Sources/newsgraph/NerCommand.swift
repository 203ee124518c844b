import ArgumentParser
import Foundation
import NewsGraph

/// `newsgraph ner`: train, evaluate and run the named-entity tagger.
struct NerCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ner",
        abstract: "Train, evaluate and run the named-entity tagger (PER, ORG, LOC, MISC).",
        subcommands: [NerTrainCommand.self, NerEvalCommand.self, NerTagCommand.self]
    )
}

/// `--format text|json` for the commands that print a report rather than a table.
enum TextOrJSONFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

/// Loads a model file, or the shipped model when `path` is nil.
func loadModel(_ path: String?) throws -> TaggerModel {
    do {
        if let path { return try TaggerModel(contentsOf: URL(fileURLWithPath: path)) }
        return try TaggerModel.shipped()
    } catch {
        throw ValidationError(error.description)
    }
}
