import ArgumentParser
import Foundation
import NewsGraph

/// `--timeout` and `--user-agent` for the commands that fetch over HTTP (ingest, extract).
struct FetchOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "Seconds allowed for each download, redirects included.",
        discussion: "A server that accepts the connection and then sends nothing, or sends too slowly, is given up on after this long; the input is reported as failed and the run goes on. Waits for a connection or between two reads stop after at most 10 s.",
        valueName: "seconds"))
    var timeout: Double = FetchPolicy().totalTimeout

    @Option(name: .long, help: ArgumentHelp("The User-Agent header sent with every request.", valueName: "text"))
    var userAgent: String = FetchPolicy.defaultUserAgent

    func validate() throws {
        guard timeout.isFinite, timeout > 0, timeout <= 86_400 else {
            throw ValidationError("--timeout must be a number of seconds above 0 and at most 86400, not \(timeout)")
        }
        if userAgent.isEmpty || userAgent.contains(where: { $0.isNewline }) {
            throw ValidationError("--user-agent must be one non-empty line")
        }
    }

    /// The fetch limits these options give.
    var policy: FetchPolicy {
        var policy = FetchPolicy()
        policy.totalTimeout = timeout
        policy.connectTimeout = min(policy.connectTimeout, timeout)
        policy.userAgent = userAgent
        return policy
    }
}
