import Foundation
import GRDB

/// Adding an article's graph to the stored graph, inside the caller's transaction.
///
/// The article's rows are added up in Swift first, so each stored entity and relation is
/// written once per article: a new one is inserted with its final counts, an existing one
/// gets one UPDATE. (Writing per evidence row rewrote the relation's weight index entries
/// once per sentence.) The rows and their ids come out as if each had been written in turn.
extension SQLiteGraphStore {
    /// Adds an article's graph to the stored graph: counts go up, evidence rows are added.
    static func merge(_ db: Database, graph: ArticleGraph, articleID: Int64, date: Date) throws {
        // GRDB formats a Date with a DateFormatter on every use; the article's date is the
        // same in every row, so it is formatted once.
        let date = String.fromDatabaseValue(date.databaseValue)
        let statements = try MergeStatements(db)
        let (storedIDs, newEntities) = try mergeEntities(statements, graph.entities, articleID: articleID, date: date)
        try mergeMentions(statements, graph.mentions, storedIDs: storedIDs, articleID: articleID)
        try mergeRelations(db, statements, graph.relations, storedIDs: storedIDs, newEntities: newEntities,
                           articleID: articleID, date: date)
    }

    /// What the entities of one article that share a key add up to.
    private struct KeyGroup {
        var mentions = 0
        /// The first ISO code among them: the one a stored entity without a code takes.
        var isoCode: String?
    }

    /// Resolves each entity to a stored one (inserting new ones), then adds the article's
    /// counts, aliases and `article_entities` rows; the stored id of each entity, in order,
    /// and the ids this article inserted.
    private static func mergeEntities(_ sql: MergeStatements, _ entities: [ResolvedEntity], articleID: Int64,
                                      date: String?) throws -> (ids: [Int64], inserted: Set<Int64>) {
        let keys = entities.map { EntityKey(kind: $0.kind, name: $0.name) }
        var groups: [String: KeyGroup] = [:]
        for (entity, key) in zip(entities, keys) {
            groups[key.key, default: KeyGroup()].mentions += max(0, entity.mentions)
            if groups[key.key]?.isoCode == nil { groups[key.key]?.isoCode = entity.isoCode }
        }

        // Entities with one key resolve alike. A new entity can only be found by its key in
        // this article (its aliases are written below), so its counts are its key group's.
        var byKey: [String: Int64] = [:]
        var inserted: Set<Int64> = []
        var storedIDs: [Int64] = []
        storedIDs.reserveCapacity(entities.count)
        for (entity, key) in zip(entities, keys) {
            if let id = byKey[key.key] {
                storedIDs.append(id)
                continue
            }
            let group = groups[key.key] ?? KeyGroup()
            let id: Int64
            if let existing = try storedEntity(sql, key: key, isoCode: group.isoCode) {
                id = existing
            } else {
                sql.insertEntity.bind(1, entity.name)
                sql.insertEntity.bind(2, entity.kind.rawValue)
                sql.insertEntity.bind(3, group.isoCode)
                sql.insertEntity.bind(4, key.key)
                sql.insertEntity.bind(5, group.mentions)
                sql.insertEntity.bind(6, date)
                try sql.insertEntity.execute()
                id = sql.insertEntity.lastInsertedRowID
                inserted.insert(id)
            }
            byKey[key.key] = id
            storedIDs.append(id)
        }

        // Several keys of one article can resolve to one stored entity; add them up first.
        var contributions: [Int64: (mentions: Int, aliases: [String: Int])] = [:]
        var order: [Int64] = []
        for (entity, id) in zip(entities, storedIDs) {
            if contributions[id] == nil { order.append(id); contributions[id] = (0, [:]) }
            contributions[id]?.mentions += max(0, entity.mentions)
            for (alias, count) in entity.aliases where !alias.isEmpty {
                contributions[id]?.aliases[alias, default: 0] += max(0, count)
            }
        }
        for id in order {
            guard let contribution = contributions[id] else { continue }
            if !inserted.contains(id) {
                sql.countEntity.bind(1, contribution.mentions)
                sql.countEntity.bind(2, date)
                sql.countEntity.bind(3, id)
                try sql.countEntity.execute()
            }
            for (alias, count) in contribution.aliases.sorted(by: { $0.key < $1.key }) {
                sql.upsertAlias.bind(1, id)
                sql.upsertAlias.bind(2, alias)
                sql.upsertAlias.bind(3, EntityKey.fold(alias))
                sql.upsertAlias.bind(4, count)
                try sql.upsertAlias.execute()
            }
            sql.insertArticleEntity.bind(1, articleID)
            sql.insertArticleEntity.bind(2, id)
            sql.insertArticleEntity.bind(3, contribution.mentions)
            sql.insertArticleEntity.bind(4, try aliasJSON(contribution.aliases))
            try sql.insertArticleEntity.execute()
        }
        return (storedIDs, inserted)
    }

