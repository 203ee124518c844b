/// One stored entity, as queries list it.
public struct EntitySummary: Sendable, Hashable, Codable {
    public var id: Int64
    public var name: String
    public var kind: EntityKind
    public var isoCode: String?
    public var mentions: Int
    public var articles: Int

    public init(id: Int64, name: String, kind: EntityKind, isoCode: String? = nil, mentions: Int = 0, articles: Int = 0) {
        self.id = id
        self.name = name
        self.kind = kind
        self.isoCode = isoCode
        self.mentions = mentions
        self.articles = articles
    }

    /// "Vladimir Putin (person, #12)": how candidates are listed, with the id that picks one.
    public var labelWithID: String { "\(name) (\(kind.rawValue), #\(id))" }
}
