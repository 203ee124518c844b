import Foundation

/// Gathers analysed articles and hands them to the store in batches, so one transaction
/// commits many articles: each index page they share is then written to the log once per
/// batch instead of once per article, which was most of the store's cost.
///
/// A batch goes when it is full, when no slot is reading or analysing (nothing more is
/// about to arrive), or when its first article has waited ``maximumWait`` (a slow server
/// must not hold finished articles back). Every caller waits for its own article's
/// outcome, so whatever a caller does next (a feed's validators, the run's end) happens
/// only once the article is committed.
actor SaveBatcher {
    private typealias Waiter = CheckedContinuation<Result<SaveOutcome, any Error>, Never>

    private let store: any GraphStore
    private let slots: AsyncLimiter
    let batchSize: Int
    let maximumWait: Duration
    private var pending: [(item: PendingArticle, waiter: Waiter)] = []
    private var writing = false
    private var overdue = false
    private var timer: Task<Void, Never>?

    /// - Parameter slots: the run's read-and-analyse slots; all free means no article is
    ///   about to arrive.
    init(store: any GraphStore, slots: AsyncLimiter, batchSize: Int, maximumWait: Duration = .seconds(1)) {
        self.store = store
        self.slots = slots
        self.batchSize = max(1, batchSize)
        self.maximumWait = maximumWait
    }

    /// Stores `item` with the next batch and returns its outcome once that batch is committed.
    func save(_ item: PendingArticle) async throws -> SaveOutcome {
        let result = await withCheckedContinuation { (waiter: Waiter) in
            pending.append((item, waiter))
            if pending.count == 1 { startTimer() }
            if pending.count >= batchSize {
                Task { await self.write() }
            } else {
                Task { await self.writeIfIdle() }
            }
        }
        return try result.get()
    }

    /// Called when the last slot is given back.
    func slotsFreed() async {
        await writeIfIdle()
    }

    private func writeIfIdle() async {
        guard !pending.isEmpty, !writing, await slots.isIdle else { return }
        await write()
    }

    private func startTimer() {
        timer?.cancel()
        let wait = maximumWait
        timer = Task { [weak self] in
            do { try await Task.sleep(for: wait) } catch { return }
            await self?.timerFired()
        }
    }

    private func timerFired() async {
        // The write below runs in the timer's task: cancelling it (as taking a batch does)
        // would cancel the write itself.
        timer = nil
        overdue = true
        await write()
    }

    /// Writes everything pending, then again while what arrived meanwhile is due.
    private func write() async {
        guard !writing else { return }
        writing = true
        while !pending.isEmpty {
            let batch = pending
            pending.removeAll(keepingCapacity: true)
            overdue = false
            timer?.cancel()
            timer = nil
            let results = await store.save(batch.map(\.item))
            for (index, entry) in batch.enumerated() {
                entry.waiter.resume(returning: index < results.count
                                    ? results[index]
                                    : .failure(IngestFailure(input: entry.item.article.url, reason: "the store returned no result for it")))
            }
            if pending.isEmpty { break }
            let due = pending.count >= batchSize || overdue
            if !due, await !slots.isIdle { break }
        }
        writing = false
    }
}
