import Testing
@testable import NewsGraph

@Suite struct GoldMentionsTests {
    @Test func marksEveryWholeWordOccurrenceLongestFirst() {
        let text = "Vladimir Putin met Putinov. Putin left."
        let spans = GoldMentions.spans(in: text, marks: [.init(text: "Putin", label: .person), .init(text: "Vladimir Putin", label: .person)])
        #expect(spans.map(\.text) == ["Vladimir Putin", "Putin"])
        #expect(spans.map(\.start) == [0, 28])
    }
}
