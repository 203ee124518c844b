/// A country of ISO 3166-1, as the gazetteer knows it.
public struct Country: Sendable, Hashable {
    /// ISO 3166-1 alpha-2 ("RU").
    public var alpha2: String
    /// ISO 3166-1 alpha-3 ("RUS").
    public var alpha3: String
    /// The name news uses ("Russia", not "Russian Federation").
    public var name: String
    /// Official names and abbreviations ("Russian Federation", "U.S.", "UAE").
    public var otherNames: [String]
    /// Adjectives and nationality nouns ("Russian", "Russians").
    public var demonyms: [String]

    public init(alpha2: String, alpha3: String, name: String, otherNames: [String] = [], demonyms: [String] = []) {
        self.alpha2 = alpha2
        self.alpha3 = alpha3
        self.name = name
        self.otherNames = otherNames
        self.demonyms = demonyms
    }
}
