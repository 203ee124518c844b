import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs the built `newsgraph` executable as a child process, as a user would.
enum NewsGraphBinary {
    /// The executable beside the test bundle (SwiftPM builds it because the tests depend on it).
    static let url: URL? = {
        var folders = Bundle.allBundles.map { $0.bundleURL.deletingLastPathComponent() }
        folders.append(URL(fileURLWithPath: CommandLine.arguments.first ?? "").deletingLastPathComponent())
        folders.append(URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent(".build/debug"))
        return folders.map { $0.appendingPathComponent("newsgraph") }.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Starts the binary; the caller waits or kills.
    /// `stdin` is written to a temporary file first, so a large input cannot block on a pipe.
    static func start(_ arguments: [String], environment: [String: String] = [:], in directory: URL? = nil,
                      stdin: String? = nil) throws -> (Process, Pipe, Pipe) {
        guard let url else { throw POSIXError(.ENOENT) }
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        var env = ProcessInfo.processInfo.environment
        env["NEWSGRAPH_DB"] = nil
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        if let stdin {
            let file = FileManager.default.temporaryDirectory.appendingPathComponent("newsgraph-stdin-\(UUID().uuidString)")
            try Data(stdin.utf8).write(to: file)
            defer { try? FileManager.default.removeItem(at: file) }
            process.standardInput = try FileHandle(forReadingFrom: file)
        } else {
            process.standardInput = FileHandle.nullDevice
        }
        try process.run()
        return (process, out, err)
    }

    /// Runs the binary to completion.
    static func run(_ arguments: [String], environment: [String: String] = [:], in directory: URL? = nil,
                    stdin: String? = nil) throws -> Output {
        let (process, out, err) = try start(arguments, environment: environment, in: directory, stdin: stdin)
        // Read before waiting: a full pipe would block the child.
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                      stderr: String(decoding: stderr, as: UTF8.self))
    }
}
