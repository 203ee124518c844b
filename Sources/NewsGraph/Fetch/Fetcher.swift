import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Synchronization

/// Downloads feeds and pages over HTTP(S), politely and within limits.
///
/// Redirects are followed by the fetcher itself (at most ``FetchPolicy/maxRedirects``, a
/// repeated URL is a loop), bodies are decompressed (gzip, deflate) and capped, at most
/// ``FetchPolicy/perHostConnections`` requests talk to one host at a time, and the
/// validators of an earlier fetch turn it into a conditional GET.
///
/// ```swift
/// let fetcher = Fetcher()
/// switch try await fetcher.fetch("https://example.org/feed.xml", etag: savedETag) {
/// case .fetched(let resource): print(resource.body.count, resource.contentType ?? "?")
/// case .notModified: print("unchanged")
/// }
/// ```
public final class Fetcher: Sendable {
    public let policy: FetchPolicy
    /// Made on the first fetch: an ingest of local files never needs one, and making one
    /// costs milliseconds (Foundation sets up cookie storage, which looks up the main bundle).
    private let lazySession = Mutex<URLSession?>(nil)
    private let delegate: FetchSessionDelegate
    private let limiter: HostLimiter

    public init(policy: FetchPolicy = FetchPolicy()) {
        self.policy = policy
        delegate = FetchSessionDelegate()
        limiter = HostLimiter(limit: policy.perHostConnections)
    }

    deinit { lazySession.withLock { $0?.invalidateAndCancel() } }

    /// Whether the session has been made (for tests).
    var hasSession: Bool { lazySession.withLock { $0 != nil } }

    /// The session, made on first use.
    private var session: URLSession {
        lazySession.withLock { session in
            if let session { return session }
            let configuration = URLSessionConfiguration.ephemeral
            configuration.httpShouldSetCookies = false
            configuration.urlCache = nil
            configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
            configuration.httpMaximumConnectionsPerHost = max(1, policy.perHostConnections)
            configuration.timeoutIntervalForRequest = policy.connectTimeout
            configuration.timeoutIntervalForResource = policy.totalTimeout
            let made = URLSession(configuration: configuration, delegate: delegate, delegateQueue: nil)
            session = made
            return made
        }
    }

    /// Fetches `url`, sending `etag` and `lastModified` as `If-None-Match` and
    /// `If-Modified-Since` when given.
    /// - Throws: ``FetchError`` naming the URL and the reason.
    public func fetch(_ url: String, etag: String? = nil, lastModified: String? = nil) async throws(FetchError) -> FetchResult {
        guard var current = URL(string: url), let scheme = current.scheme?.lowercased(), current.host != nil else {
            throw FetchError(url: url, reason: .invalidURL)
        }
        guard scheme == "http" || scheme == "https" else { throw FetchError(url: url, reason: .unsupportedScheme(scheme)) }
        let deadline = Date().addingTimeInterval(policy.totalTimeout)
        var chain = [current.absoluteString]
        for _ in 0...policy.maxRedirects {
            let response = try await hop(current, etag: etag, lastModified: lastModified, deadline: deadline, originalURL: url)
            switch response.status {
            case 304:
                return .notModified(url: url, finalURL: current.absoluteString)
            case 300..<400:
                guard let location = response.header("Location"),
                      let next = URL(string: location.trimmingCharacters(in: .whitespaces), relativeTo: current)?.absoluteURL else {
                    throw FetchError(url: url, reason: .status(response.status))
                }
                guard let nextScheme = next.scheme?.lowercased(), nextScheme == "http" || nextScheme == "https" else {
                    throw FetchError(url: url, reason: .unsupportedScheme(next.scheme ?? ""))
                }
                if chain.contains(next.absoluteString) {
                    throw FetchError(url: url, reason: .redirectLoop(chain + [next.absoluteString]))
                }
                chain.append(next.absoluteString)
                current = next
            case 200..<300:
                return .fetched(FetchedResource(url: url, finalURL: current.absoluteString, status: response.status,
                                                contentType: response.header("Content-Type"), etag: response.header("ETag"),
                                                lastModified: response.header("Last-Modified"), body: response.body))
            default:
                throw FetchError(url: url, reason: .status(response.status))
            }
        }
        throw FetchError(url: url, reason: .tooManyRedirects(policy.maxRedirects))
    }

    /// One request, without following redirects, within the host's connection limit.
    private func hop(_ target: URL, etag: String?, lastModified: String?, deadline: Date, originalURL: String) async throws(FetchError) -> HopResponse {
        let host = target.host?.lowercased() ?? ""
        let remaining = deadline.timeIntervalSinceNow
        guard remaining > 0 else { throw FetchError(url: originalURL, reason: .timeout(seconds: policy.totalTimeout)) }
        var request = URLRequest(url: target, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: min(policy.connectTimeout, remaining))
        request.setValue(policy.userAgent, forHTTPHeaderField: "User-Agent")
        request.setValue("application/rss+xml, application/atom+xml, application/xml;q=0.9, text/html;q=0.9, */*;q=0.5",
                         forHTTPHeaderField: "Accept")
        if let etag { request.setValue(etag, forHTTPHeaderField: "If-None-Match") }
        if let lastModified { request.setValue(lastModified, forHTTPHeaderField: "If-Modified-Since") }

        await limiter.acquire(host)
        let task = session.dataTask(with: request)
        let delegate = self.delegate
        let maxBytes = policy.maxBytes
        let timer = DispatchWorkItem { [delegate] in delegate.expire(task) }
        let result: Result<HopResponse, any Error>
        do {
            let response = try await withTaskCancellationHandler {
                try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<HopResponse, any Error>) in
                    delegate.register(task, maxBytes: maxBytes, continuation: continuation)
                    DispatchQueue.global().asyncAfter(deadline: .now() + remaining, execute: timer)
                    task.resume()
                }
            } onCancel: {
                task.cancel()
            }
            result = .success(response)
        } catch {
            result = .failure(error)
        }
        timer.cancel()
        await limiter.release(host)
        switch result {
        case .success(let response): return response
        case .failure(let error): throw map(error, url: originalURL, host: host)
        }
    }

    private func map(_ error: any Error, url: String, host: String) -> FetchError {
        switch error as? HopFailure {
        case .tooLarge: return FetchError(url: url, reason: .tooLarge(limit: policy.maxBytes))
        case .deadline: return FetchError(url: url, reason: .timeout(seconds: policy.totalTimeout))
        case .other(let message): return FetchError(url: url, reason: .network(message))
        case .transport(let urlError):
            switch urlError.code {
            case .cannotFindHost, .dnsLookupFailed: return FetchError(url: url, reason: .dns(host: host))
            case .cannotConnectToHost: return FetchError(url: url, reason: .connectionRefused)
            case .timedOut: return FetchError(url: url, reason: .timeout(seconds: policy.connectTimeout))
            case .cancelled: return FetchError(url: url, reason: .network("cancelled"))
            default: return FetchError(url: url, reason: .network(urlError.localizedDescription))
            }
        case nil:
            return FetchError(url: url, reason: .network("\(error)"))
        }
    }
}
