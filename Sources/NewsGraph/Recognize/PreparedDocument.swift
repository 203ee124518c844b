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

    /// Analyzes the sentences; with `storeKeys` false (tagging), `keys` stays empty and
    /// callers compute each sentence's keys when they need them, so a long document does
    /// not hold ~400 bytes of keys per token at once.
    init(sentences: [[String]], gazetteer: Gazetteer, storeKeys: Bool = true) {
        var infos: [[TokenInfo]] = []
        infos.reserveCapacity(sentences.count)
        for sentence in sentences {
            var row = sentence.map { TokenInfo(Self.normalized($0)) }
            gazetteer.mark(&row)
            infos.append(row)
        }
        var modes = infos.map(SentenceMode.init)
        let context = DocumentContext(sentences: infos, modes: modes)
        // Title Case headlines: words that running text writes in lower case, and that this
        // document never capitalizes mid-sentence, are read as the lower-case words they are
        // ("Slams Critics" → "slams critics"); names keep their capitals.
        for s in infos.indices where modes[s] == .titleCase {
            var changed = false
            for i in 1..<max(1, infos[s].count) {
                let info = infos[s][i]
                guard info.flags.contains(.commonWord), info.flags.contains(.initialCapital),
                      !info.flags.contains(.allCapitals), info.gazetteer == 0,
                      context.casing(of: info.lower) & DocumentContext.seenCapitalized == 0 else { continue }
                var lowered = TokenInfo(sentences[s][i].lowercased())
                lowered.flags.insert(.commonWord)
                infos[s][i] = lowered
                changed = true
            }
            if changed { modes[s] = SentenceMode(infos[s]) }
        }
        var keys: [UInt64] = []
        if storeKeys { keys.reserveCapacity(sentences.reduce(0) { $0 + $1.count } * FeatureExtractor.stride) }
        var firstToken: [Int] = []
        var total = 0
        for (s, row) in infos.enumerated() {
            firstToken.append(total)
            if storeKeys { FeatureExtractor.keys(row, mode: modes[s], context: context, into: &keys) }
            total += row.count
        }
        self.infos = infos
        self.modes = modes
        self.context = context
        self.keys = keys
        self.firstToken = firstToken
    }

    /// Typographic punctuation as the Reuters training text writes it: curly quotes become
    /// straight ones, dashes "-", the ellipsis "...". Raw news text is full of the former;
    /// the model has only seen the latter.
    private static let typographic: Set<UInt32> = [0x201C, 0x201D, 0x201E, 0x201F, 0x00AB, 0x00BB, 0x2018, 0x2019, 0x201A, 0x201B,
                                                   0x2013, 0x2014, 0x2012, 0x2015, 0x2026]

    static func normalized(_ token: String) -> String {
        // Only tokens starting with typographic punctuation change (none has a canonical
        // decomposition, so the string comparisons below cannot match anything else). All of
        // it is outside ASCII, so a token whose first byte is ASCII stays as it is: one byte
        // read instead of a pass over the whole token.
        guard let lead = token.utf8.first, lead >= 0x80 else { return token }
        guard let first = token.unicodeScalars.first, Self.typographic.contains(first.value) else { return token }
        switch token {
        case "\u{201C}", "\u{201D}", "\u{201E}", "\u{201F}", "\u{00AB}", "\u{00BB}": return "\""
        case "\u{2018}", "\u{2019}", "\u{201A}", "\u{201B}": return "'"
        case "\u{2013}", "\u{2014}", "\u{2012}", "\u{2015}": return "-"
        case "\u{2026}": return "..."
        default:
            if token.hasPrefix("\u{2019}") { return "'" + token.dropFirst() }  // ’s, ’re
            return token
        }
    }
}
