/// Which part of the stored graph an export writes.
///
/// Without any option: every entity and relation. `kinds` keeps entities of those kinds (and
/// relations between them); relation filters keep matching relations and, unless nodes are
/// chosen otherwise, only the entities they touch; `around` keeps the entities within `depth`
/// hops of one entity; `top` keeps the N entities with the most relations (within `around`
/// when both are given).
public struct ExportSelection: Sendable, Hashable {
    public var kinds: Set<EntityKind>
    public var relations: Set<String>
    /// Store date text (see ``StoreDate/since(_:)``).
    public var since: String?
    public var minWeight: Double?
    /// Name, alias or `#id` of the entity at the centre.
    public var around: String?
    public var depth: Int
    public var top: Int?

    public init(kinds: Set<EntityKind> = [], relations: Set<String> = [], since: String? = nil, minWeight: Double? = nil,
                around: String? = nil, depth: Int = 1, top: Int? = nil) {
        self.kinds = kinds
        self.relations = relations
        self.since = since
        self.minWeight = minWeight
        self.around = around
        self.depth = max(1, depth)
        self.top = top
    }

    /// The relation and kind filters, as a neighbor filter without a limit.
    var filter: NeighborFilter {
        NeighborFilter(depth: depth, kinds: kinds, relations: relations, since: since, minWeight: minWeight, limit: Int.max)
    }

    var filtersRelations: Bool { !relations.isEmpty || since != nil || minWeight != nil }
}
