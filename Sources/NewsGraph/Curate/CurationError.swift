/// Why a correction (alias, merge, split) was refused. Each case names the input it failed
/// on; nothing was changed when one is thrown (each correction is one transaction).
public enum CurationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// `merge A B` where A and B are the same entity (perhaps A is already B's alias).
    case sameEntity(name: String, entity: EntitySummary)
    /// An alias that folds to nothing ("", "...").
    case emptyName(String)
    /// `split` named an alias the entity does not have; `aliases` are the ones it has.
    case notAnAlias(alias: String, entity: EntitySummary, aliases: [String])
    /// `split` asked to move the entity's own name away.
    case ownName(alias: String, entity: EntitySummary)
    /// `split` would create an entity whose key another entity already has.
    case entityExists(name: String, existing: EntitySummary)
    /// The entity vanished between lookup and change (another process merged it).
    case entityGone(id: Int64)

    public var description: String {
        switch self {
        case .sameEntity(let name, let entity):
            return "\"\(name)\" is already \(entity.labelWithID); nothing to merge"
        case .emptyName(let name):
            return "\"\(name)\" is not a name (no letters or digits)"
        case .notAnAlias(let alias, let entity, let aliases):
            let list = aliases.isEmpty ? "none" : aliases.map { "\"\($0)\"" }.joined(separator: ", ")
            return "\(entity.labelWithID) has no alias \"\(alias)\"; its aliases: \(list)"
        case .ownName(let alias, let entity):
            return "\"\(alias)\" is the name of \(entity.labelWithID) itself; split off its other aliases, or rename with alias/merge"
        case .entityExists(let name, let existing):
            return "an entity named \"\(name)\" exists already: \(existing.labelWithID); use `newsgraph merge` or `newsgraph alias` to move names into it"
        case .entityGone(let id):
            return "entity #\(id) no longer exists (changed by another process?); look it up again"
        }
    }
}
