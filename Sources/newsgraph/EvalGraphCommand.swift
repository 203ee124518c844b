import ArgumentParser
import Foundation
import NewsGraph

/// `newsgraph eval-graph`: entity and edge precision/recall against the hand-written gold set.
struct EvalGraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval-graph",
        abstract: "Score the entity resolver and relation extractor against a gold set of articles.",
        discussion: """
            Each *.json file in the gold folder is one article with the entities and edges a careful \
            reader draws (format: eval/gold/README.md). With --gold-mentions the articles' marked \
            mentions (plus their listed tagger noise) replace the tagger, so the figures measure \
            resolution and relation extraction alone.
            """
    )

    @Option(name: .long, help: "Folder of gold articles (*.json).")
    var gold: String

    @Flag(name: .long, help: "Use the gold files' mention spans instead of the tagger.")
    var goldMentions = false

    @Option(name: .long, help: "Output format: text or json.")
    var format: OutputFormat = .text

    @Flag(name: .long, help: "List every missed and spurious entity and edge.")
    var errors = false

    @Option(name: .long, help: "Also write each article's predicted graph as a JSON line {\"id\", \"graph\"} to this file.")
    var predictions: String?

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable { case text, json }

    struct Prediction: Encodable {
        var id: String
        var graph: ArticleGraph
    }

    func run() throws {
        let articles: [GoldArticle]
        do {
            articles = try GoldArticle.load(folder: URL(fileURLWithPath: gold))
        } catch {
            throw ValidationError(error.description)
        }
        let builder: GraphBuilder
        if goldMentions {
            builder = GraphBuilder(tagger: ClosureTagger { _ in [] })
        } else {
            do { builder = try GraphBuilder.standard() } catch { throw ValidationError(error.description) }
        }
        var evaluation = GraphEvaluation()
        var lines = Data()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        for article in articles {
            let text = article.text
            let graph: ArticleGraph
            if goldMentions {
                let mentions = GoldMentions.spans(in: text, marks: article.mentions + (article.noise ?? []))
                graph = builder.analyze(text: text, mentions: mentions, published: article.publishedDate)
            } else {
                graph = builder.analyze(Article(url: article.id, published: article.publishedDate, paragraphs: [text]))
            }
            evaluation.add(article, predicted: graph)
            if predictions != nil {
                lines.append(try encoder.encode(Prediction(id: article.id, graph: graph)))
                lines.append(0x0A)
            }
        }
        if let predictions {
            do {
                try lines.write(to: URL(fileURLWithPath: predictions))
            } catch {
                throw ValidationError("\(predictions): cannot write predictions: \(error.localizedDescription)")
            }
        }
        switch format {
        case .json:
            if !errors { evaluation.errors = [:] }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            print(String(decoding: try encoder.encode(evaluation), as: UTF8.self))
        case .text:
            print(Self.table(evaluation))
            if errors {
                for (id, lines) in evaluation.errors.sorted(by: { $0.key < $1.key }) {
                    print("\n\(id)")
                    for line in lines { print("  \(line)") }
                }
            }
        }
    }

    static func table(_ e: GraphEvaluation) -> String {
        func row(_ name: String, _ s: PRF) -> String {
            let cells = [name.padding(toLength: 18, withPad: " ", startingAt: 0),
                         String(format: "%5.3f", s.precision), String(format: "%5.3f", s.recall), String(format: "%5.3f", s.f1),
                         String(format: "%4d %4d %4d", s.truePositives, s.falsePositives, s.falseNegatives)]
            return cells.joined(separator: "  ")
        }
        var lines = ["\(e.articles) articles", "", "                    P      R      F1     TP   FP   FN"]
        lines.append(row("entities (micro)", e.entities))
        for (kind, s) in e.entitiesByKind.sorted(by: { $0.key < $1.key }) { lines.append(row("  " + kind, s)) }
        lines.append(row("edges (micro)", e.edges))
        for (type, s) in e.edgesByType.sorted(by: { $0.key < $1.key }) { lines.append(row("  " + type, s)) }
        return lines.joined(separator: "\n")
    }
}
