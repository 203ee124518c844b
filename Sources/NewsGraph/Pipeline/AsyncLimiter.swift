/// A counting semaphore for tasks: at most `limit` holders at once, the rest wait in order.
actor AsyncLimiter {
    private var available: Int
    private var waiting: [CheckedContinuation<Void, Never>] = []
    private var whenIdle: (@Sendable () -> Void)?

    let limit: Int

    init(limit: Int) {
        self.limit = max(1, limit)
        available = self.limit
    }

    func acquire() async {
        if available > 0 {
            available -= 1
            return
        }
        await withCheckedContinuation { waiting.append($0) }
    }

    /// No holder and no one waiting.
    var isIdle: Bool { waiting.isEmpty && available == limit }

    /// `action` runs each time the last holder gives its slot back with no one waiting.
    func onIdle(_ action: @escaping @Sendable () -> Void) {
        whenIdle = action
    }

    func release() {
        if waiting.isEmpty {
            available += 1
            if available == limit { whenIdle?() }
        } else {
            waiting.removeFirst().resume()
        }
    }

    /// Runs `body` while holding a slot.
    func with<T: Sendable>(_ body: @Sendable () async throws -> T) async rethrows -> T {
        await acquire()
        defer { release() }
        return try await body()
    }
}
