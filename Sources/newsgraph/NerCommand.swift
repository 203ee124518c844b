import ArgumentParser

/// `newsgraph ner`: train, evaluate and run the named-entity tagger.
struct NerCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ner",
        abstract: "Train, evaluate and run the named-entity tagger (PER, ORG, LOC, MISC).",
        subcommands: [NerTrainCommand.self, NerEvalCommand.self, NerTagCommand.self]
    )
}
