import Testing
@testable import NewsGraph

@Suite struct RoleExtractorTests {
    typealias T = GraphTestSupport

    @Test func countryAdjectiveTitleAndName() throws {
        let g = T.graph("Russian Ambassador Anatoly Antonov spoke.", [("Russian", .misc), ("Anatoly Antonov", .person)])
        #expect(T.edges(g) == ["Anatoly Antonov ambassador_of Russia"])
        let relation = try #require(g.relations.first { $0.type == "ambassador_of" })
        #expect(relation.attribute == "Ambassador")
        #expect(relation.directed)
        #expect(relation.evidence.sentence == "Russian Ambassador Anatoly Antonov spoke.")
        #expect(relation.evidence.start == 0 && relation.evidence.end == 41)
    }

    @Test func titleInsideThePersonMention() {
        let g = T.graph("Russian Ambassador Anatoly Antonov spoke.", [("Russian", .misc), ("Ambassador Anatoly Antonov", .person)])
        #expect(T.edges(g) == ["Anatoly Antonov ambassador_of Russia"])
    }

    @Test func appositionAfterTheName() {
        let g = T.graph("Anatoly Antonov, the Russian Ambassador in Washington, spoke.",
                        [("Anatoly Antonov", .person), ("Russian", .misc), ("Washington", .location)])
        #expect(T.edges(g).contains("Anatoly Antonov ambassador_of Russia"))
        #expect(!T.edges(g).contains("Anatoly Antonov ambassador_of Washington"))
    }

    @Test func ambassadorToIsThePostNotTheSender() {
        let g = T.graph("US Ambassador to the UN Linda Thomas-Greenfield spoke.", [("US", .location), ("UN", .organization), ("Linda Thomas-Greenfield", .person)])
        #expect(T.edges(g).contains("Linda Thomas-Greenfield ambassador_of United States"))
        #expect(!T.edges(g).contains("Linda Thomas-Greenfield ambassador_of United Nations"))
    }

    @Test func spokespersonWithAndWithoutComma() {
        let a = T.graph("Kremlin spokesman Dmitry Peskov denied it.", [("Kremlin", .organization), ("Dmitry Peskov", .person)])
        #expect(T.edges(a) == ["Dmitry Peskov spokesperson_of Kremlin"])
        let b = T.graph("NSC spokesperson, Adrienne Watson, said so.", [("NSC", .organization), ("Adrienne Watson", .person)])
        #expect(T.edges(b) == ["Adrienne Watson spokesperson_of National Security Council"])
        let c = T.graph("The spokesman for NATO, Farah Dakhlallah, said so.", [("NATO", .organization), ("Farah Dakhlallah", .person)])
        #expect(T.edges(c) == ["Farah Dakhlallah spokesperson_of North Atlantic Treaty Organization"])
    }

    @Test func leadersMembersAndDeputies() {
        let g = T.graph("Tajik President Emomali Rahmon called. Jane Doe, Acme's chief, agreed. Russian Deputy Prime Minister Alexander Novak agreed. Arizona Secretary of State Adrian Fontes agreed.",
                        [("Tajik", .misc), ("Emomali Rahmon", .person), ("Jane Doe", .person), ("Acme", .organization), ("Russian", .misc),
                         ("Alexander Novak", .person), ("Arizona", .location), ("Adrian Fontes", .person)])
        #expect(T.edges(g) == ["Emomali Rahmon leader_of Tajikistan", "Jane Doe leader_of Acme", "Alexander Novak member_of Russia",
                               "Adrian Fontes member_of Arizona"])
    }

    @Test func citizenship() {
        let g = T.graph("Dalerdzhon Mirzoyev, a Tajik national, appeared. Ali Karimov, a citizen of Tajikistan, did too. Russian opposition leader Alexei Navalny died.",
                        [("Dalerdzhon Mirzoyev", .person), ("Tajik", .misc), ("Ali Karimov", .person), ("Tajikistan", .location), ("Russian", .misc), ("Alexei Navalny", .person)])
        #expect(T.edges(g) == ["Dalerdzhon Mirzoyev citizen_of Tajikistan", "Ali Karimov citizen_of Tajikistan", "Alexei Navalny citizen_of Russia"])
    }

    @Test func personOfOrganizationIsAMember() {
        let g = T.graph("Lai Ching-te of the Democratic Progressive Party won.", [("Lai Ching-te", .person), ("Democratic Progressive Party", .organization)])
        #expect(T.edges(g) == ["Lai Ching-te member_of Democratic Progressive Party"])
    }

    @Test func ledByGivesTheLeader() {
        let g = T.graph("The RSF, led by General Mohamed Hamdan Dagalo, controls Darfur.", [("RSF", .organization), ("Mohamed Hamdan Dagalo", .person), ("Darfur", .location)])
        #expect(T.edges(g) == ["Mohamed Hamdan Dagalo leader_of RSF"])
    }

    @Test func aPersonsSpokesperson() {
        let g = T.graph("Milei's spokesman, Manuel Adorni, said no.", [("Milei", .person), ("Manuel Adorni", .person)])
        #expect(T.edges(g) == ["Manuel Adorni spokesperson_of Milei"])
    }

    @Test func aDomainChiefIsAMemberAndVerbsAreNotTitleWords() {
        let g = T.graph("UN humanitarian chief Martin Griffiths warned.", [("UN", .organization), ("Martin Griffiths", .person)])
        #expect(T.edges(g) == ["Martin Griffiths member_of United Nations"])
        let h = T.graph("The council declared President Nicolas Maduro the winner.", [("council", .organization), ("Nicolas Maduro", .person)])
        #expect(T.edges(h).isEmpty)
        let i = T.graph("The Electoral Council declared President Nicolas Maduro the winner.", [("Electoral Council", .organization), ("Nicolas Maduro", .person)])
        #expect(!T.edges(i).contains { $0.contains("leader_of") })
    }

    @Test func noRoleWithoutATitle() {
        let g = T.graph("Russia and Anatoly Antonov were named. Antonov met Kremlin officials.",
                        [("Russia", .location), ("Anatoly Antonov", .person), ("Antonov", .person), ("Kremlin", .organization)])
        #expect(!T.edges(g).contains { $0.contains("_of") })
    }
}
