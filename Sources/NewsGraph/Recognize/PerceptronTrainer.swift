import Foundation

/// Trains a ``TaggerModel`` with the averaged structured perceptron (Collins 2002).
///
/// Each sentence is decoded with Viterbi under the current weights; when the best path
/// differs from the gold tags, the features of the wrong tokens move toward the gold tag
/// and away from the predicted one, and so do the wrong transitions. The model keeps the
/// average of the weights over all steps, which generalizes far better than the last ones.
///
/// Training is deterministic: documents are visited in an order shuffled by a fixed-seed
/// generator, features are numbered in order of first appearance, and nothing depends on
/// `Hasher` or on dictionary iteration order.
///
/// ```swift
/// let trainer = PerceptronTrainer(options: .init(epochs: 10))
/// let model = trainer.train(try CoNLLReader.read(path: "train.txt"), dev: nil) { print($0) }
/// ```
public struct PerceptronTrainer: Sendable {
    public struct Options: Sendable {
        /// Passes over the training data.
        public var epochs: Int
        /// Seed of the document-order shuffle and the augmentation choices.
        public var seed: UInt64
        /// Features seen fewer times than this in training get no weights.
        public var featureCutoff: Int
        /// Weight rows whose largest absolute averaged weight is below this are dropped.
        public var pruneThreshold: Float
        /// Share of sentences also trained in a Title Case copy placed at the start of their
        /// document, so the model learns headlines where every word is capitalized.
        public var titleCaseShare: Double
        /// Words written in lower case at least this often in training text are marked as
        /// common words (a feature that tells headline words from names).
        public var commonWordCount: Int
        /// Stored in the model as ``TaggerModel/confidenceTemperature``; 16 had the lowest
        /// log loss of mention correctness on dev.txt for a train-only model (0.192, vs 0.774 at 1).
        public var confidenceTemperature: Float

        public init(epochs: Int = 16, seed: UInt64 = 20_030_531, featureCutoff: Int = 2,
                    pruneThreshold: Float = 0.05, titleCaseShare: Double = 0.1, commonWordCount: Int = 3,
                    confidenceTemperature: Float = 16) {
            self.commonWordCount = commonWordCount
            self.confidenceTemperature = confidenceTemperature
            self.epochs = epochs
            self.seed = seed
            self.featureCutoff = featureCutoff
            self.pruneThreshold = pruneThreshold
            self.titleCaseShare = titleCaseShare
        }
    }

    public var options: Options
    var gazetteer: Gazetteer

    init(options: Options, gazetteer: Gazetteer) {
        self.options = options
        self.gazetteer = gazetteer
    }

    /// A trainer whose gazetteers are read from a folder of `gaz-*.txt` files
    /// (`Resources/ner` of the library when nil).
    public init(options: Options, gazetteerFolder: URL? = nil) {
        self.options = options
        if let folder = gazetteerFolder {
            gazetteer = Gazetteer.load(folder: folder)
        } else if let url = ResourceLocator.url(for: "ner/gaz-countries.txt") {
            gazetteer = Gazetteer.load(folder: url.deletingLastPathComponent())
        } else {
            gazetteer = Gazetteer()
        }
    }

