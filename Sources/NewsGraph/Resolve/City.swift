/// A city the gazetteer knows (capitals and cities of a million or more), with its country.
public struct City: Sendable, Hashable {
    public var name: String
    /// ISO 3166-1 alpha-2 of the country the city is in.
    public var countryCode: String
    public var population: Int
    public var isCapital: Bool

    public init(name: String, countryCode: String, population: Int = 0, isCapital: Bool = false) {
        self.name = name
        self.countryCode = countryCode
        self.population = population
        self.isCapital = isCapital
    }
}
