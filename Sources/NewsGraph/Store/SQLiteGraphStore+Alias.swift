import Foundation
import GRDB

/// `newsgraph alias NAME CANONICAL`: a name users decide belongs to an entity.
extension SQLiteGraphStore {
    /// Makes `alias` a user alias of entity `target`, in one transaction.
    ///
    /// When `alias` is the name of another entity of the target's kind, that entity is
    /// merged into the target (``mergeEntity(_:into:)``). Other entities of that kind that
    /// had `alias` as a user alias lose it (the later decision wins); their observed counts
    /// stay. Later articles naming `alias` with the target's kind join the target.
    /// Applying the same alias twice changes nothing the second time
    /// (``AliasOutcome/changed`` is false, and no correction is recorded).
    ///
    /// ```swift
    /// let outcome = try await store.addUserAlias("Vlad Putin", to: putinID)
    /// ```
    /// - Throws: ``CurationError/emptyName(_:)``, ``CurationError/entityGone(id:)``, ``StoreError``.
    public func addUserAlias(_ alias: String, to target: Int64) async throws -> AliasOutcome {
        let alias = alias.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !EntityKey.fold(alias).isEmpty else { throw CurationError.emptyName(alias) }
        return try await correct { db in
            let outcome = try Self.addUserAlias(db, alias: alias, to: target)
            if outcome.changed {
                try Self.recordCorrection(db, action: "alias", name: alias, target: outcome.target.name, targetID: target, detail: outcome)
            }
            return outcome
        }
    }

    static func addUserAlias(_ db: Database, alias: String, to target: Int64) throws -> AliasOutcome {
        let entity = try summary(db, id: target)
        let key = EntityKey(kind: entity.kind, name: alias)
        var merged: MergeOutcome?
        if let other = try Int64.fetchOne(db, sql: "SELECT id FROM entities WHERE key = ?", arguments: [key.key]), other != target {
            merged = try mergeEntity(db, source: other, into: target)
        }
        var reassigned: [EntitySummary] = []
        for other in try Int64.fetchAll(db, sql: """
            SELECT a.entity_id FROM aliases a JOIN entities e ON e.id = a.entity_id
            WHERE a.key = ? AND a.origin = 'user' AND e.kind = ? AND a.entity_id != ? ORDER BY a.entity_id
            """, arguments: [key.folded, entity.kind.rawValue, target]) {
            reassigned.append(try summary(db, id: other))
            try db.execute(sql: "UPDATE aliases SET origin = 'observed' WHERE entity_id = ? AND key = ?", arguments: [other, key.folded])
            try db.execute(sql: "DELETE FROM aliases WHERE entity_id = ? AND key = ? AND count = 0", arguments: [other, key.folded])
        }
        // A redirect of this key to another entity (from an earlier merge) yields to the new decision.
        let ownKey = try String.fetchOne(db, sql: "SELECT key FROM entities WHERE id = ?", arguments: [target])
        if ownKey != key.key {
            try db.execute(sql: "DELETE FROM entity_redirects WHERE key = ? AND entity_id != ?", arguments: [key.key, target])
        }
        let added = try addUserAliasRow(db, alias: alias, entity: target)
        var outcome = AliasOutcome(alias: alias, target: try summary(db, id: target), added: added, merged: merged, reassignedFrom: reassigned)
        let otherKeys = EntityKind.allCases.filter { $0 != entity.kind }.map { EntityKey(kind: $0, name: alias).key }
        outcome.otherKinds = try Int64.fetchAll(db, sql: "SELECT id FROM entities WHERE key IN (\(otherKeys.map { _ in "?" }.joined(separator: ","))) ORDER BY id",
                                                arguments: StatementArguments(otherKeys)).map { try summary(db, id: $0) }
        return outcome
    }
}
