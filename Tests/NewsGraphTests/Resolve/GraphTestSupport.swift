import Foundation
@testable import NewsGraph

/// Builds test inputs: mentions given as (surface, label) are found in the text at every
/// whole-word occurrence, the way the gold files mark them.
enum GraphTestSupport {
    static func mentions(_ text: String, _ marks: [(String, EntityLabel)]) -> [Mention] {
        GoldMentions.spans(in: text, marks: marks.map { GoldMentions.Mark(text: $0.0, label: $0.1) })
    }

    static func graph(_ text: String, _ marks: [(String, EntityLabel)], published: Date? = nil) -> ArticleGraph {
        GraphBuilder(tagger: ClosureTagger { _ in [] }).analyze(text: text, mentions: mentions(text, marks), published: published)
    }

    static func entity(_ graph: ArticleGraph, _ name: String) -> ResolvedEntity? {
        graph.entities.first { $0.name == name }
    }

    /// "subject relation object" triples of the graph's typed (non co_mention) relations.
    static func edges(_ graph: ArticleGraph, includeCoMention: Bool = false) -> Set<String> {
        Set(graph.relations.filter { includeCoMention || $0.type != "co_mention" }.map {
            "\(graph.entities[$0.subject].name) \($0.type) \(graph.entities[$0.object].name)"
        })
    }
}
