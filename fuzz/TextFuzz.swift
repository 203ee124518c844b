// libFuzzer target: Tokenizer and SentenceSplitter on arbitrary text, checking their invariants.
import Foundation
import NewsGraph

/// The tokenizer's notion of space (CharClass.isSpace is internal): ASCII blanks and controls
/// 9–13, Unicode whitespace, ZERO WIDTH SPACE and the BOM.
func isTokenizerSpace(_ c: Unicode.Scalar) -> Bool {
    let v = c.value
    if v < 128 { return v == 32 || (v >= 9 && v <= 13) }
    return c.properties.isWhitespace || v == 0x200B || v == 0xFEFF
}

func fail(_ message: String, _ text: String) -> Never {
    fatalError("\(message) — text: \(text.debugDescription.prefix(400))")
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzText(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let scalars = Array(text.unicodeScalars)
    let n = scalars.count
    let tokens = Tokenizer().tokenize(text)

    // Tokens: non-empty, inside the text, in order without overlap, their text exactly the
    // scalars they span, never containing a space.
    var covered = [Bool](repeating: false, count: n)
    var previousEnd = 0
    for token in tokens {
        guard token.start >= previousEnd, token.start < token.end, token.end <= n else {
            fail("token \(token.start)..<\(token.end) after \(previousEnd) in \(n) scalars", text)
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[token.start..<token.end])
        guard String(view) == token.text else { fail("token text \(token.text.debugDescription) ≠ its span", text) }
        for k in token.start..<token.end {
            if isTokenizerSpace(scalars[k]) { fail("token \(token.text.debugDescription) contains a space", text) }
            covered[k] = true
        }
        previousEnd = token.end
    }
    // Every non-space scalar belongs to a token: nothing of the text is silently dropped.
    for k in 0..<n where !covered[k] && !isTokenizerSpace(scalars[k]) {
        fail("scalar U+\(String(scalars[k].value, radix: 16)) at \(k) in no token", text)
    }

    // Sentences: never empty, range = first token start ..< last token end, in order, and
    // together exactly the tokenizer's tokens.
    let sentences = SentenceSplitter().split(text)
    var joined: [Token] = []
    joined.reserveCapacity(tokens.count)
    var sentenceEnd = 0
    for sentence in sentences {
        guard let first = sentence.tokens.first, let last = sentence.tokens.last else { fail("empty sentence", text) }
        guard sentence.range == first.start..<last.end else { fail("sentence range \(sentence.range) ≠ its tokens", text) }
        guard sentence.range.lowerBound >= sentenceEnd, sentence.range.upperBound <= n else {
            fail("sentence \(sentence.range) after \(sentenceEnd) in \(n) scalars", text)
        }
        sentenceEnd = sentence.range.upperBound
        joined.append(contentsOf: sentence.tokens)
    }
    guard joined == tokens else { fail("sentences hold \(joined.count) tokens, the tokenizer gave \(tokens.count)", text) }
    return 0
}
