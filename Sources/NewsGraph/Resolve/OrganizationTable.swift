import Foundation

/// The curated table of well-known organizations (gazetteer/organizations.tsv): acronyms,
/// other names and descriptive references resolve to one canonical name.
///
/// ```swift
/// OrganizationTable.shared.organization(named: "FSB")?.name   // "Federal Security Service"
/// ```
public struct OrganizationTable: Sendable {
    public private(set) var organizations: [KnownOrganization] = []
    private var byName: [String: Int] = [:]
    /// All-caps acronyms are matched case-sensitively so that "WHO" is not the pronoun "who".
    private var byAcronym: [String: Int] = [:]
    /// Every description lower-cased into scalars, in table order, with its organization and
    /// its length in the original text: the resolver looks for all of them in every article.
    private(set) var descriptionNeedles: [[Unicode.Scalar]] = []
    private(set) var descriptionSources: [(organization: Int, length: Int)] = []

    /// The shipped table, loaded on first use. Empty (and logged to stderr) when the file is missing.
    public static let shared: OrganizationTable = {
        do {
            let contents = try String(decoding: ResourceLocator.data(for: "gazetteer/organizations.tsv"), as: UTF8.self)
            return try OrganizationTable(tsv: contents)
        } catch {
            FileHandle.standardError.write(Data("newsgraph: organization table unavailable: \(error)\n".utf8))
            return OrganizationTable()
        }
    }()

    public init() {}

    /// Parses the table (columns: canonical, aliases, descriptions, country).
    public init(tsv: String) throws(GazetteerError) {
        for (line, f) in try TSVReader.rows(tsv, file: "gazetteer/organizations.tsv", columns: 4) {
            guard !f[0].isEmpty else {
                throw GazetteerError(file: "gazetteer/organizations.tsv", line: line, reason: "empty canonical name")
            }
            add(KnownOrganization(name: f[0], aliases: TSVReader.list(f[1]), descriptions: TSVReader.list(f[2]),
                                  countryCode: f[3].isEmpty ? nil : f[3]))
        }
    }

    public mutating func add(_ organization: KnownOrganization) {
        let index = organizations.count
        organizations.append(organization)
        for description in organization.descriptions {
            descriptionNeedles.append(Array(description.lowercased().unicodeScalars))
            descriptionSources.append((index, description.unicodeScalars.count))
        }
        for name in [organization.name] + organization.aliases {
            if Self.isAcronym(name) {
                let bare = name.replacingOccurrences(of: ".", with: "")
                if byAcronym[bare] == nil { byAcronym[bare] = index }
            } else {
                let key = NameFolding.key(name)
                if byName[key] == nil { byName[key] = index }
            }
        }
    }

    /// The organization with this name or alias; acronyms must match in capitals.
    public func organization(named name: String) -> KnownOrganization? {
        // An acronym is looked up as written: its folded key is never read.
        organization(named: name, key: Self.isAcronym(name) ? "" : NameFolding.key(name))
    }

    /// ``organization(named:)`` with the name's ``NameFolding/key(_:)`` already computed.
    func organization(named name: String, key: String) -> KnownOrganization? {
        if Self.isAcronym(name) {
            return byAcronym[name.replacingOccurrences(of: ".", with: "")].map { organizations[$0] }
        }
        var key = key
        if key.hasPrefix("the ") { key.removeFirst(4) }
        return byName[key].map { organizations[$0] }
    }

    /// True for "NSC", "U.N.", "ISIS-K", "G7": capitals (and digits) with optional periods or hyphens.
    public static func isAcronym(_ name: String) -> Bool {
        var capitals = 0
        for scalar in name.unicodeScalars {
            if ScalarClass.isUppercase(scalar) { capitals += 1; continue }
            if scalar == "." || scalar == "-" || ("0"..."9").contains(scalar) { continue }
            return false
        }
        return capitals >= 1 && name.unicodeScalars.count >= 2
    }
}
