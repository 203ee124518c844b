import Foundation
import GRDB

/// The `show` and `stats` views.
extension GraphQuery {
    /// Kind, aliases, counts, strongest relations and latest articles of `entity`.
    public func details(of entity: EntitySummary, relations: Int = 5, articles: Int = 5) throws -> EntityDetails {
        let strongest = try neighbors(of: entity, NeighborFilter(limit: relations))
        return try read { db in
            let aliases = try Row.fetchAll(db, sql: "SELECT alias, count FROM aliases WHERE entity_id = ? ORDER BY count DESC, alias",
                                           arguments: [entity.id]).map { EntityDetails.Alias(alias: $0["alias"], count: $0["count"]) }
            let dates = try Row.fetchOne(db, sql: "SELECT first_seen, last_seen FROM entities WHERE id = ?", arguments: [entity.id])
            let references = try Row.fetchAll(db, sql: """
                SELECT a.id, a.title, a.url, coalesce(a.published, a.fetched) AS date, ae.mention_count
                FROM article_entities ae JOIN articles a ON a.id = ae.article_id
                WHERE ae.entity_id = ? ORDER BY date DESC, a.id DESC LIMIT ?
                """, arguments: [entity.id, max(0, articles)]).map {
                EntityDetails.ArticleReference(id: $0["id"], title: $0["title"], url: $0["url"], date: StoreDate.day($0["date"]),
                                               mentions: $0["mention_count"])
            }
            return EntityDetails(entity: entity, aliases: aliases, relationCount: strongest.totalDirect,
                                 firstSeen: StoreDate.day(dates?["first_seen"]), lastSeen: StoreDate.day(dates?["last_seen"]),
                                 strongest: strongest.neighbors, articles: references)
        }
    }

    /// Entities and relations by kind, and the biggest hubs.
    public func statistics(hubs: Int = 10) throws -> GraphStatistics {
        try read { db in
            let kinds = try Row.fetchAll(db, sql: "SELECT kind, count(*) AS n FROM entities GROUP BY kind ORDER BY n DESC, kind")
                .map { GraphStatistics.Count(name: $0["kind"], count: $0["n"]) }
            let relations = try Row.fetchAll(db, sql: "SELECT type, count(*) AS n FROM relations GROUP BY type ORDER BY n DESC, type")
                .map { GraphStatistics.Count(name: $0["type"], count: $0["n"]) }
            let hubRows = try Row.fetchAll(db, sql: """
                SELECT \(Self.summaryColumns), d.degree FROM (
                    SELECT id, count(*) AS degree FROM (SELECT subject_id AS id FROM relations UNION ALL SELECT object_id FROM relations)
                    GROUP BY id ORDER BY degree DESC, id LIMIT ?
                ) d JOIN entities e ON e.id = d.id ORDER BY d.degree DESC, e.id
                """, arguments: [max(0, hubs)])
            return GraphStatistics(
                entitiesByKind: kinds, relationsByType: relations,
                hubs: hubRows.map { GraphStatistics.Hub(entity: Self.summary($0), degree: $0["degree"]) })
        }
    }
}

/// What `stats` adds about the graph: nodes and edges by kind, and the biggest hubs.
public struct GraphStatistics: Sendable, Hashable, Codable {
    public struct Count: Sendable, Hashable, Codable {
        public var name: String
        public var count: Int
    }

    public struct Hub: Sendable, Hashable, Codable {
        public var entity: EntitySummary
        /// Number of relations (of any type) it takes part in.
        public var degree: Int
    }

    public var entitiesByKind: [Count]
    public var relationsByType: [Count]
    public var hubs: [Hub]

    /// Plain-text report, 80 columns.
    public var text: String {
        var lines = ["Entities by kind:"]
        lines += entitiesByKind.map { "  " + TerminalText.fit($0.name, 24) + String(format: "%10d", $0.count) }
        lines.append("Relations by type:")
        lines += relationsByType.map { "  " + TerminalText.fit(TerminalText.clean($0.name), 24) + String(format: "%10d", $0.count) }
        lines.append("Biggest hubs (relations):")
        lines += hubs.map {
            "  " + TerminalText.fit(TerminalText.clean($0.entity.name), 44) + " " + TerminalText.fit($0.entity.kind.rawValue, 13)
                + String(format: "%8d", $0.degree)
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
