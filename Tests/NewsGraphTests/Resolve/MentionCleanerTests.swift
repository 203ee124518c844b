import Testing
@testable import NewsGraph

@Suite struct MentionCleanerTests {
    let cleaner = MentionCleaner(gazetteer: .shared)

    func clean(_ text: String, _ label: EntityLabel) -> CleanedMention? {
        let scalars = ScalarText(text)
        return cleaner.clean(Mention(start: 0, end: scalars.count, text: text, label: label), index: 0, tokens: GraphTokenizer.tokens(scalars))
    }

    @Test func stripsArticlesTitlesAndPossessives() {
        #expect(clean("the US Embassy", .organization)?.text == "US Embassy")
        #expect(clean("Putin's", .person)?.text == "Putin")
        #expect(clean("Putin’s", .person)?.text == "Putin")
        let president = clean("President Putin", .person)
        #expect(president?.text == "Putin")
        #expect(president?.title == "President")
        #expect(clean("Mr. Antonov", .person)?.text == "Antonov")
        #expect(clean("Russian President Vladimir Putin", .person)?.text == "Vladimir Putin")
        #expect(clean("Secretary of State Antony Blinken", .person)?.text == "Antony Blinken")
    }

    @Test func cleanedOffsetsPointAtTheName() throws {
        let c = try #require(clean("President Putin's", .person))
        #expect(c.start == 10 && c.end == 15)
    }

    @Test func rejectsSentenceAdverbsBoilerplateAndLowercase() {
        #expect(clean("Meanwhile", .misc) == nil)
        #expect(clean("Notably", .organization) == nil)
        #expect(clean("Advertisement", .misc) == nil)
        #expect(clean("Read More", .misc) == nil)
        #expect(clean("Friday", .misc) == nil)
        #expect(clean("officials", .organization) == nil)
        #expect(clean("A", .person) == nil)
    }

    @Test func headlineVerbsAreCutFromNames() {
        #expect(clean("Slams Putin's", .misc)?.text == "Putin")
        #expect(clean("Biden Slams", .person)?.text == "Biden")
        #expect(clean("Says Kremlin", .organization)?.text == "Kremlin")
    }

    @Test func groupNounsAndTrailingTitlesAreCutFromOrganizations() {
        #expect(clean("Leaders of the Group of Seven", .organization)?.text == "Group of Seven")
        #expect(clean("IMF Managing", .organization)?.text == "IMF")
        #expect(clean("Kremlin Spokesman", .organization)?.text == "Kremlin")
        #expect(clean("Department of Homeland Security", .organization)?.text == "Department of Homeland Security")
        #expect(clean("Department of State", .organization)?.text == "Department of State")
    }

    @Test func innerPossessiveSplitsOwnerAndOwned() throws {
        let c = try #require(clean("Russia's FSB", .organization))
        #expect(c.text == "FSB")
        #expect(c.owner?.text == "Russia")
    }
}
