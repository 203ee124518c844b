/// Readability's scoring: every paragraph-like block gives points to its ancestors (more for
/// longer text and more commas), ancestors start from their tag and class/id hints, and the
/// scores are discounted by link density. The best container, with the siblings that score
/// close to it, is where the article lives.
struct ContentScorer {
    let tree: PageTree
    let stats: PageStatistics

    /// Block elements whose own text counts as a paragraph.
    static let paragraphTags: Set<String> = ["p", "pre", "td"]
    /// Containers that read as a paragraph when they hold no block, or that hold text runs.
    static let containerTags: Set<String> = ["div", "section", "article", "main", "center"]

    /// The elements that make up the article, in document order (the winning container, the
    /// siblings that belong with it and same-class cousins), and the content score of every
    /// container that received one (the clean-up uses them).
    /// Scores are indexed by node (nil for a node that received none): a dictionary lookup
    /// hashed the index on every read.
    func contentRoots() -> (roots: [Int], scores: [Double?]) {
        let nodes = tree.nodes
        var scores = [Double?](repeating: nil, count: nodes.count)
        var order: [Int] = []

        func initialScore(_ index: Int) -> Double {
            var score = stats.classWeight[index]
            switch nodes[index].tag {
            case "div": score += 5
            case "pre", "td", "blockquote": score += 3
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form": score -= 3
            case "h1", "h2", "h3", "h4", "h5", "h6", "th": score -= 5
            default: break
            }
            return score
        }

        for index in nodes.indices where !stats.dead[index] && !nodes[index].isText {
            let flags = nodes[index].flags
            var length = 0, commas = 0, start = -1
            if flags.contains(.paragraph) || (flags.contains(.container) && !stats.hasBlockDescendant[index]) {
                length = stats.textLength[index]
                commas = stats.commas[index]
                start = nodes[index].parent
            } else if flags.contains(.container) {
                length = stats.inlineLength[index]
                commas = stats.inlineCommas[index]
                start = index
            } else {
                continue
            }
            guard length >= 25, start >= 0 else { continue }
            let contentScore = 1.0 + Double(commas + 1) + Double(min(length / 100, 3))
            var ancestor = start, level = 0
            while ancestor >= 0, level < 5, nodes[ancestor].parent >= 0 {
                if scores[ancestor] == nil {
                    scores[ancestor] = initialScore(ancestor)
                    order.append(ancestor)
                }
                let divider: Double = level == 0 ? 1 : level == 1 ? 2 : Double(level * 3)
                scores[ancestor] = (scores[ancestor] ?? 0) + contentScore / divider
                ancestor = nodes[ancestor].parent
                level += 1
            }
        }

        for index in order { scores[index] = (scores[index] ?? 0) * (1 - stats.linkDensity(index)) }
        let ranked = order.sorted { (scores[$0] ?? 0) > (scores[$1] ?? 0) }
        guard var top = ranked.first, nodes[top].tag != "body", nodes[top].tag != "html" else {
            return (bodyChildren(), scores)
        }
        let topScore = scores[top] ?? 0

        // Several strong candidates under one ancestor: the ancestor is the article.
        let alternatives = ranked.dropFirst().prefix(4).filter { (scores[$0] ?? 0) / max(topScore, 0.0001) >= 0.75 }
        if alternatives.count >= 3 {
            let ancestorSets = alternatives.map { Set(ancestors(of: $0)) }
            var parent = nodes[top].parent
            while parent >= 0, !["body", "html"].contains(nodes[parent].tag) {
                if ancestorSets.filter({ $0.contains(parent) }).count >= 3 {
                    top = parent
                    break
                }
                parent = nodes[parent].parent
            }
        }
        if scores[top] == nil { scores[top] = initialScore(top) }

        // Climb while the parent scores better: the article often spans several blocks.
        var parent = nodes[top].parent
        var lastScore = scores[top] ?? 0
        let threshold = lastScore / 3
        while parent >= 0, !["body", "html"].contains(nodes[parent].tag) {
            guard let parentScore = scores[parent] else { parent = nodes[parent].parent; continue }
            if parentScore < threshold { break }
            if parentScore > lastScore { top = parent; break }
            lastScore = parentScore
            parent = nodes[parent].parent
        }
        // An only child says nothing its parent would not.
        parent = nodes[top].parent
        while parent >= 0, !["body", "html"].contains(nodes[parent].tag),
              tree.children(of: parent).filter({ !nodes[$0].isText && !stats.dead[$0] }).count == 1 {
            top = parent
            parent = nodes[parent].parent
        }
        return (withCousins(withSiblings(top, scores: scores), of: top), scores)
    }

    /// Sites that break an article with ads or embeds often repeat the body container: the
    /// same tag and class a few levels apart ("article__body" blocks between ad rails). Those
    /// containers join the article when they hold prose.
    private func withCousins(_ roots: [Int], of top: Int) -> [Int] {
        let nodes = tree.nodes
        guard let topClass = nodes[top].attribute("class"), !topClass.isEmpty else { return roots }
        var ancestor = top
        for _ in 0..<3 {
            let parent = nodes[ancestor].parent
            guard parent >= 0, !["body", "html"].contains(nodes[parent].tag) else { break }
            ancestor = parent
        }
        guard ancestor != top else { return roots }
        var result = roots
        for candidate in tree.elements(below: ancestor, tags: [nodes[top].tag])
        where !stats.dead[candidate] && nodes[candidate].attribute("class") == topClass {
            if result.contains(where: { tree.isDescendant(candidate, of: $0) || tree.isDescendant($0, of: candidate) }) { continue }
            guard stats.textLength[candidate] >= 50, stats.linkDensity(candidate) < 0.33 else { continue }
            result.append(candidate)
        }
        return result.sorted()
    }

    private func withSiblings(_ top: Int, scores: [Double?]) -> [Int] {
        let nodes = tree.nodes
        let parent = nodes[top].parent
        guard parent >= 0 else { return [top] }
        let topScore = scores[top] ?? 0
        let threshold = max(10, topScore * 0.2)
        let topClass = nodes[top].attribute("class") ?? ""
        var result: [Int] = []
        for sibling in tree.children(of: parent) where !stats.dead[sibling] && !nodes[sibling].isText {
            if sibling == top { result.append(sibling); continue }
            var bonus = 0.0
            if !topClass.isEmpty, nodes[sibling].attribute("class") == topClass { bonus = topScore * 0.2 }
            if let score = scores[sibling], score + bonus >= threshold {
                result.append(sibling)
                continue
            }
            let tag = nodes[sibling].tag
            guard tag == "p" || (nodes[sibling].flags.contains(.container) && !stats.hasBlockDescendant[sibling]) else { continue }
            let length = stats.textLength[sibling]
            let density = stats.linkDensity(sibling)
            if length > 80 && density < 0.25 {
                result.append(sibling)
            } else if length > 0 && length <= 80 && density == 0 && tree.text(of: sibling).contains(where: { $0 == "." }) {
                result.append(sibling)
            }
        }
        return result
    }

    private func ancestors(of index: Int) -> [Int] {
        var result: [Int] = []
        var current = tree.nodes[index].parent
        while current >= 0 {
            result.append(current)
            current = tree.nodes[current].parent
        }
        return result
    }

    /// The fallback when no container wins: everything in `<body>`.
    private func bodyChildren() -> [Int] {
        guard let body = tree.nodes.indices.first(where: { tree.nodes[$0].tag == "body" }) else {
            return tree.root.map { [$0] } ?? []
        }
        return [body]
    }
}
