#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Where exported bytes go. Writers call it with large chunks only (see ``ExportOutput``),
/// so a conformer can be a plain system call.
public protocol ExportSink {
    /// Writes every byte of `bytes`, or throws ``ExportError/writeFailed(destination:errno:reason:)``.
    func write(_ bytes: UnsafeRawBufferPointer) throws
}

/// Collects the output in memory; for tests and small graphs.
///
/// ```swift
/// let memory = MemorySink()
/// var writer = DOTWriter(to: memory)
/// try writer.write(nodes: nodes, edges: edges)
/// print(memory.string)
/// ```
public final class MemorySink: ExportSink {
    public private(set) var bytes: [UInt8] = []

    public init() {}

    public func write(_ bytes: UnsafeRawBufferPointer) throws {
        self.bytes.append(contentsOf: bytes)
    }

    /// The output decoded as UTF-8 (writers only ever produce valid UTF-8).
    public var string: String { String(decoding: bytes, as: UTF8.self) }
}

/// Writes to a file descriptor with `write(2)`: standard output, or a file it created and owns.
public final class FileSink: ExportSink {
    private let descriptor: Int32
    private let owned: Bool
    /// Shown in error messages: the path, or "standard output".
    public let name: String

    /// Standard output; not closed by the sink.
    public static func standardOutput() -> FileSink {
        FileSink(descriptor: STDOUT_FILENO, owned: false, name: "standard output")
    }

    /// Wraps a `FileHandle` without taking ownership of it.
    public convenience init(_ handle: FileHandle, name: String) {
        self.init(descriptor: handle.fileDescriptor, owned: false, name: name)
    }

    /// Creates (or truncates) the file at `path`; it is closed when the sink goes away.
    public convenience init(creating path: String) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            throw ExportError.cannotCreate(path: path, reason: String(cString: strerror(errno)))
        }
        self.init(descriptor: fd, owned: true, name: path)
    }

    fileprivate init(descriptor: Int32, owned: Bool, name: String) {
        self.descriptor = descriptor
        self.owned = owned
        self.name = name
    }

    deinit {
        if owned { close(descriptor) }
    }

    public func write(_ bytes: UnsafeRawBufferPointer) throws {
        guard var base = bytes.baseAddress else { return }
        var remaining = bytes.count
        while remaining > 0 {
            #if canImport(Glibc)
            let written = Glibc.write(descriptor, base, remaining)
            #else
            let written = Darwin.write(descriptor, base, remaining)
            #endif
            if written < 0 {
                let code = errno
                if code == EINTR { continue }
                throw ExportError.writeFailed(destination: name, errno: code, reason: String(cString: strerror(code)))
            }
            remaining -= written
            base += written
        }
    }
}

extension FileSink {
    /// Standard error; not closed by the sink.
    public static func standardError() -> FileSink {
        FileSink(descriptor: STDERR_FILENO, owned: false, name: "standard error")
    }

    /// Writes `text` unbuffered, ignoring failures (for messages on standard error).
    public func writeString(_ text: String) {
        var text = text
        text.withUTF8 { try? write(UnsafeRawBufferPointer($0)) }
    }
}
