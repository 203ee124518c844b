import ArgumentParser
import Foundation
import NewsGraph

/// `newsgraph ner eval`: scores the tagger on CoNLL data the way conlleval does.
struct NerEvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score the tagger on CoNLL data: entity-level precision, recall, F1 and speed."
    )

    @Option(name: .long, help: "Labeled data in CoNLL format.")
    var data: String

    @Option(name: .long, help: "Model file (default: the shipped model).")
    var model: String?

    @Option(name: .long, help: "Output format: text or json.")
    var format: TextOrJSONFormat = .text

    func run() throws {
        let documents = try CoNLLReader.read(path: data)
        let clock = ContinuousClock()
        let loadStarted = clock.now
        let tagger = NamedEntityTagger(model: try loadModel(model))
        let loadTime = clock.now - loadStarted
        let result = tagger.evaluate(documents)
        switch format {
        case .json: print(try jsonReport(result))
        case .text:
            print(textReport(result))
            print("model: \(tagger.model.featureCount) features, loaded in \(loadTime.formatted(.units(allowed: [.milliseconds], fractionalPart: .show(length: 1))))")
        }
    }

    private func jsonReport(_ result: TaggerEvaluation) throws -> String {
        func round2(_ x: Double) -> Double { (x * 100).rounded() / 100 }
        var perType: [String: [String: Double]] = [:]
        for label in EntityLabel.allCases {
            let c = result.scorer.perType[label] ?? EntityScorer.Counts()
            perType[label.rawValue] = ["precision": round2(c.precision), "recall": round2(c.recall), "f1": round2(c.f1)]
        }
        let o = result.scorer.overall
        // Key order is part of the contract, so the object is written by hand.
        func object(_ pairs: [(String, String)]) -> String {
            "{" + pairs.map { "\"\($0.0)\": \($0.1)" }.joined(separator: ", ") + "}"
        }
        func num(_ x: Double) -> String { String(format: "%.2f", x) }
        let types = EntityLabel.allCases.map { label -> (String, String) in
            let c = perType[label.rawValue] ?? [:]
            return (label.rawValue, object([("precision", num(c["precision"] ?? 0)), ("recall", num(c["recall"] ?? 0)), ("f1", num(c["f1"] ?? 0))]))
        }
        return object([
            ("precision", num(o.precision)), ("recall", num(o.recall)), ("f1", num(o.f1)),
            ("per_type", object(types)),
            ("tokens", String(result.tokens)),
            ("seconds", String(format: "%.4f", result.seconds)),
            ("tokens_per_second", String(Int(result.tokensPerSecond.rounded()))),
            ("wall_seconds", String(format: "%.4f", result.wallSeconds)),
        ])
    }

    private func textReport(_ result: TaggerEvaluation) -> String {
        let o = result.scorer.overall
        var lines = [String(format: "entities: gold %d, predicted %d, correct %d", o.gold, o.predicted, o.correct)]
        lines.append("overall".padding(toLength: 8, withPad: " ", startingAt: 0) + String(format: " precision %6.2f  recall %6.2f  F1 %6.2f", o.precision, o.recall, o.f1))
        for label in EntityLabel.allCases {
            let c = result.scorer.perType[label] ?? EntityScorer.Counts()
            lines.append(label.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0) + String(format: " precision %6.2f  recall %6.2f  F1 %6.2f  (%d gold)", c.precision, c.recall, c.f1, c.gold))
        }
        lines.append(String(format: "%d tokens in %.3f s CPU (%.3f s wall): %.0f tokens/s on one core (tagging only)",
                            result.tokens, result.seconds, result.wallSeconds, result.tokensPerSecond))
        return lines.joined(separator: "\n")
    }
}
