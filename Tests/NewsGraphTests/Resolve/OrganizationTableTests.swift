import Testing
@testable import NewsGraph

@Suite struct OrganizationTableTests {
    let table = OrganizationTable.shared

    @Test func acronymsResolveToTheFullName() {
        #expect(table.organization(named: "NSC")?.name == "National Security Council")
        #expect(table.organization(named: "FSB")?.name == "Federal Security Service")
        #expect(table.organization(named: "U.N.")?.name == "United Nations")
        #expect(table.organization(named: "NATO")?.name == "North Atlantic Treaty Organization")
        #expect(table.organization(named: "AP")?.name == "Associated Press")
        #expect(table.organization(named: "ISIS")?.name == "Islamic State")
        #expect(table.organization(named: "ISIS-K")?.name == "Islamic State Khorasan Province")
        #expect(table.organization(named: "the Islamic State group")?.name == "Islamic State")
    }

    @Test func acronymsMatchOnlyInCapitals() {
        #expect(table.organization(named: "WHO")?.name == "World Health Organization")
        #expect(table.organization(named: "who") == nil)
        #expect(table.organization(named: "Who") == nil)
    }

    @Test func descriptionsAreListed() {
        let isisK = table.organization(named: "ISIS-K")
        #expect(isisK?.descriptions.contains("the Islamic State group's Afghanistan affiliate") == true)
    }

    @Test func emptyCanonicalNameIsAnError() {
        #expect(throws: GazetteerError.self) { try OrganizationTable(tsv: "canonical\taliases\tdescriptions\tcountry\n\tX\t\t\n") }
    }
}
