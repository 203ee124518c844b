/// A well-known organization from the curated table (gazetteer/organizations.tsv).
public struct KnownOrganization: Sendable, Hashable {
    /// The fullest name ("National Security Council").
    public var name: String
    /// Acronyms and other names ("NSC").
    public var aliases: [String]
    /// Phrases that refer to it without naming it ("the Islamic State group's Afghanistan affiliate").
    public var descriptions: [String]
    /// ISO alpha-2 of the country it belongs to, if any.
    public var countryCode: String?

    public init(name: String, aliases: [String] = [], descriptions: [String] = [], countryCode: String? = nil) {
        self.name = name
        self.aliases = aliases
        self.descriptions = descriptions
        self.countryCode = countryCode
    }
}
