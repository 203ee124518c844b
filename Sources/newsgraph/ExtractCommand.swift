import ArgumentParser
import Foundation
import NewsGraph

/// `newsgraph extract`: what newsgraph reads from a feed or a page, detected from the content.
struct ExtractCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Print what newsgraph reads from a feed (RSS/Atom) or a news page.",
        discussion: """
            Each INPUT is a file, an http(s) URL, or '-' for standard input. Whether it is a \
            feed or an HTML page is decided from its content, never from its name. For a page \
            newsgraph prints the title, byline, date, canonical URL, language, site name and the \
            body as clean paragraphs (navigation, ads, share bars, related links, comments and \
            footers removed); for a feed, its title, link, language and entries.

            With several inputs and --format json the output is one JSON array; an input that \
            fails becomes {"url": ..., "error": ...} in it and the command exits with status 1 \
            at the end.

            Examples:
              newsgraph extract samples/pages/kirby-briefing.html
              newsgraph extract --format json samples/world.xml
              curl -s https://example.com/rss | newsgraph extract -
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable, Sendable { case text, json }

    @Argument(help: "Files, http(s) URLs, or '-' for standard input.")
    var inputs: [String]

    @OptionGroup var fetch: FetchOptions

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    @Option(help: "The HTTP Content-Type the bytes came with; its charset decides the encoding.")
    var contentType: String?

    @Option(help: "The document's own address: the base for relative links (a fetched URL is its own base).")
    var url: String?

    @Option(name: .customLong("repeat"), help: ArgumentHelp("Parse N times and report the time per parse on stderr.",
                                                            visibility: .hidden))
    var repetitions: Int = 1

    mutating func validate() throws {
        if inputs.isEmpty { throw ValidationError("give at least one INPUT (a file, a URL, or '-' for standard input)") }
        if url != nil && inputs.count > 1 { throw ValidationError("--url applies to a single INPUT") }
    }

    func run() async throws {
        var outputs: [Result<Extracted, ExtractFailure>] = []
        for input in inputs {
            outputs.append(await extract(input))
        }
        let rendered = render(outputs)
        if !rendered.isEmpty { print(rendered) }
        let failures = outputs.compactMap { result -> ExtractFailure? in
            if case let .failure(failure) = result { return failure }
            return nil
        }
        for failure in failures {
            FileHandle.standardError.write(Data("error: \(failure.message)\n".utf8))
        }
        if !failures.isEmpty { throw ExitCode.failure }
    }

    /// What one input turned out to be.
    enum Extracted {
        case feed(FeedParser.Output)
        case page(Article)
    }

    private func extract(_ input: String) async -> Result<Extracted, ExtractFailure> {
        var address = url ?? (input == "-" ? "stdin" : input)
        // The base for a feed's relative links and ids: --url, or the URL it was fetched from.
        // A file path is only a name: feeds keep their relative references as written.
        var base = url
        do {
            var bytes: [UInt8]
            var type = contentType
            if input.hasPrefix("http://") || input.hasPrefix("https://") {
                switch try await Fetcher(policy: fetch.policy).fetch(input) {
                case .fetched(let resource):
                    bytes = resource.body
                    type = type ?? resource.contentType
                    if url == nil { address = resource.finalURL; base = resource.finalURL }
                case .notModified:
                    throw ExtractFailure(url: address, message: "\(address): the server answered 304 Not Modified")
                }
            } else {
                bytes = try InputReader.read(input)
            }
            if ContentSniffer.sniff(bytes).mayBeFeed {
                let parse = { () throws(FeedError) -> FeedParser.Output in
                    try FeedParser.parseWithDetails(bytes, url: base, contentType: type, source: address)
                }
                let output = try parse()
                if repetitions > 1 { try Benchmark.report(address, repetitions: repetitions) { _ = try parse() } }
                return .success(.feed(output))
            }
            let reader = DocumentReader()
            let read = { () throws -> ReadDocument in try reader.read(bytes, url: address, contentType: type) }
            let document = try read()
            if repetitions > 1 { try Benchmark.report(address, repetitions: repetitions) { _ = try read() } }
            switch document {
            case .page(let article): return .success(.page(article))
            case .feed: return .failure(ExtractFailure(url: address, message: "\(address): unexpected feed"))
            }
        } catch let failure as ExtractFailure {
            return .failure(failure)
        } catch let error as CustomStringConvertible {
            let message = error.description
            return .failure(ExtractFailure(url: address, message: message.hasPrefix(address) ? message : "\(address): \(message)"))
        } catch {
            return .failure(ExtractFailure(url: address, message: "\(address): \(error)"))
        }
    }

    private func render(_ results: [Result<Extracted, ExtractFailure>]) -> String {
        switch format {
        case .json:
            let objects = results.map { result -> String in
                switch result {
                case .success(.page(let article)): return PagePrinter.json(article, indent: results.count > 1 ? "  " : "")
                case .success(.feed(let output)): return (try? FeedPrinter.json(output)) ?? "{}"
                case .failure(let error): return error.json
                }
            }
            return results.count > 1 ? "[\n  " + objects.joined(separator: ",\n  ") + "\n]" : objects.joined()
        case .text:
            return results.compactMap { result -> String? in
                switch result {
                case .success(.page(let article)): return PagePrinter.text(article)
                case .success(.feed(let output)): return FeedPrinter.text(output)
                case .failure: return nil
                }
            }.joined(separator: "\n\n" + String(repeating: "-", count: 78) + "\n\n")
        }
    }
}

/// An input that could not be read, reported in a batch without stopping it.
struct ExtractFailure: Error {
    var url: String
    var message: String

    var json: String { "{\"url\": \(JSONText.string(url)), \"error\": \(JSONText.string(message))}" }
}
