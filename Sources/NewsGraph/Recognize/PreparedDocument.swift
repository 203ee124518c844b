/// A document's sentences analyzed for tagging: token facts, sentence casing modes, the
/// document's casing evidence and every token's static feature keys.
struct PreparedDocument: Sendable {
    var infos: [[TokenInfo]]
    var modes: [SentenceMode]
    var context: DocumentContext
    /// Static keys, `FeatureExtractor.stride` per token, sentences one after another.
    var keys: [UInt64]
    /// The index of each sentence's first token in the document (for `keys`).
    var firstToken: [Int]

    init(sentences: [[String]], gazetteer: Gazetteer) {
        var infos: [[TokenInfo]] = []
        infos.reserveCapacity(sentences.count)
        for sentence in sentences {
            var row = sentence.map(TokenInfo.init)
            gazetteer.mark(&row)
            infos.append(row)
        }
        let modes = infos.map(SentenceMode.init)
        let context = DocumentContext(sentences: infos, modes: modes)
        var keys: [UInt64] = []
        keys.reserveCapacity(sentences.reduce(0) { $0 + $1.count } * FeatureExtractor.stride)
        var firstToken: [Int] = []
        var total = 0
        for (s, row) in infos.enumerated() {
            firstToken.append(total)
            FeatureExtractor.keys(row, mode: modes[s], context: context, into: &keys)
            total += row.count
        }
        self.infos = infos
        self.modes = modes
        self.context = context
        self.keys = keys
        self.firstToken = firstToken
    }
}
