import Foundation

/// User corrections by name: finds the entities a user means with the shared lookup
/// (``GraphQuery/entity(named:)``: name, alias or `#id`; ambiguous and unknown names are
/// errors listing candidates or suggestions) and applies alias, merge and split to the store.
///
/// ```swift
/// let curator = Curator(query: try GraphQuery(path: "newsgraph.sqlite"))
/// try await curator.merge("Putin", into: "Vladimir Putin")
/// try await curator.apply(try AliasFile(contentsOf: "newsgraph.aliases"))
/// ```
public struct Curator: Sendable {
    public let query: GraphQuery

    public init(query: GraphQuery) {
        self.query = query
    }

    /// Makes `name` a user alias of `canonical` (merging `name`'s own entity of the same
    /// kind into it). See ``SQLiteGraphStore/addUserAlias(_:to:)``.
    public func alias(_ name: String, to canonical: String, kind: EntityKind? = nil) async throws -> AliasOutcome {
        let target = try query.entity(named: canonical, kind: kind)
        return try await query.store.addUserAlias(name, to: target.id)
    }

    /// Merges the entity `source` names into the one `target` names.
    /// See ``SQLiteGraphStore/mergeEntity(_:into:)``.
    public func merge(_ source: String, into target: String) async throws -> MergeOutcome {
        let into = try query.entity(named: target)
        let from: EntitySummary
        do {
            from = try query.entity(named: source)
        } catch QueryError.ambiguous(let name, let candidates) {
            // `merge Putin "Vladimir Putin"` when Vladimir Putin is also called "Putin": the
            // entity that goes cannot be the one that stays, so the other candidate is meant.
            let others = candidates.filter { $0.id != into.id }
            guard others.count == 1, let only = others.first else { throw QueryError.ambiguous(name: name, candidates: candidates) }
            from = only
        }
        guard from.id != into.id else { throw CurationError.sameEntity(name: source, entity: into) }
        return try await query.store.mergeEntity(from.id, into: into.id)
    }

    /// Moves `aliases` of the entity `name` names to a new entity.
    /// See ``SQLiteGraphStore/splitEntity(_:aliases:name:kind:)``.
    public func split(_ name: String, aliases: [String], newName: String? = nil, kind: EntityKind? = nil) async throws -> SplitOutcome {
        let entity = try query.entity(named: name)
        return try await query.store.splitEntity(entity.id, aliases: aliases, name: newName, kind: kind)
    }

    /// Applies every rule of an aliases file, each in its own transaction. Applying the
    /// same file twice changes nothing the second time. A rule whose canonical name is not
    /// in the graph is pending, not an error (the file is usually applied before the
    /// articles that name it are ingested); an ambiguous canonical name is an error naming
    /// the line, which then needs a kind column.
    /// - Throws: ``AliasFileError``, ``CurationError``, ``StoreError``; rules before the
    ///   failing line stay applied.
    public func apply(_ file: AliasFile) async throws -> AliasFileReport {
        var report = AliasFileReport()
        for rule in file.rules {
            let target: EntitySummary
            do {
                target = try query.entity(named: rule.canonical, kind: rule.kind)
            } catch QueryError.notFound {
                report.pending.append(rule)
                continue
            } catch QueryError.ambiguous(let name, let candidates) {
                throw AliasFileError(path: file.path, line: rule.line, reason: .ambiguous(name: name, candidates: candidates))
            }
            let outcome = try await query.store.addUserAlias(rule.alias, to: target.id)
            if outcome.changed {
                report.applied.append(.init(rule: rule, outcome: outcome))
            } else {
                report.unchanged.append(rule)
            }
        }
        return report
    }
}
