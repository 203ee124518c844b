import Testing
@testable import NewsGraph

@Suite struct FeatureTableTests {
    static let hasShippedModel = ResourceLocator.url(for: "ner/model.bin") != nil

    /// The weights of `key` as `TaggerModel` stores them (its key index, then its row), the
    /// lookup the table replaces. `features` is `model.featureIndex()`, built once by the caller.
    static func referenceRow(_ model: TaggerModel, _ features: HashIndex, _ key: UInt64) -> [Float]? {
        let row = features.value(for: key)
        guard row >= 0 else { return nil }
        let t = BIOTags.count
        return Array(model.weights[Int(row) * t..<(Int(row) + 1) * t])
    }

    static func bits(_ row: UnsafeRawPointer?) -> [UInt32]? {
        guard let row else { return nil }
        return (0..<BIOTags.count).map { row.load(fromByteOffset: 4 * $0, as: Float.self).bitPattern }
    }

    @Test(.enabled(if: hasShippedModel))
    func everyShippedFeatureHasItsOwnRowBitForBit() throws {
        let model = try TaggerModel.shipped()
        let table = FeatureTable(rowKeys: model.rowKeys, weights: model.weights)
        let features = model.featureIndex()
        let entries = features.entries
        #expect(entries.count > 50_000)
        #expect(table.count == entries.count)
        var mismatches = 0
        for (key, _) in entries where Self.bits(table.row(for: key)) != Self.referenceRow(model, features, key)?.map(\.bitPattern) {
            mismatches += 1
        }
        #expect(mismatches == 0)
        // Keys the model lacks: absent from both.
        var key: UInt64 = 12345
        var absent = 0
        for _ in 0..<100_000 {
            key = FeatureHash.mix(key)
            guard features.value(for: key) < 0 else { continue }
            absent += 1
            #expect(table.row(for: key) == nil)
        }
        #expect(absent > 99_000)
    }

    @Test func keysSharingSlotAndTagAreToldApart() {
        // Same home slot (low bits) and same tag (top 16 bits), different keys: the lookup must
        // compare whole keys. Tag 0 is stored as 1, so 0x0000… and 0x0001… share a tag too.
        let keys: [UInt64] = [0xABCD_0000_0000_0005, 0xABCD_0001_0000_0005, 0xABCD_0000_0100_0005,
                              0x0000_1234_0000_0005, 0x0001_5678_0000_0005, 0x0001_0000_0000_0006]
        var weights: [Float] = []
        for row in keys.indices {
            weights += (0..<BIOTags.count).map { Float(row * 100 + $0) + 0.25 }
        }
        let table = FeatureTable(rowKeys: keys, weights: weights)
        for (row, key) in keys.enumerated() {
            #expect(Self.bits(table.row(for: key)) == (0..<BIOTags.count).map { (Float(row * 100 + $0) + 0.25).bitPattern })
        }
        for missing: UInt64 in [0xABCD_0002_0000_0005, 0x0000_0000_0000_0005, 0x0001_0000_0000_0005, 0x77] {
            #expect(table.row(for: missing) == nil)
        }
    }

    @Test func rowsOutsideTheWeightsAreLeftOut() {
        let table = FeatureTable(rowKeys: [42, 0, 0, 0, 0, 0, 0, 43], weights: [Float](repeating: 1, count: BIOTags.count))
        #expect(table.count == 1)
        #expect(table.row(for: 42) != nil)
        #expect(table.row(for: 43) == nil)
    }

    /// A key on two rows (a model file may hold that) is one feature with the later row, as
    /// in the model's own key index.
    @Test func aKeyOnTwoRowsTakesTheLaterRow() {
        let t = BIOTags.count
        let weights = (0..<3 * t).map { Float($0) }
        let rowKeys: [UInt64] = [7, 9, 7]
        let table = FeatureTable(rowKeys: rowKeys, weights: weights)
        #expect(table.count == 2)
        #expect(Self.bits(table.row(for: 7)) == weights[2 * t..<3 * t].map(\.bitPattern))
        #expect(Self.bits(table.row(for: 9)) == weights[t..<2 * t].map(\.bitPattern))
        let model = TaggerModel(rowKeys: rowKeys, weights: weights, transitions: [], gazetteer: Gazetteer())
        #expect(model.featureIndex().value(for: 7) == 2)
        #expect(model.featureIndex().count == 2)
    }

    /// The emissions of news-like text equal, bit for bit, sums in key order over the
    /// model's own index and rows.
    @Test(.enabled(if: hasShippedModel))
    func emissionsEqualTheRowByRowSums() throws {
        let model = try TaggerModel.shipped()
        let tagger = NamedEntityTagger(model: model)
        let text = """
            WASHINGTON (Reuters) - U.S. President Joe Biden met Chinese leader Xi Jinping on Tuesday. \
            “We’re not looking for conflict,” Biden told reporters at the White House. \
            Shares of Apple Inc. rose 3.5% to $189.20 in New York; Zürich-based UBS fell. \
            BIDEN SLAMS CRITICS AFTER SUMMIT WITH XI
            """
        let scalars = Array(text.unicodeScalars)
        let tokens = tagger.splitter.tokenizer.tokenize(scalars: scalars, offset: 0)
        let sentences = tagger.splitter.split(tokens: tokens, scalars: scalars).map { $0.tokens.map(\.text) }
        #expect(sentences.count >= 4)
        var prepared = PreparedDocument(sentences: sentences, gazetteer: model.gazetteer, storeKeys: false)
        let t = BIOTags.count
        let features = model.featureIndex()
        var checked = 0
        for s in prepared.infos.indices {
            var keys: [UInt64] = []
            FeatureExtractor.keys(prepared.infos[s], mode: prepared.modes[s], context: prepared.context, into: &keys)
            var scores: [Float] = []
            tagger.emissions(prepared, sentence: s, keys: keys, into: &scores)
            var reference = [Float](repeating: 0, count: prepared.infos[s].count * t)
            for (i, info) in prepared.infos[s].enumerated() {
                var tokenKeys = Array(keys[i * FeatureExtractor.stride..<(i + 1) * FeatureExtractor.stride].prefix { $0 != 0 })
                let (p1, p2) = FeatureExtractor.priorKeys(info, mode: prepared.modes[s], context: prepared.context)
                if p1 != 0 { tokenKeys += [p1, p2] }
                for key in tokenKeys {
                    guard let row = Self.referenceRow(model, features, key) else { continue }
                    for y in 0..<t { reference[i * t + y] += row[y] }
                }
            }
            #expect(scores.map(\.bitPattern) == reference.map(\.bitPattern))
            checked += scores.count
            // Later sentences read the document memory, as in tagging.
            let tags = scores.withUnsafeBufferPointer { Viterbi.decode(emissions: $0, count: prepared.infos[s].count, transitions: model.transitions) }
            prepared.context.remember(prepared.infos[s], tags: tags)
        }
        #expect(checked > 40 * t)
    }
}
