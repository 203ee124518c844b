import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Owns stderr: log lines and, on a terminal, one progress line kept at the bottom.
///
/// `@unchecked Sendable`: the pipeline reports from many tasks; `lock` serialises writes so
/// a log line never lands in the middle of the progress bar.
final class TerminalOutput: @unchecked Sendable {
    static let shared = TerminalOutput()

    /// True when stderr is a terminal: then progress is a bar redrawn in place.
    let isTerminal = isatty(STDERR_FILENO) == 1
    private let lock = NSLock()
    private var status: String?

    /// Writes a line above the progress bar.
    func writeLine(_ line: String) {
        lock.withLock {
            var text = ""
            if isTerminal, status != nil { text += "\r\u{1B}[K" }
            text += line + "\n"
            if isTerminal, let status { text += status }
            FileHandle.standardError.write(Data(text.utf8))
        }
    }

    /// Replaces the progress line (terminal only).
    func setStatus(_ line: String?) {
        guard isTerminal else { return }
        lock.withLock {
            status = line
            FileHandle.standardError.write(Data(("\r\u{1B}[K" + (line ?? "")).utf8))
        }
    }
}
