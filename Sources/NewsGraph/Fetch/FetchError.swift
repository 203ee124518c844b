import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// A download failed; names the URL and why.
public struct FetchError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Reason: Sendable, Hashable {
        case invalidURL
        /// Only http and https are fetched.
        case unsupportedScheme(String)
        /// The host name did not resolve.
        case dns(host: String)
        /// Nothing listens at the host and port.
        case connectionRefused
        /// The server answered with an error status (4xx, 5xx) or a 3xx without Location.
        case status(Int)
        /// No answer within the given seconds.
        case timeout(seconds: TimeInterval)
        /// The body exceeded the size cap (bytes).
        case tooLarge(limit: Int)
        /// A redirect led back to a URL already visited.
        case redirectLoop([String])
        case tooManyRedirects(Int)
        /// Any other transport failure, with the system's message.
        case network(String)
    }

    public var url: String
    public var reason: Reason

    public init(url: String, reason: Reason) {
        self.url = url
        self.reason = reason
    }

    public var description: String {
        let why: String
        switch reason {
        case .invalidURL: why = "not a valid URL"
        case .unsupportedScheme(let scheme): why = "unsupported scheme \(scheme)"
        case .dns(let host): why = "DNS lookup failed for \(host)"
        case .connectionRefused: why = "connection refused"
        case .status(let code): why = "HTTP \(code) (\(HTTPURLResponse.localizedString(forStatusCode: code)))"
        case .timeout(let seconds): why = "timed out after \(Self.format(seconds)) s"
        case .tooLarge(let limit): why = "response larger than \(limit) bytes"
        case .redirectLoop(let chain): why = "redirect loop: \(chain.joined(separator: " -> "))"
        case .tooManyRedirects(let count): why = "more than \(count) redirects"
        case .network(let message): why = message
        }
        return "\(url): \(why)"
    }

    private static func format(_ seconds: TimeInterval) -> String {
        seconds == seconds.rounded() ? String(Int(seconds)) : String(format: "%.1f", seconds)
    }
}
