/// One numbered schema migration, generated from `schema/NNN_name.sql`.
///
/// The list lives in `Migrations+Generated.swift` (run `scripts/gen-migrations` after
/// editing schema/), so an installed binary carries its schema with it. After applying a
/// migration the store sets `PRAGMA user_version` to its ``version``.
public struct Migration: Sendable, Hashable {
    public var version: Int
    public var name: String
    public var sql: String

    public init(version: Int, name: String, sql: String) {
        self.version = version
        self.name = name
        self.sql = sql
    }

    /// The schema version this build writes: the last migration's number.
    public static var latestVersion: Int { all.last?.version ?? 0 }
}
