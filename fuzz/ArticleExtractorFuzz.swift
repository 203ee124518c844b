// libFuzzer target: charset decoding plus article extraction on arbitrary page bytes.
import NewsGraph

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzArticleExtractor(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let decoded = try? Charset.decode(bytes, kind: .html, source: "fuzz") else { return 0 }
    let extractor = ArticleExtractor(minimumLength: 50)
    if let article = try? extractor.extract(html: decoded.text, url: "https://fuzz.example/a/1") {
        // The contract: `text` is the paragraphs joined by a blank line.
        if article.text != article.paragraphs.joined(separator: "\n\n") {
            fatalError("Article.text disagrees with its paragraphs")
        }
    }
    _ = try? extractor.extract(html: bytes, url: "https://fuzz.example/a/2")
    return 0
}
