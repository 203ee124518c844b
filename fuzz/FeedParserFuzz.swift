// libFuzzer target: FeedParser must turn any bytes into a Feed or a FeedError, never a crash.
import NewsGraph

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFeedParser(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    if let feed = try? FeedParser.parse(bytes, url: "https://fuzz.example/feed") {
        // Touch every entry so lazily computed fields are exercised too.
        var total = 0
        for entry in feed.entries { total &+= (entry.title ?? "").unicodeScalars.count }
        _ = total
    }
    return 0
}