    /// The stored entity for a key: by key (kind and folded name, then taking the group's
    /// ISO code if it has none), else where a user's merge redirected that key, else by an
    /// alias of the same kind (user aliases first, then the most frequent). Nil when new.
    private static func storedEntity(_ sql: MergeStatements, key: EntityKey, isoCode: String?) throws -> Int64? {
        sql.entityByKey.bind(1, key.key)
        if let id = try sql.entityByKey.fetchInt64() {
            if let isoCode {
                sql.setISOCode.bind(1, isoCode)
                sql.setISOCode.bind(2, id)
                try sql.setISOCode.execute()
            }
            return id
        }
        sql.redirect.bind(1, key.key)
        if let id = try sql.redirect.fetchInt64() { return id }
        guard !key.folded.isEmpty else { return nil }
        sql.entityByAlias.bind(1, key.folded)
        sql.entityByAlias.bind(2, key.kind.rawValue)
        // User aliases first, then the most frequent, then the oldest entity.
        var best: (id: Int64, user: Int64, count: Int64)?
        try sql.entityByAlias.forEachRow { row in
            let candidate = (id: row.int64(0), user: row.int64(1), count: row.int64(2))
            if let current = best, (current.user, current.count, -current.id) >= (candidate.user, candidate.count, -candidate.id) { return }
            best = candidate
        }
        return best?.id
    }

    private static func mergeMentions(_ sql: MergeStatements, _ mentions: [ResolvedMention], storedIDs: [Int64],
                                      articleID: Int64) throws {
        let insert = sql.insertMention
        for resolved in mentions {
            let mention = resolved.mention
            let entityID = resolved.entity.flatMap { storedIDs.indices.contains($0) ? storedIDs[$0] : nil }
            insert.bind(1, articleID)
            insert.bind(2, mention.start)
            insert.bind(3, mention.end)
            insert.bind(4, mention.text)
            insert.bind(5, mention.label.rawValue)
            insert.bind(6, entityID)
            insert.bind(7, mention.confidence)
            try insert.execute()
        }
    }

    /// A stored relation's identity (the `relations_identity` index).
    private struct RelationIdentity: Hashable {
        var subject: Int64
        var object: Int64
        var type: String
        var attribute: String
    }

    /// One stored relation this article adds evidence to.
    private struct RelationGroup {
        var identity: RelationIdentity
        var directed: Bool
        var attribute: String?
        /// Distinct evidence rows (by offsets) the article has for it.
        var evidence = 0
        var id: Int64 = 0
        /// Whether this article inserted the row, with `evidence` as its weight.
        var isNew = false
        var inserted = 0
    }

    private struct EvidenceSpan: Hashable {
        var group: Int
        var start: Int
        var end: Int
    }

    /// The id of the stored relation with that identity, if any.
    private static func storedRelation(_ sql: MergeStatements, _ identity: RelationIdentity) throws -> Int64? {
        sql.relationByIdentity.bind(1, identity.subject)
        sql.relationByIdentity.bind(2, identity.object)
        sql.relationByIdentity.bind(3, identity.type)
        sql.relationByIdentity.bind(4, identity.attribute)
        return try sql.relationByIdentity.fetchInt64()
    }

