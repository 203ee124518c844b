import Foundation
import GRDB

/// Read-only questions to the stored graph: find an entity, its neighbors, paths, statistics,
/// and the selection of the graph an export writes. Every call is one read transaction, so
/// it sees a consistent graph while ingest keeps writing (WAL).
///
/// ```swift
/// let query = try GraphQuery(path: "newsgraph.sqlite")
/// let putin = try query.entity(named: "putin")           // case and accents do not matter
/// let result = try query.neighbors(of: putin, NeighborFilter(limit: 10))
/// ```
public struct GraphQuery: Sendable {
    public let store: SQLiteGraphStore

    public init(store: SQLiteGraphStore) {
        self.store = store
    }

    /// Opens an existing database; unlike ``SQLiteGraphStore/init(path:busyTimeout:)`` it never
    /// creates one, so a mistyped `--db` fails instead of answering from an empty graph.
    public init(path: String) throws {
        guard FileManager.default.fileExists(atPath: path) else { throw QueryError.noDatabase(path: path) }
        self.init(store: try SQLiteGraphStore(path: path))
    }

    /// Runs `body` in one read transaction, turning database errors into ``StoreError``.
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try store.pool.read(body)
        } catch let error as QueryError {
            throw error
        } catch let error as ExportError {
            throw error
        } catch let error as DatabaseError {
            throw StoreError(path: store.path, reason: .database(error.message ?? error.description))
        }
    }

    static let summaryColumns = "e.id, e.name, e.kind, e.iso_code, e.mention_count, e.article_count"

    static func summary(_ row: Row) -> EntitySummary {
        EntitySummary(id: row["id"], name: row["name"], kind: EntityKind(rawValue: row["kind"]) ?? .misc,
                      isoCode: row["iso_code"], mentions: row["mention_count"], articles: row["article_count"])
    }
}
