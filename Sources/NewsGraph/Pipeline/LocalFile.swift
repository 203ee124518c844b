import Foundation

/// Reads an input file (or standard input) for ingest, refusing one larger than a document
/// may be before reading a byte of it (or, for standard input, as soon as it passes the limit).
///
/// Over HTTP the fetcher stops at ``FetchPolicy/maxBytes``; a local file has no such guard,
/// and the parsers' own limit (``XMLDocument/defaultMaximumSize``, 64 MiB) only applies once
/// the file has been read, decoded and copied — several hundred MB of memory for a 100 MB
/// file that is then refused anyway. Checking the size first keeps memory bounded and gives
/// the same limit from the start.
///
/// ```swift
/// let bytes = try LocalFile.read("/tmp/page.html")   // or IngestFailure "file of … exceeds …"
/// ```
public enum LocalFile {
    /// The largest file read: the largest document the parsers accept.
    public static let maximumSize = XMLDocument.defaultMaximumSize

    /// The file's bytes.
    /// - Throws: ``IngestFailure`` naming the path when the file is missing, unreadable or too large.
    public static func read(_ path: String, maximumSize: Int = LocalFile.maximumSize) throws(IngestFailure) -> [UInt8] {
        try checkSize(path, maximumSize: maximumSize)
        guard let data = FileManager.default.contents(atPath: path) else {
            throw IngestFailure(input: path, reason: "cannot read file")
        }
        // A file that grew between the check and the read (or reports no size, like a pipe).
        if data.count > maximumSize {
            throw IngestFailure(input: path, reason: "file of \(data.count) bytes exceeds the \(describe(maximumSize)) limit for one document")
        }
        return [UInt8](data)
    }

    /// Refuses a file larger than `maximumSize` without reading it; a file whose size cannot
    /// be read passes (reading it then says what is wrong).
    /// - Throws: ``IngestFailure`` naming the path and both sizes.
    public static func checkSize(_ path: String, maximumSize: Int = LocalFile.maximumSize) throws(IngestFailure) {
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size > maximumSize {
            throw IngestFailure(input: path, reason: "file of \(size) bytes exceeds the \(describe(maximumSize)) limit for one document; not read")
        }
    }

    /// Standard input, read in chunks until its end or until it passes `maximumSize`.
    ///
    /// A pipe has no size to check first; reading it whole (as `readDataToEndOfFile` does)
    /// would hold any amount before the parsers refused it.
    /// - Throws: ``IngestFailure`` for "-" when the input is too large or cannot be read.
    public static func readStandardInput(maximumSize: Int = LocalFile.maximumSize,
                                         from handle: FileHandle = .standardInput) throws(IngestFailure) -> [UInt8] {
        var bytes: [UInt8] = []
        while true {
            let chunk: Data?
            do {
                chunk = try handle.read(upToCount: 1 << 20)
            } catch {
                throw IngestFailure(input: "-", reason: "cannot read standard input: \(error.localizedDescription)")
            }
            guard let chunk, !chunk.isEmpty else { return bytes }
            bytes.append(contentsOf: chunk)
            if bytes.count > maximumSize {
                throw IngestFailure(input: "-", reason: "standard input exceeds the \(describe(maximumSize)) limit for one document; stopped reading")
            }
        }
    }

    private static func describe(_ bytes: Int) -> String {
        bytes % (1 << 20) == 0 ? "\(bytes >> 20) MiB" : "\(bytes)-byte"
    }
}