    /// Trains on `documents`; when `dev` is given, reports its entity F1 after every epoch
    /// through `log`.
    public func train(_ documents: [LabeledDocument], dev: [LabeledDocument]?, log: (String) -> Void) -> TaggerModel {
        let t = BIOTags.count
        var rng = SplitMix64(seed: options.seed)
        let docs = documents.map { augment($0, &rng) }
        var gazetteer = self.gazetteer
        gazetteer.addCommonWords(Self.commonWords(documents, minimumCount: options.commonWordCount))
        let prepared = docs.map { doc in PreparedDocument(sentences: doc.sentences.map(\.tokens), gazetteer: gazetteer, storeKeys: false) }
        // A document's static keys, computed when needed rather than kept for the whole
        // training set (~400 bytes per token).
        func documentKeys(_ doc: PreparedDocument) -> [UInt64] {
            var keys: [UInt64] = []
            for (s, infos) in doc.infos.enumerated() {
                FeatureExtractor.keys(infos, mode: doc.modes[s], context: doc.context, into: &keys)
            }
            return keys
        }

        // Number the features that occur often enough, in order of first appearance.
        var counts: [UInt64: Int32] = [:]
        for doc in prepared { for key in documentKeys(doc) where key != 0 { counts[key, default: 0] += 1 } }
        var index = HashIndex(capacity: counts.count / 2)
        var rowKeys: [UInt64] = []
        func addRow(_ key: UInt64) {
            guard index.value(for: key) < 0 else { return }
            index.set(key, Int32(rowKeys.count))
            rowKeys.append(key)
        }
        for doc in prepared {
            for key in documentKeys(doc) where key != 0 && Int(counts[key] ?? 0) >= options.featureCutoff { addRow(key) }
        }
        counts = [:]
        for prior in 1...UInt64(BIOTags.types.count) {
            for cap in 0...UInt64(1) {
                for mode in [SentenceMode.normal, .allCaps, .titleCase] {
                    var info = TokenInfo("xx")
                    info.flags = cap == 1 ? [.hasLetter, .initialCapital] : [.hasLetter]
                    var context = DocumentContext()
                    context.remember([info], tags: [BIOTags.begin(Int(prior) - 1)])
                    let (a, b) = FeatureExtractor.priorKeys(info, mode: mode, context: context)
                    if a != 0 { addRow(a); addRow(b) }
                }
            }
        }
        let rows = rowKeys.count
        // Keys → rows once (-1: no row, -2: end of the token's keys), stored as 32-bit ids.
        let rowIDs: [[Int32]] = prepared.map { doc in documentKeys(doc).map { $0 == 0 ? -2 : index.value(for: $0) } }
        log("training: \(docs.count) documents, \(prepared.reduce(0) { $0 + $1.infos.reduce(0) { $0 + $1.count } }) tokens, \(rows) features")

        var weights = [Float](repeating: 0, count: rows * t)
        var totals = [Double](repeating: 0, count: rows * t)
        var transitions = [Float](repeating: 0, count: (t + 1) * t)
        var transitionTotals = [Double](repeating: 0, count: (t + 1) * t)
        var step: Double = 1
        var order = Array(0..<docs.count)
        var scores: [Float] = []
        var ids: [Int32] = []

        func averaged() -> ([Float], [Float]) {
            let w = (0..<weights.count).map { weights[$0] - Float(totals[$0] / step) }
            let tr = (0..<transitions.count).map { transitions[$0] - Float(transitionTotals[$0] / step) }
            return (w, tr)
        }

        for epoch in 1...max(1, options.epochs) {
            rng.shuffle(&order)
            var mistakes = 0
            var sentencesSeen = 0
            for d in order {
                var doc = prepared[d]
                let gold = docs[d].sentences
                for (s, infos) in doc.infos.enumerated() {
                    let n = infos.count
                    // The token's feature rows: static ones, then the document-memory ones.
                    ids.removeAll(keepingCapacity: true)
                    var perToken = [Int](repeating: 0, count: n + 1)
                    for i in 0..<n {
                        let base = (doc.firstToken[s] + i) * FeatureExtractor.stride
                        for k in base..<(base + FeatureExtractor.stride) {
                            let row = rowIDs[d][k]
                            if row == -2 { break }
                            if row >= 0 { ids.append(row) }
                        }
                        let (p1, p2) = FeatureExtractor.priorKeys(infos[i], mode: doc.modes[s], context: doc.context)
                        if p1 != 0 {
                            for key in [p1, p2] { let row = index.value(for: key); if row >= 0 { ids.append(row) } }
                        }
                        perToken[i + 1] = ids.count
                    }
                    scores = [Float](repeating: 0, count: n * t)
                    for i in 0..<n {
                        for f in perToken[i]..<perToken[i + 1] {
                            let r = Int(ids[f]) * t
                            for y in 0..<t { scores[i * t + y] += weights[r + y] }
                        }
                    }
                    let predicted = scores.withUnsafeBufferPointer {
                        Viterbi.decode(emissions: $0, count: n, transitions: transitions)
                    }
                    let goldTags = gold[s].tags
                    if predicted != goldTags {
                        mistakes += 1
                        for i in 0..<n where predicted[i] != goldTags[i] {
                            for f in perToken[i]..<perToken[i + 1] {
                                let r = Int(ids[f]) * t
                                weights[r + goldTags[i]] += 1; totals[r + goldTags[i]] += step
                                weights[r + predicted[i]] -= 1; totals[r + predicted[i]] -= step
                            }
                        }
                        for i in 0..<n {
                            let pg = i == 0 ? t : goldTags[i - 1]
                            let pp = i == 0 ? t : predicted[i - 1]
                            if pg != pp || goldTags[i] != predicted[i] {
                                transitions[pg * t + goldTags[i]] += 1; transitionTotals[pg * t + goldTags[i]] += step
                                transitions[pp * t + predicted[i]] -= 1; transitionTotals[pp * t + predicted[i]] -= step
                            }
                        }
                    }
                    doc.context.remember(infos, tags: predicted)
                    step += 1
                    sentencesSeen += 1
                }
            }
            var line = "epoch \(epoch): \(mistakes)/\(sentencesSeen) sentences wrong"
            if let dev {
                let (w, tr) = averaged()
                let model = TaggerModel(rowKeys: rowKeys, weights: w, transitions: tr, gazetteer: gazetteer)
                let score = NamedEntityTagger(model: model).evaluate(dev)
                line += ", dev F1 " + String(format: "%.2f", score.scorer.overall.f1)
            }
            log(line)
        }

        let (w, tr) = averaged()
        var model = prune(w, rowKeys: rowKeys, transitions: tr, gazetteer: gazetteer, log: log)
        model.confidenceTemperature = options.confidenceTemperature
        if let dev { reportCalibration(model, dev, log: log) }
        return model
    }

