import Foundation

/// One thing to read, after the user's inputs were expanded (directories walked, OPML
/// files opened).
public enum IngestSource: Sendable, Hashable {
    /// An http(s) URL.
    case remote(String)
    /// A file path, absolute.
    case file(String)
    /// Standard input.
    case standardInput

    /// Expands command-line inputs: `-` is stdin, http(s) is a URL, a directory is walked
    /// recursively (hidden files skipped, sorted), an OPML file becomes its feeds, any
    /// other path is a file. Inputs that do not exist come back as failures.
    public static func expand(_ inputs: [String]) -> (sources: [IngestSource], failures: [IngestFailure]) {
        var sources: [IngestSource] = []
        var failures: [IngestFailure] = []
        let files = FileManager.default
        for input in inputs {
            if input == "-" { sources.append(.standardInput); continue }
            let lowered = input.lowercased()
            if lowered.hasPrefix("http://") || lowered.hasPrefix("https://") { sources.append(.remote(input)); continue }
            let path = URL(fileURLWithPath: input).standardizedFileURL.path
            var isDirectory: ObjCBool = false
            guard files.fileExists(atPath: path, isDirectory: &isDirectory) else {
                failures.append(IngestFailure(input: input, reason: lowered.contains("://") ? "unsupported URL scheme" : "no such file or directory"))
                continue
            }
            if isDirectory.boolValue {
                sources += walk(path).map(IngestSource.file)
            } else if let feeds = OPMLReader.feeds(inFile: path) {
                switch feeds {
                case .success(let urls): sources += urls.map { $0.hasPrefix("/") ? .file($0) : .remote($0) }
                case .failure(let failure): failures.append(failure)
                }
            } else {
                sources.append(.file(path))
            }
        }
        return (sources, failures)
    }

    static func walk(_ directory: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(at: URL(fileURLWithPath: directory),
                                                              includingPropertiesForKeys: [.isRegularFileKey],
                                                              options: [.skipsHiddenFiles]) else { return [] }
        var paths: [String] = []
        for case let url as URL in enumerator where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
            paths.append(url.standardizedFileURL.path)
        }
        return paths.sorted()
    }

    /// The URL or path, for messages.
    public var name: String {
        switch self {
        case .remote(let url): return url
        case .file(let path): return path
        case .standardInput: return "-"
        }
    }
}