    /// - Parameter newEntities: entities this article inserted. A relation with such an end
    ///   is new too (foreign keys delete an entity's relations with it, so a fresh id has
    ///   none), and is inserted without looking it up first; should a row be there after all
    ///   (a database written with foreign keys off), the insert does nothing and the lookup
    ///   finds it.
    private static func mergeRelations(_ db: Database, _ sql: MergeStatements, _ relations: [ResolvedRelation],
                                       storedIDs: [Int64], newEntities: Set<Int64>, articleID: Int64, date: String?) throws {
        var groups: [RelationGroup] = []
        var groupIndex: [RelationIdentity: Int] = [:]
        // Evidence rows are unique by (relation, article, offsets); the article's old rows
        // were retracted, so the first row per span here is the one that gets stored.
        var spans: Set<EvidenceSpan> = []
        var rows: [(group: Int, evidence: Evidence)] = []
        for relation in relations {
            guard storedIDs.indices.contains(relation.subject), storedIDs.indices.contains(relation.object) else { continue }
            var subject = storedIDs[relation.subject], object = storedIDs[relation.object]
            guard subject != object else { continue }
            if !relation.directed && subject > object { swap(&subject, &object) }
            let attribute = relation.attribute.flatMap { $0.isEmpty ? nil : $0 }
            let identity = RelationIdentity(subject: subject, object: object, type: relation.type, attribute: attribute ?? "")
            let index: Int
            if let known = groupIndex[identity] {
                index = known
            } else {
                index = groups.count
                groupIndex[identity] = index
                groups.append(RelationGroup(identity: identity, directed: relation.directed, attribute: attribute))
            }
            let evidence = relation.evidence
            if spans.insert(EvidenceSpan(group: index, start: evidence.start, end: evidence.end)).inserted {
                groups[index].evidence += 1
                rows.append((index, evidence))
            }
        }

        for index in groups.indices {
            let identity = groups[index].identity
            let surelyNew = newEntities.contains(identity.subject) || newEntities.contains(identity.object)
            if !surelyNew, let id = try storedRelation(sql, identity) {
                groups[index].id = id
                continue
            }
            let weight = groups[index].evidence
            sql.insertRelation.bind(1, identity.subject)
            sql.insertRelation.bind(2, identity.object)
            sql.insertRelation.bind(3, identity.type)
            sql.insertRelation.bind(4, groups[index].directed)
            sql.insertRelation.bind(5, groups[index].attribute)
            sql.insertRelation.bind(6, weight)
            sql.insertRelation.bind(7, weight > 0 ? 1 : 0)
            sql.insertRelation.bind(8, weight > 0 ? date : nil)
            try sql.insertRelation.execute()
            if sql.insertRelation.changes == 0 {
                guard let id = try storedRelation(sql, identity) else {
                    // A GRDB error, as the other statements throw: the store names its file when it wraps it.
                    throw DatabaseError(resultCode: .SQLITE_INTERNAL,
                                        message: "relation \(identity.subject)-\(identity.type)-\(identity.object) is neither stored nor insertable")
                }
                groups[index].id = id
                continue
            }
            groups[index].id = sql.insertRelation.lastInsertedRowID
            groups[index].isNew = true
        }

        let insert = sql.insertEvidence
        for (index, evidence) in rows {
            insert.bind(1, groups[index].id)
            insert.bind(2, articleID)
            insert.bind(3, evidence.sentence)
            insert.bind(4, evidence.start)
            insert.bind(5, evidence.end)
            insert.bind(6, date)
            try insert.execute()
            groups[index].inserted += insert.changes
        }

        for group in groups {
            if group.isNew {
                // Only if a row was unexpectedly there already: count what is stored.
                if group.inserted != group.evidence { _ = try recomputeRelation(db, id: group.id) }
            } else if group.inserted > 0 {
                sql.countRelation.bind(1, group.inserted)
                sql.countRelation.bind(2, date)
                sql.countRelation.bind(3, group.id)
                try sql.countRelation.execute()
            }
        }
    }
}