    /// Logs the mean log loss of mention confidences on `dev` for several temperatures, so
    /// the default ``Options/confidenceTemperature`` can be chosen on held-out data.
    private func reportCalibration(_ model: TaggerModel, _ dev: [LabeledDocument], log: (String) -> Void) {
        var parts: [String] = []
        for temperature: Float in [1, 2, 4, 6, 8, 12, 16, 24] {
            var calibrated = model
            calibrated.confidenceTemperature = temperature
            let tagger = NamedEntityTagger(model: calibrated)
            var loss: Double = 0
            var count = 0
            for doc in dev {
                for (c, correct) in tagger.scoredMentions(doc) {
                    let p = min(max(Double(c), 1e-6), 1 - 1e-6)
                    loss -= Foundation.log(correct ? p : 1 - p)
                    count += 1
                }
            }
            parts.append("T=\(Int(temperature)): \(String(format: "%.4f", loss / Double(max(count, 1))))")
        }
        log("confidence log loss on dev: " + parts.joined(separator: ", "))
    }

    /// Lower-case hashes of words written in lower case at least `minimumCount` times, and
    /// at least nine times as often as capitalized, inside ordinary (not all-caps, not Title
    /// Case) training sentences after their first word; in first-seen order.
    static func commonWords(_ documents: [LabeledDocument], minimumCount: Int) -> [UInt64] {
        var counts: [UInt64: Int] = [:]
        var capitalized: [UInt64: Int] = [:]
        var order: [UInt64] = []
        for doc in documents {
            for sentence in doc.sentences {
                let infos = sentence.tokens.map(TokenInfo.init)
                guard SentenceMode(infos) == .normal else { continue }
                for (i, info) in infos.enumerated() where i > 0 && info.letters >= 2 {
                    if info.flags.contains(.allLower) {
                        if counts[info.lower] == nil { order.append(info.lower) }
                        counts[info.lower, default: 0] += 1
                    } else if info.flags.contains(.initialCapital) {
                        capitalized[info.lower, default: 0] += 1
                    }
                }
            }
        }
        return order.filter { key in
            let lower = counts[key] ?? 0
            return lower >= minimumCount && lower >= 9 * (capitalized[key] ?? 0)
        }
    }

    /// Drops rows whose weights are all near zero and renumbers the rest.
    private func prune(_ w: [Float], rowKeys: [UInt64], transitions: [Float], gazetteer: Gazetteer, log: (String) -> Void) -> TaggerModel {
        let t = BIOTags.count
        var kept: [Float] = []
        var keys: [UInt64] = []
        for (row, key) in rowKeys.enumerated() {
            var largest: Float = 0
            for y in 0..<t { largest = max(largest, abs(w[row * t + y])) }
            guard largest >= options.pruneThreshold else { continue }
            keys.append(key)
            kept.append(contentsOf: w[(row * t)..<(row * t + t)])
        }
        log("kept \(keys.count) of \(rowKeys.count) features (|w| ≥ \(options.pruneThreshold))")
        return TaggerModel(rowKeys: keys, weights: kept, transitions: transitions, gazetteer: gazetteer)
    }

    /// Adds Title Case copies of some sentences at the start of the document.
    private func augment(_ doc: LabeledDocument, _ rng: inout SplitMix64) -> LabeledDocument {
        guard options.titleCaseShare > 0 else { return doc }
        var copies: [LabeledSentence] = []
        for sentence in doc.sentences where sentence.tokens.count >= 4 {
            guard rng.unit() < options.titleCaseShare else { continue }
            let mode = SentenceMode(sentence.tokens.map(TokenInfo.init))
            guard mode == .normal else { continue }
            // Half the copies keep minor words in lower case (AP style), half capitalize
            // every word, as many sites do.
            let everyWord = rng.next() & 1 == 1
            copies.append(LabeledSentence(tokens: sentence.tokens.map { Self.titleCased($0, everyWord: everyWord) }, tags: sentence.tags))
        }
        return LabeledDocument(sentences: copies + doc.sentences)
    }

    private static let minorWords: Set<String> = ["a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "but", "by", "with", "as", "'s", "n't"]

    /// "rejects" → "Rejects"; clitics, tokens without a leading letter and, unless
    /// `everyWord`, minor words ("of", "the") stay as they are.
    static func titleCased(_ word: String, everyWord: Bool = false) -> String {
        guard let first = word.unicodeScalars.first, CharClass.isLower(first) else { return word }
        if word == "'s" || word == "n't" || (!everyWord && minorWords.contains(word)) { return word }
        return word.prefix(1).uppercased() + word.dropFirst()
    }
}
