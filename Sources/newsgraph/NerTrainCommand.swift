import ArgumentParser
import Foundation
import NewsGraph

/// `newsgraph ner train`: trains a tagger model on CoNLL-format data.
struct NerTrainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Train a tagger model on CoNLL data (token first column, IOB1/IOB2 tag last).",
        discussion: "Deterministic: the same data and options give the same model, byte for byte."
    )

    @Option(name: .long, help: "Training data in CoNLL format; repeat to train on several files.")
    var train: [String]

    @Option(name: .long, help: "Development data: its entity F1 is printed after every epoch.")
    var dev: String?

    @Option(name: .long, help: "Where to write the model.")
    var out: String

    @Option(name: .long, help: "Passes over the training data.")
    var epochs: Int = PerceptronTrainer.Options().epochs

    @Option(name: .long, help: "Folder with the gaz-*.txt gazetteers (default: the library's Resources/ner).")
    var gazetteers: String?

    @Option(name: .long, help: "Share of sentences also trained in Title Case (0 to disable).")
    var titleCase: Double = PerceptronTrainer.Options().titleCaseShare

    @Option(name: .long, help: "Drop weight rows whose largest absolute weight is below this.")
    var prune: Float = PerceptronTrainer.Options().pruneThreshold

    @Option(name: .long, help: "Features seen fewer times than this in training get no weights.")
    var cutoff: Int = PerceptronTrainer.Options().featureCutoff

    func validate() throws {
        guard !train.isEmpty else { throw ValidationError("give at least one --train file") }
        guard epochs >= 1 else { throw ValidationError("--epochs must be at least 1") }
    }

    func run() throws {
        let clock = ContinuousClock()
        let started = clock.now
        var documents: [LabeledDocument] = []
        for path in train { documents += try CoNLLReader.read(path: path) }
        let devDocuments = try dev.map { try CoNLLReader.read(path: $0) }
        var options = PerceptronTrainer.Options()
        options.epochs = epochs
        options.titleCaseShare = titleCase
        options.pruneThreshold = prune
        options.featureCutoff = cutoff
        let trainer = PerceptronTrainer(options: options, gazetteerFolder: gazetteers.map { URL(fileURLWithPath: $0) })
        let model = trainer.train(documents, dev: devDocuments) { line in
            FileHandle.standardError.write(Data((line + "\n").utf8))
        }
        let data = model.serialized()
        do {
            try data.write(to: URL(fileURLWithPath: out))
        } catch {
            throw ValidationError("cannot write model \(out): \(error.localizedDescription)")
        }
        let elapsed = clock.now - started
        print("wrote \(out): \(model.featureCount) features, \(data.count) bytes, trained in \(elapsed.formatted(.units(allowed: [.seconds], fractionalPart: .show(length: 1))))")
    }
}
