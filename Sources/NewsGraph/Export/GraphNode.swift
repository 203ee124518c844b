/// A node as the exporters see it: one entity of the stored graph, flattened to plain values.
///
/// ```swift
/// let kremlin = GraphNode(id: 7, label: "Kremlin", kind: .organization,
///                         aliases: ["Kremlin", "the Kremlin"], mentions: 42)
/// ```
public struct GraphNode: Sendable, Hashable, Codable {
    /// The store's entity id. Writers derive their element ids from it ("n7"), so ids are
    /// always unique and safe in every format whatever the entity is called.
    public var id: Int64
    /// The canonical name, shown by graph tools.
    public var label: String
    public var kind: EntityKind
    /// Surface forms seen in the news; GraphML joins them with "|".
    public var aliases: [String]
    /// How many mentions the entity has across all articles.
    public var mentions: Int
    /// ISO 3166-1 alpha-2 code, for countries.
    public var isoCode: String?

    public init(id: Int64, label: String, kind: EntityKind, aliases: [String] = [], mentions: Int = 0, isoCode: String? = nil) {
        self.id = id
        self.label = label
        self.kind = kind
        self.aliases = aliases
        self.mentions = mentions
        self.isoCode = isoCode
    }
}
