import Foundation

/// Reads a command's input: a file path, or `-` for standard input.
enum InputFile {
    /// The bytes of `path` (or of standard input for `-`).
    ///
    /// - Throws: ``ExtractError`` naming the path when it cannot be read.
    static func read(_ path: String) throws -> [UInt8] {
        if path == "-" { return Array(FileHandle.standardInput.readDataToEndOfFile()) }
        guard let data = FileManager.default.contents(atPath: path) else {
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
            throw ExtractError("\(path): \(exists ? (isDirectory.boolValue ? "is a directory" : "cannot be read") : "no such file")")
        }
        return Array(data)
    }
}
