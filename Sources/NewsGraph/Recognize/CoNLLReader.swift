import Foundation

/// A CoNLL file that could not be read.
public struct CoNLLError: Error, Sendable, CustomStringConvertible {
    public var source: String
    public var line: Int
    public var reason: String
    /// "file:line: reason", or "file: reason" for errors about the whole file (line 0).
    public var description: String { line > 0 ? "\(source):\(line): \(reason)" : "\(source): \(reason)" }
}

/// Reads CoNLL-format NER data.
///
/// One token per line: the token in the first column, the tag in the last (IOB1 or IOB2,
/// whitespace-separated, columns between are ignored); blank lines end sentences;
/// `-DOCSTART-` lines end documents. Tags are normalized to IOB2, so an IOB1 `I-X` that opens
/// an entity becomes `B-X` — the same reading conlleval applies.
///
/// ```swift
/// let docs = try CoNLLReader.parse("EU NNP I-NP I-ORG\nrejects VBZ I-VP O\n", source: "x")
/// docs[0].sentences[0].tags.map(BIOTags.name)  // ["B-ORG", "O"]
/// ```
public enum CoNLLReader {
    /// Reads a CoNLL file.
    public static func read(path: String) throws(CoNLLError) -> [LabeledDocument] {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw CoNLLError(source: path, line: 0, reason: "cannot read file: \(error.localizedDescription)")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw CoNLLError(source: path, line: 0, reason: "not valid UTF-8")
        }
        return try parse(text, source: path)
    }

    /// Parses CoNLL text; `source` names the input in errors.
    public static func parse(_ text: String, source: String) throws(CoNLLError) -> [LabeledDocument] {
        var documents: [LabeledDocument] = []
        var sentences: [LabeledSentence] = []
        var tokens: [String] = []
        var rawTags: [String] = []
        var lineNumber = 0

        func endSentence() {
            if !tokens.isEmpty {
                sentences.append(LabeledSentence(tokens: tokens, tags: toIOB2(rawTags)))
                tokens = []
                rawTags = []
            }
        }
        func endDocument() {
            endSentence()
            if !sentences.isEmpty { documents.append(LabeledDocument(sentences: sentences)); sentences = [] }
        }

        for line in TextLines.split(text) {
            lineNumber += 1
            let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" })
            guard let first = fields.first else { endSentence(); continue }
            if first == "-DOCSTART-" { endDocument(); continue }
            guard fields.count >= 2, let tagField = fields.last else {
                throw CoNLLError(source: source, line: lineNumber, reason: "expected a token and a tag, got \"\(line)\"")
            }
            let tag = String(tagField)
            guard tag == "O" || parseTag(tag) != nil else {
                throw CoNLLError(source: source, line: lineNumber, reason: "unknown tag \"\(tag)\"")
            }
            tokens.append(String(first))
            rawTags.append(tag)
        }
        endDocument()
        return documents
    }

    /// Splits "B-PER" into ("B", type index); nil for anything else (including "O").
    static func parseTag(_ tag: String) -> (prefix: Character, type: Int)? {
        guard tag.count >= 3, let prefix = tag.first, prefix == "B" || prefix == "I" || prefix == "E" || prefix == "S" || prefix == "L" || prefix == "U",
              tag.dropFirst().first == "-" else { return nil }
        switch tag.dropFirst(2) {
        case "PER": return (prefix, 0)
        case "ORG": return (prefix, 1)
        case "LOC": return (prefix, 2)
        case "MISC": return (prefix, 3)
        default: return nil
        }
    }

    /// IOB1/IOB2 (and BIOES/BILOU) tags → IOB2 tag indices.
    static func toIOB2(_ raw: [String]) -> [Int] {
        var result: [Int] = []
        result.reserveCapacity(raw.count)
        var previous = BIOTags.outside
        for tag in raw {
            guard let (prefix, type) = parseTag(tag) else { result.append(BIOTags.outside); previous = 0; continue }
            let continues = (prefix == "I" || prefix == "E" || prefix == "L") && BIOTags.type(of: previous) == type
            let index = continues ? BIOTags.inside(type) : BIOTags.begin(type)
            result.append(index)
            previous = index
        }
        return result
    }
}
