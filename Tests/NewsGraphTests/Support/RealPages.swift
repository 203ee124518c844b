import Foundation

/// Real pages for tests that compare two ways of reading them: the shipped sample pages and,
/// when ../shared/data is present, the 181 pages of the article extraction benchmark.
enum RealPages {
    /// Every page as (file name, bytes); the benchmark's pages gunzipped.
    static func all() throws -> [(String, [UInt8])] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        var pages: [(String, [UInt8])] = []
        let samples = root.appendingPathComponent("samples/pages")
        for name in try FileManager.default.contentsOfDirectory(atPath: samples.path).sorted() {
            pages.append((name, [UInt8](try Data(contentsOf: samples.appendingPathComponent(name)))))
        }
        let benchmark = root.appendingPathComponent("../shared/data/article-extraction-benchmark/html").standardized
        if let names = try? FileManager.default.contentsOfDirectory(atPath: benchmark.path) {
            for name in names.sorted() where name.hasSuffix(".html.gz") {
                let gunzip = Process()
                gunzip.executableURL = URL(fileURLWithPath: "/bin/gzip")
                gunzip.arguments = ["-dc", benchmark.appendingPathComponent(name).path]
                let out = Pipe()
                gunzip.standardOutput = out
                try gunzip.run()
                let data = out.fileHandleForReading.readDataToEndOfFile()
                gunzip.waitUntilExit()
                pages.append((name, [UInt8](data)))
            }
        }
        return pages
    }
}
