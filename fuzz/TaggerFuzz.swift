// libFuzzer target: tokenizer, sentence splitter and tagger on arbitrary UTF-8 text.
import Foundation
import NewsGraph

/// Loaded once: the shipped model, found relative to this file so the binary runs from anywhere.
let fuzzTagger: NamedEntityTagger = {
    let path = ProcessInfo.processInfo.environment["NG_FUZZ_MODEL"]
        ?? URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../Sources/NewsGraph/Resources/ner/model.bin").path
    do {
        return NamedEntityTagger(model: try TaggerModel(contentsOf: URL(fileURLWithPath: path)))
    } catch {
        fatalError("fuzz setup: cannot load the tagger model at \(path): \(error)")
    }
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTaggerPipeline(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let scalarCount = text.unicodeScalars.count
    for token in Tokenizer().tokenize(text) where token.start < 0 || token.start >= token.end || token.end > scalarCount {
        fatalError("token \(token) outside a text of \(scalarCount) scalars")
    }
    for sentence in SentenceSplitter().split(text) where sentence.range.upperBound > scalarCount {
        fatalError("sentence \(sentence.range) outside a text of \(scalarCount) scalars")
    }
    for mention in fuzzTagger.mentions(in: text) {
        // Offsets are Unicode-scalar offsets into the text: they must lie inside it.
        if mention.start < 0 || mention.start > mention.end || mention.end > scalarCount {
            fatalError("mention \(mention) outside a text of \(scalarCount) scalars")
        }
    }
    return 0
}
