import Foundation

/// Reads a command's input file, or standard input for "-".
enum InputReader {
    struct Failure: Error, CustomStringConvertible {
        var path: String
        var reason: String
        var description: String { "\(path): \(reason)" }
    }

    static func read(_ path: String) throws(Failure) -> [UInt8] {
        if path == "-" {
            return Array(FileHandle.standardInput.readDataToEndOfFile())
        }
        guard FileManager.default.fileExists(atPath: path) else { throw Failure(path: path, reason: "no such file") }
        guard let data = FileManager.default.contents(atPath: path) else { throw Failure(path: path, reason: "cannot be read") }
        return Array(data)
    }
}
