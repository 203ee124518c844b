import Foundation
import Testing
@testable import NewsGraph

@Suite struct EventExtractorTests {
    typealias T = GraphTestSupport
    static let published = ISO8601DateFormatter().date(from: "2024-03-23T10:00:00Z")

    @Test func anchoredEventBecomesADatedNodeWithParticipants() throws {
        let text = "Gunmen opened fire in the concert hall attack near Moscow on Friday. ISIS-K claimed responsibility for the attack. Vladimir Putin condemned the attack."
        let g = T.graph(text, [("Moscow", .location), ("ISIS-K", .organization), ("Vladimir Putin", .person)], published: Self.published)
        let event = try #require(g.entities.first { $0.kind == .event })
        #expect(event.name == "Moscow concert hall attack")
        #expect(event.date == "2024-03-23")
        #expect(event.mentions == 3)
        #expect(T.edges(g).isSuperset(of: ["Moscow concert hall attack located_in Moscow",
                                            "Islamic State Khorasan Province perpetrator_of Moscow concert hall attack",
                                            "Vladimir Putin condemned Moscow concert hall attack"]))
    }

    @Test func qualifiersStayInTheAliasesNotTheName() throws {
        let g = T.graph("The terrorist attack on Crocus City Hall shocked Russia.", [("Crocus City Hall", .location), ("Russia", .location)])
        let event = try #require(g.entities.first { $0.kind == .event })
        #expect(event.name == "Crocus City Hall attack")
        #expect(event.aliases["terrorist attack"] == 1)
    }

    @Test func explicitDateInTheSentenceWins() {
        let g = T.graph("The bombing in Kerman on January 3 killed 84.", [("Kerman", .location)], published: Self.published)
        #expect(g.entities.first { $0.kind == .event }?.date == "2024-01-03")
    }

    @Test func targetsOwnersAndPartiesOfTalks() {
        let a = T.graph("Russia's invasion of Ukraine began in 2022.", [("Russia", .location), ("Ukraine", .location)])
        #expect(T.edges(a).isSuperset(of: ["Russia perpetrator_of Ukraine invasion", "Ukraine target_of Ukraine invasion"]))
        let b = T.graph("William Burns joined the talks between Israel and Hamas.", [("William Burns", .person), ("Israel", .location), ("Hamas", .organization)])
        #expect(T.edges(b) == ["Israel involved_in Israel-Hamas talks", "Hamas involved_in Israel-Hamas talks", "William Burns involved_in Israel-Hamas talks"])
    }

    @Test func anEventTheArticleReturnsToIsPlacedWhereTheLeadSentenceSays() throws {
        let text = "Gunmen opened fire at Crocus City Hall near Moscow on Friday. The attack began at eight. ISIS claimed responsibility for the attack."
        let g = T.graph(text, [("Crocus City Hall", .location), ("Moscow", .location), ("ISIS", .organization)], published: Self.published)
        let event = try #require(g.entities.first { $0.kind == .event })
        #expect(event.name == "Crocus City Hall attack")
        #expect(T.edges(g).isSuperset(of: ["Crocus City Hall attack located_in Crocus City Hall", "Islamic State perpetrator_of Crocus City Hall attack"]))
        // one unanchored mention is not enough
        let once = T.graph("Gunmen opened fire at Crocus City Hall. The attack shocked everyone.", [("Crocus City Hall", .location)])
        #expect(!once.entities.contains { $0.kind == .event })
    }

    @Test func anAttackOnAPlaceIsLocatedThere() {
        let g = T.graph("A missile strike on Odesa killed 20.", [("Odesa", .location)])
        #expect(T.edges(g).contains("Odesa missile strike located_in Odesa"))
        #expect(!T.edges(g).contains { $0.contains("target_of") })
    }

    @Test func unanchoredOrModifyingEventNounsMakeNoNode() {
        let a = T.graph("The attack shocked Vladimir Putin.", [("Vladimir Putin", .person)])
        #expect(!a.entities.contains { $0.kind == .event })
        let b = T.graph("Threats against election officials in Arizona grew.", [("Arizona", .location)])
        #expect(!b.entities.contains { $0.kind == .event })
        let c = T.graph("Workers in Detroit went on strike.", [("Detroit", .location)])
        #expect(!c.entities.contains { $0.kind == .event })
    }
}
