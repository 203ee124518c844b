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
    static func start(_ arguments: [String], environment: [String: String] = [:]) throws -> (Process, Pipe, Pipe) {
        guard let url else { throw POSIXError(.ENOENT) }
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env["NEWSGRAPH_DB"] = nil
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        return (process, out, err)
    }

    /// Runs the binary to completion.
    static func run(_ arguments: [String], environment: [String: String] = [:]) throws -> Output {
        let (process, out, err) = try start(arguments, environment: environment)
        // Read before waiting: a full pipe would block the child.
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                      stderr: String(decoding: stderr, as: UTF8.self))
    }
}
