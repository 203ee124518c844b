import ArgumentParser
import Foundation
import NewsGraph

/// `newsgraph extract`: what newsgraph reads from a page (title, metadata, clean body).
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Print the article newsgraph reads from an HTML page.",
        discussion: """
            Reads each FILE ('-' for standard input) and prints its title, byline, date, \
            canonical URL, language, site name and body paragraphs. With several files and \
            --format json the output is one JSON array; a page that fails becomes \
            {"url": ..., "error": ...} in it and the command exits with status 1 at the end.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable, Sendable { case text, json }

    @Argument(help: "HTML files to read; '-' reads standard input.")
    var files: [String]

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    @Option(help: "The page's address (for resolving relative links); defaults to the file path.")
    var url: String?

    mutating func validate() throws {
        if files.isEmpty { throw ValidationError("give at least one FILE (or '-' for standard input)") }
        if url != nil && files.count > 1 { throw ValidationError("--url applies to a single FILE") }
    }

    func run() throws {
        let extractor = ArticleExtractor()
        var results: [Result<Article, ExtractFailure>] = []
        for file in files {
            let address = url ?? (file == "-" ? "stdin" : file)
            do {
                let bytes = try InputReader.read(file)
                results.append(.success(try extractor.extract(html: bytes, url: address)))
            } catch let error as ArticleExtractionError {
                results.append(.failure(ExtractFailure(url: address, message: error.description)))
            } catch let error as InputReader.Failure {
                results.append(.failure(ExtractFailure(url: address, message: error.description)))
            } catch {
                results.append(.failure(ExtractFailure(url: address, message: "\(address): \(error)")))
            }
        }
        let output = render(results)
        if !output.isEmpty { print(output) }
        let failures = results.compactMap { result -> ExtractFailure? in
            if case let .failure(failure) = result { return failure }
            return nil
        }
        for failure in failures {
            FileHandle.standardError.write(Data("error: \(failure.message)\n".utf8))
        }
        if !failures.isEmpty { throw ExitCode.failure }
    }

    private func render(_ results: [Result<Article, ExtractFailure>]) -> String {
        switch format {
        case .json:
            let objects = results.map { result in
                switch result {
                case let .success(article): return PagePrinter.json(article, indent: files.count > 1 ? "  " : "")
                case let .failure(error): return error.json
                }
            }
            return files.count > 1 ? "[\n  " + objects.joined(separator: ",\n  ") + "\n]" : objects.joined()
        case .text:
            return results.compactMap { try? PagePrinter.text($0.get()) }.joined(separator: "\n\n" + String(repeating: "-", count: 78) + "\n\n")
        }
    }
}

/// A page that could not be read, reported in a batch without stopping it.
struct ExtractFailure: Error {
    var url: String
    var message: String

    var json: String { "{\"url\": \(JSONText.string(url)), \"error\": \(JSONText.string(message))}" }
}
