import Foundation
import Logging
import NewsGraph

/// Turns pipeline events into what the user sees on stderr: on a terminal a bar
/// (`[#####-----] 12/181  8.3/s  example.org`), otherwise one plain line per article;
/// failures and fallbacks always, as errors and warnings.
///
/// `@unchecked Sendable`: events arrive from concurrent tasks; `lock` guards the counters.
final class IngestProgress: @unchecked Sendable {
    private let logger: Logger
    private let showBar: Bool
    private let started = Date()
    private let lock = NSLock()
    private var total = 0
    private var done = 0
    private var current = ""

    init(logger: Logger, quiet: Bool) {
        self.logger = logger
        showBar = TerminalOutput.shared.isTerminal && !quiet
    }

    func handle(_ event: IngestEvent) {
        let (done, total) = lock.withLock { () -> (Int, Int) in
            switch event {
            case .discovered(let count): self.total += count
            case .feed: self.done += 1  // the feed itself; its entries were discovered separately
            case .notModified, .article, .failed: self.done += 1
            case .fallback: break
            }
            if case .article(let url, let source, _) = event { current = Self.host(source ?? url) }
            return (self.done, self.total)
        }
        switch event {
        case .feed(let url, let title, let entries):
            logger.info("feed \(url)\(title.map { " “\($0)”" } ?? ""): \(entries) entries")
        case .notModified(let url):
            logger.info("feed \(url): not modified since the last run")
        case .article(let url, _, let outcome):
            if showBar { logger.debug("\(outcome.rawValue) \(url)") } else { logger.info("[\(done)/\(total)] \(outcome.rawValue) \(url)") }
        case .fallback(let url, let reason):
            logger.warning("\(url): \(reason)")
        case .failed(let failure):
            logger.error("\(failure.description)")
        case .discovered:
            break
        }
        if showBar { TerminalOutput.shared.setStatus(bar(done: done, total: total)) }
    }

    func finish() {
        if showBar { TerminalOutput.shared.setStatus(nil) }
    }

    var elapsed: TimeInterval { Date().timeIntervalSince(started) }

    private func bar(done: Int, total: Int) -> String {
        let width = 24
        let filled = total > 0 ? min(width, done * width / total) : 0
        let rate = Double(done) / max(elapsed, 0.001)
        let source = lock.withLock { current }
        return "[" + String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled) + "] "
            + "\(done)/\(total)  " + String(format: "%.1f/s", rate) + "  " + source
    }

    static func host(_ url: String) -> String {
        URL(string: url)?.host ?? URL(fileURLWithPath: url).deletingLastPathComponent().lastPathComponent
    }
}
