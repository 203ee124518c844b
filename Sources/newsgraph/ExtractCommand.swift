import ArgumentParser
import Foundation
import NewsGraph

/// `newsgraph extract FILE`: prints what newsgraph reads from a feed or a page, decided
/// from the content, never from the file name.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Print what newsgraph reads from a feed (RSS/Atom) or a news page.",
        discussion: "The kind of document is detected from its content. Use - to read standard input."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Argument(help: "The file to read, or - for standard input.")
    var file: String

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    @Option(help: "The HTTP Content-Type the bytes came with; its charset decides the encoding.")
    var contentType: String?

    @Option(help: "The document's own URL: the base for relative links.")
    var url: String?

    @Option(name: .customLong("repeat"), help: ArgumentHelp("Parse N times and report the time per parse on stderr.",
                                                            visibility: .hidden))
    var repetitions: Int = 1

    func run() throws {
        let bytes = try InputFile.read(file)
        let name = file == "-" ? "stdin" : file
        switch ContentSniffer.sniff(bytes) {
        case .html:
            throw ExtractError("\(name): an HTML page, not a feed (page extraction is not in this build)")
        case .feed, .otherXML, .text, .empty, .binary:
            let parse = { () throws(FeedError) -> FeedParser.Output in
                try FeedParser.parseWithDetails(bytes, url: url, contentType: contentType, source: name)
            }
            let output = try parse()
            if repetitions > 1 { try Benchmark.report(name, repetitions: repetitions) { _ = try parse() } }
            print(format == .json ? try FeedPrinter.json(output) : FeedPrinter.text(output))
        }
    }
}

/// A one-line failure message for the command line.
struct ExtractError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
