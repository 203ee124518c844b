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
        // POSIX calls straight into the array: `FileManager.contents` went through `Data` (a
        // copy) and `attributesOfItem` looked up the owner's user and group names per file.
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw IngestFailure(input: path, reason: "cannot read file") }
        defer { close(descriptor) }
        var info = stat()
        let size = fstat(descriptor, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG ? Int(info.st_size) : 0
        if size > maximumSize { throw tooLarge(path, size: size, limit: maximumSize, notRead: true) }
        // One byte more than the size shows a file that grew since (or a pipe, sized 0).
        var failed = false
        var bytes = [UInt8](unsafeUninitializedCapacity: size + 1) { buffer, count in
            failed = !fill(buffer, count: &count, from: descriptor)
        }
        // Only a file that grew or reported no size (a pipe, /proc) goes on in chunks.
        var chunk: [UInt8] = []
        while !failed && bytes.count > size {
            if chunk.isEmpty { chunk = [UInt8](repeating: 0, count: 1 << 16) }
            if bytes.count > maximumSize { throw tooLarge(path, size: bytes.count, limit: maximumSize, notRead: false) }
            var read = 0
            chunk.withUnsafeMutableBufferPointer { buffer in failed = !fill(buffer, count: &read, from: descriptor) }
            if read == 0 { break }
            bytes.append(contentsOf: chunk[..<read])
        }
        if failed { throw IngestFailure(input: path, reason: "cannot read file") }
        if bytes.count > maximumSize { throw tooLarge(path, size: bytes.count, limit: maximumSize, notRead: false) }
        return bytes
    }

    /// Reads into `buffer` from `count` on until it is full or the file ends; false on a read
    /// error (a directory, an I/O error).
    private static func fill(_ buffer: UnsafeMutableBufferPointer<UInt8>, count: inout Int, from descriptor: Int32) -> Bool {
        guard let base = buffer.baseAddress else { return true }
        while count < buffer.count {
            let n = Foundation.read(descriptor, base + count, buffer.count - count)
            if n < 0 {
                if errno == EINTR { continue }
                return false
            }
            if n == 0 { break }
            count += n
        }
        return true
    }

    /// Refuses a file larger than `maximumSize` without reading it; a file whose size cannot
    /// be read passes (reading it then says what is wrong).
    /// - Throws: ``IngestFailure`` naming the path and both sizes.
    public static func checkSize(_ path: String, maximumSize: Int = LocalFile.maximumSize) throws(IngestFailure) {
        var info = stat()
        if stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, Int(info.st_size) > maximumSize {
            throw tooLarge(path, size: Int(info.st_size), limit: maximumSize, notRead: true)
        }
    }

    /// `notRead`: refused on its size alone; otherwise it grew past the limit while being read.
    private static func tooLarge(_ path: String, size: Int, limit: Int, notRead: Bool) -> IngestFailure {
        IngestFailure(input: path, reason: notRead
            ? "file of \(size) bytes exceeds the \(describe(limit)) limit for one document; not read"
            : "file grew past the \(describe(limit)) limit for one document while being read")
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
