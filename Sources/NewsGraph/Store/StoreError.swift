/// A store operation failed; names the database and the reason.
public struct StoreError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Reason: Sendable, Hashable {
        /// The file is missing, unreadable or not a SQLite database.
        case cannotOpen(String)
        /// The database was written by a newer newsgraph.
        case newerSchema(found: Int, supported: Int)
        /// A migration failed to apply.
        case migrationFailed(version: Int, message: String)
        /// A read or write failed (disk full, locked beyond the busy timeout, …).
        case database(String)
    }

    /// The database's path.
    public var path: String
    public var reason: Reason

    public init(path: String, reason: Reason) {
        self.path = path
        self.reason = reason
    }

    public var description: String {
        switch reason {
        case .cannotOpen(let message):
            return "\(path): cannot open database: \(message)"
        case .newerSchema(let found, let supported):
            return "\(path): database schema version \(found) is newer than this newsgraph supports (\(supported)); use a newer newsgraph or another --db"
        case .migrationFailed(let version, let message):
            return "\(path): migration \(version) failed: \(message)"
        case .database(let message):
            return "\(path): \(message)"
        }
    }
}
