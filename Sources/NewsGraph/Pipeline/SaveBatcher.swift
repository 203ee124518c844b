import Foundation

/// Gathers analysed articles and hands them to the store in batches, so one transaction
/// commits many articles: each index page they share is then written to the log once per
/// batch instead of once per article, which was most of the store's cost.
///
/// ``submit(_:then:)`` returns at once (the worker goes on to the next article) unless two
/// batches' worth are already waiting. A batch is written when it is full, when its first
/// article has waited ``maximumWait`` (a slow server must not hold finished articles back),
/// or on ``flush()``; each article's completion runs once its batch is committed, in the
/// order the articles were submitted. Whatever must follow an article's commit (a feed's
/// validators, the end of the run) waits for ``flush()``.
actor SaveBatcher {
    typealias Completion = @Sendable (Result<SaveOutcome, any Error>) async -> Void

    private let store: any GraphStore
    let batchSize: Int
    let maximumWait: Duration
    private var pending: [(item: PendingArticle, done: Completion)] = []
    private var writing: Task<Void, Never>?
    private var overdue = false
    private var timer: Task<Void, Never>?

    init(store: any GraphStore, batchSize: Int, maximumWait: Duration = .seconds(1)) {
        self.store = store
        self.batchSize = max(1, batchSize)
        self.maximumWait = maximumWait
    }

    /// Queues `item` for the next batch; `done` gets its outcome once that batch is committed.
    func submit(_ item: PendingArticle, then done: @escaping Completion) async {
        pending.append((item, done))
        if pending.count == 1 { startTimer() }
        if pending.count >= batchSize { startWrite() }
        // Bounded memory: a worker faster than the disk waits for the write in progress.
        while pending.count >= 2 * batchSize, let current = writing { await current.value }
    }

    /// Writes everything queued and returns once it is committed and every completion has run.
    func flush() async {
        while true {
            if writing == nil { startWrite() }
            guard let current = writing else { return }
            await current.value
        }
    }

    private func startTimer() {
        timer?.cancel()
        let wait = maximumWait
        timer = Task { [weak self] in
            do { try await Task.sleep(for: wait) } catch { return }
            await self?.timerFired()
        }
    }

    private func timerFired() {
        timer = nil
        overdue = true
        startWrite()
    }

    /// Starts writing what is queued, unless a write is in progress (its end starts the next).
    private func startWrite() {
        guard writing == nil, !pending.isEmpty else { return }
        let batch = pending
        pending.removeAll(keepingCapacity: true)
        overdue = false
        timer?.cancel()
        timer = nil
        let store = self.store
        // Its own task: a write must not be cancelled with whichever task asked for it.
        writing = Task {
            let results = await store.save(batch.map(\.item))
            for (index, entry) in batch.enumerated() {
                await entry.done(index < results.count
                                 ? results[index]
                                 : .failure(IngestFailure(input: entry.item.article.url, reason: "the store returned no result for it")))
            }
            self.writeFinished()
        }
    }

    private func writeFinished() {
        writing = nil
        if pending.count >= batchSize || overdue { startWrite() }
    }
}
