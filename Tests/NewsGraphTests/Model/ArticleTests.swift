import Testing
@testable import NewsGraph

@Suite struct ArticleTests {
    @Test(arguments: [[], [""], ["", ""], ["a"], ["", "b"], ["a", "b"]])
    func hasTextAgreesWithTheJoinedText(paragraphs: [String]) {
        let article = Article(url: "https://n.example/a", paragraphs: paragraphs)
        #expect(article.hasText == !article.text.isEmpty)
    }
}
