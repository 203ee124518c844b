import Foundation

/// Reads an input file for ingest, refusing one larger than a document may be before
/// reading a byte of it.
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
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size > maximumSize {
            throw IngestFailure(input: path, reason: "file of \(size) bytes exceeds the \(describe(maximumSize)) limit for one document; not read")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw IngestFailure(input: path, reason: "cannot read file")
        }
        // A file that grew between the check and the read (or reports no size, like a pipe).
        if data.count > maximumSize {
            throw IngestFailure(input: path, reason: "file of \(data.count) bytes exceeds the \(describe(maximumSize)) limit for one document")
        }
        return [UInt8](data)
    }

    private static func describe(_ bytes: Int) -> String {
        bytes % (1 << 20) == 0 ? "\(bytes >> 20) MiB" : "\(bytes)-byte"
    }
}
