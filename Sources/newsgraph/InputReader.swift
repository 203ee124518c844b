import Foundation
import NewsGraph

/// Reads a command's input file, or standard input for "-".
enum InputReader {
    struct Failure: Error, CustomStringConvertible {
        var path: String
        var reason: String
        var description: String { "\(path): \(reason)" }
    }

    static func read(_ path: String) throws(Failure) -> [UInt8] {
        if path == "-" {
            do { return try LocalFile.readStandardInput() } catch { throw Failure(path: path, reason: error.reason) }
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw Failure(path: path, reason: "no such file")
        }
        if isDirectory.boolValue { throw Failure(path: path, reason: "is a directory") }
        do { try LocalFile.checkSize(path) } catch { throw Failure(path: path, reason: error.reason) }
        guard let file = fopen(path, "rb") else { throw Failure(path: path, reason: "cannot be read") }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var chunkSize = 1 << 16
        if fseek(file, 0, SEEK_END) == 0 {
            let size = ftell(file)
            rewind(file)
            if size > 0 { chunkSize = min(size, 256 << 20) + 1 }
        }
        while true {
            let start = bytes.count
            bytes.append(contentsOf: repeatElement(0, count: chunkSize))
            let count = bytes.withUnsafeMutableBufferPointer { fread($0.baseAddress! + start, 1, chunkSize, file) }
            bytes.removeLast(chunkSize - count)
            if count < chunkSize {
                if ferror(file) != 0 { throw Failure(path: path, reason: "cannot be read") }
                return bytes
            }
        }
    }
}
