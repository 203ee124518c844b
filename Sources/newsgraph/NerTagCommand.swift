import ArgumentParser
import Foundation
import NewsGraph

/// `newsgraph ner tag`: prints the named entities of plain text.
struct NerTagCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tag",
        abstract: "Print the people, organizations, places and other names in plain text.",
        discussion: "Offsets are Unicode-scalar offsets into the input text (end exclusive)."
    )

    @Argument(help: "A UTF-8 text file, or - for standard input.")
    var file: String = "-"

    @Option(name: .long, help: "Model file (default: the shipped model).")
    var model: String?

    @Option(name: .long, help: "Output format: text or json.")
    var format: TextOrJSONFormat = .text

    func run() throws {
        let data: Data
        if file == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            do { data = try Data(contentsOf: URL(fileURLWithPath: file)) } catch {
                throw ValidationError("cannot read \(file): \(error.localizedDescription)")
            }
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ValidationError("\(file == "-" ? "standard input" : file): not valid UTF-8")
        }
        let tagger = NamedEntityTagger(model: try loadModel(model))
        let mentions = tagger.mentions(in: text)
        switch format {
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            let json = try encoder.encode(mentions)
            print(String(decoding: json, as: UTF8.self))
        case .text:
            for m in mentions {
                print("\(m.start)\t\(m.end)\t\(m.label.rawValue)\t\(String(format: "%.2f", m.confidence))\t\(m.text)")
            }
        }
    }
}
