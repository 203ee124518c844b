import Foundation

/// Runs the real programs users open our exports with (xmllint, Graphviz, python3 with
/// networkx and igraph), so tests check what those tools actually accept.
enum ExternalTool {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The absolute path of `name` on PATH, or nil.
    static func path(of name: String) -> String? {
        let directories = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        for directory in directories {
            let candidate = "\(directory)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Runs `name` with `arguments`; stdout and stderr go through files, so large outputs cannot deadlock.
    static func run(_ name: String, _ arguments: [String], stdin: String? = nil) throws -> Result {
        guard let executable = path(of: name) else {
            throw ToolError(message: "\(name) is not on PATH")
        }
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let outURL = directory.appendingPathComponent("stdout")
        let errURL = directory.appendingPathComponent("stderr")
        try Data().write(to: outURL)
        try Data().write(to: errURL)
        let out = try FileHandle(forWritingTo: outURL)
        let err = try FileHandle(forWritingTo: errURL)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardOutput = out
        process.standardError = err
        if let stdin {
            let inURL = directory.appendingPathComponent("stdin")
            try Data(stdin.utf8).write(to: inURL)
            process.standardInput = try FileHandle(forReadingFrom: inURL)
        } else {
            process.standardInput = FileHandle.nullDevice
        }
        try process.run()
        process.waitUntilExit()
        try out.close()
        try err.close()
        return Result(
            status: process.terminationStatus,
            stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
            stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
    }

    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("newsgraph-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// The project root, found from this file's path (Tests/NewsGraphTests/Export/…).
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The offline GraphML schema in the shared data folder, when it is there.
    static let graphMLSchema: String? = {
        let path = packageRoot.appendingPathComponent("../shared/data/graphml-xsd/local/graphml.xsd").standardized.path
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }()

    static let hasXMLLint = path(of: "xmllint") != nil
    static let hasGraphviz = path(of: "dot") != nil
    /// python3 with networkx and igraph importable.
    static let hasGraphPython: Bool = {
        guard path(of: "python3") != nil else { return false }
        return (try? run("python3", ["-c", "import networkx, igraph"]).status) == 0
    }()

    struct ToolError: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }
}
