/// One line of an aliases file: `alias<TAB>canonical[<TAB>kind]`.
public struct AliasRule: Sendable, Hashable, Codable {
    /// The name that should mean the canonical entity.
    public var alias: String
    /// The canonical entity's name (or one of its aliases).
    public var canonical: String
    /// The canonical entity's kind, when the name alone is ambiguous.
    public var kind: EntityKind?
    /// 1-based line number in the file.
    public var line: Int

    public init(alias: String, canonical: String, kind: EntityKind? = nil, line: Int = 0) {
        self.alias = alias
        self.canonical = canonical
        self.kind = kind
        self.line = line
    }
}
