import Foundation
import Testing
@testable import NewsGraph

@Suite struct SyntheticGraphTests {
    @Test func isDeterministicAndExact() {
        let first = SyntheticGraph(edges: 2_000, edgesPerNode: 4, seed: 9)
        let second = SyntheticGraph(edges: 2_000, edgesPerNode: 4, seed: 9)
        let edges = Array(first.edges)
        #expect(edges.count == 2_000)
        #expect(edges == Array(second.edges))
        #expect(Array(first.nodes) == Array(second.nodes))
        #expect(Array(SyntheticGraph(edges: 2_000, edgesPerNode: 4, seed: 10).edges) != edges)
    }

    @Test func everyEdgeJoinsTwoDistinctExistingNodesOnce() {
        let graph = SyntheticGraph(edges: 5_000, seed: 1)
        let ids = Set(graph.nodes.map(\.id))
        #expect(ids.count == graph.nodeCount)
        var pairs = Set<[Int64]>()
        for edge in graph.edges {
            #expect(edge.source != edge.target)
            #expect(ids.contains(edge.source) && ids.contains(edge.target))
            #expect(pairs.insert([edge.source, edge.target]).inserted)
        }
        // Every node but the first links to something, so no node is isolated.
        var touched = Set<Int64>()
        for edge in graph.edges { touched.insert(edge.source); touched.insert(edge.target) }
        #expect(touched == ids)
    }

    @Test func degreesHaveAHeavyTail() {
        let graph = SyntheticGraph(edges: 50_000, edgesPerNode: 5, seed: 2)
        var degree: [Int64: Int] = [:]
        for edge in graph.edges {
            degree[edge.source, default: 0] += 1
            degree[edge.target, default: 0] += 1
        }
        let sorted = degree.values.sorted(by: >)
        let mean = Double(sorted.reduce(0, +)) / Double(sorted.count)
        // Preferential attachment: hubs far above the mean (a uniform random graph of this
        // size tops out near 2.5 times the mean), the median near the minimum.
        #expect(mean > 9.5 && mean < 10.5)
        #expect(Double(sorted[0]) > 20 * mean)
        #expect(sorted[sorted.count / 2] <= 8)
        // The top 1% of nodes hold several times their share of the edge ends (about 1.5% if
        // degrees were Poisson).
        let top = sorted.prefix(sorted.count / 100).reduce(0, +)
        #expect(Double(top) / Double(sorted.reduce(0, +)) > 0.07)
    }

    @Test func namesAreUniqueAndKindsRealistic() {
        let graph = SyntheticGraph(edges: 10_000, seed: 4)
        let nodes = Array(graph.nodes)
        #expect(Set(nodes.map(\.label)).count == nodes.count)
        let people = nodes.filter { $0.kind == .person }.count
        #expect(Double(people) / Double(nodes.count) > 0.35)
        #expect(nodes.filter { $0.kind == .country }.allSatisfy { $0.isoCode?.count == 2 })
        #expect(nodes.filter { $0.kind != .country }.allSatisfy { $0.isoCode == nil })
    }
}
