import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// What one HTTP exchange (one hop of a redirect chain) returned.
struct HopResponse: Sendable {
    var status: Int
    var headers: [String: String]
    var body: [UInt8]

    func header(_ name: String) -> String? {
        headers.first { $0.key.caseInsensitiveCompare(name) == .orderedSame }?.value
    }
}

/// Why a hop ended without a response.
enum HopFailure: Error {
    case tooLarge
    case deadline
    case transport(URLError)
    case other(String)
}

/// The URLSession delegate shared by all of a ``Fetcher``'s requests: it keeps redirects
/// for the fetcher to follow (so it can bound them and see loops), enforces the size cap
/// while bytes arrive, and resumes each request's continuation when it ends.
///
/// `@unchecked Sendable`: URLSession calls it on its own queue while fetches register and
/// time out from other threads; every access to `tasks` holds `lock`.
final class FetchSessionDelegate: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    private struct TaskState {
        var continuation: CheckedContinuation<HopResponse, any Error>
        var maxBytes: Int
        var response: HTTPURLResponse?
        var body: [UInt8] = []
        var failure: HopFailure?
    }

    private let lock = NSLock()
    private var tasks: [Int: TaskState] = [:]

    func register(_ task: URLSessionTask, maxBytes: Int, continuation: CheckedContinuation<HopResponse, any Error>) {
        lock.withLock { tasks[task.taskIdentifier] = TaskState(continuation: continuation, maxBytes: maxBytes) }
    }

    /// Ends a request that ran past its deadline.
    func expire(_ task: URLSessionTask) {
        let found = lock.withLock { () -> Bool in
            guard tasks[task.taskIdentifier] != nil else { return false }
            tasks[task.taskIdentifier]?.failure = .deadline
            return true
        }
        if found { task.cancel() }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
                    newRequest request: URLRequest, completionHandler: @escaping @Sendable (URLRequest?) -> Void) {
        // nil: deliver the 3xx itself; the fetcher follows it with its own bookkeeping.
        completionHandler(nil)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
                    completionHandler: @escaping @Sendable (URLSession.ResponseDisposition) -> Void) {
        let allow = lock.withLock { () -> Bool in
            guard var state = tasks[dataTask.taskIdentifier] else { return false }
            state.response = response as? HTTPURLResponse
            let length = response.expectedContentLength
            // Content-Length describes the encoded body; a gzip body may still fit once decoded,
            // so only lengths past the cap even when compressed are refused up front.
            if length > 0, length > Int64(state.maxBytes), state.response?.value(forHTTPHeaderField: "Content-Encoding") == nil {
                state.failure = .tooLarge
            }
            tasks[dataTask.taskIdentifier] = state
            return state.failure == nil
        }
        completionHandler(allow ? .allow : .cancel)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        let id = dataTask.taskIdentifier
        let overflow = lock.withLock { () -> Bool in
            guard let state = tasks[id], state.failure == nil else { return false }
            if state.body.count + data.count > state.maxBytes {
                tasks[id]?.failure = .tooLarge
                tasks[id]?.body = []
                return true
            }
            // Appended in place: a copy of the state held here would make the dictionary's
            // body a second reference, and every chunk would copy the whole body so far
            // (quadratic: seconds for a 10 MiB download).
            _ = consume state
            tasks[id]?.body.append(contentsOf: data)
            return false
        }
        if overflow { dataTask.cancel() }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: (any Error)?) {
        guard let state = lock.withLock({ tasks.removeValue(forKey: task.taskIdentifier) }) else { return }
        if let failure = state.failure {
            state.continuation.resume(throwing: failure)
        } else if let error {
            if let urlError = error as? URLError {
                state.continuation.resume(throwing: HopFailure.transport(urlError))
            } else {
                state.continuation.resume(throwing: HopFailure.other(error.localizedDescription))
            }
        } else if let response = state.response {
            var headers: [String: String] = [:]
            for (key, value) in response.allHeaderFields {
                if let key = key as? String, let value = value as? String { headers[key] = value }
            }
            state.continuation.resume(returning: HopResponse(status: response.statusCode, headers: headers, body: state.body))
        } else {
            state.continuation.resume(throwing: HopFailure.other("no HTTP response"))
        }
    }
}
