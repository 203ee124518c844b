import Foundation
import Testing
@testable import NewsGraph

@Suite struct IngestSourceWalkTests {
    /// What `walk` did before it read directories itself: Foundation's enumerator with its
    /// resource values. The new walk must list exactly the same paths.
    static func enumeratorWalk(_ directory: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(at: URL(fileURLWithPath: directory),
                                                              includingPropertiesForKeys: [.isRegularFileKey],
                                                              options: [.skipsHiddenFiles]) else { return [] }
        var paths: [String] = []
        for case let url as URL in enumerator where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
            paths.append(url.standardizedFileURL.path)
        }
        return paths.sorted()
    }

    @Test func listsWhatFoundationsEnumeratorListed() throws {
        let folder = try TemporaryDirectory()
        let root = folder.url.appendingPathComponent("pages").standardizedFileURL.path
        let files = FileManager.default
        for sub in ["a", "a/b", "a/b/c", ".hidden", "a/.cache", "empty", "spaced dir", "ünï"] {
            try files.createDirectory(atPath: root + "/" + sub, withIntermediateDirectories: true)
        }
        for file in ["top.html", "a/one.html", "a/b/two.htm", "a/b/c/three.xml", ".dotfile", "a/.hidden.html",
                     ".hidden/inside.html", "a/.cache/x.html", "spaced dir/page one.html", "ünï/façade.html", "a/b/noext"] {
            try Data("<p>x</p>".utf8).write(to: URL(fileURLWithPath: root + "/" + file))
        }
        try files.createSymbolicLink(atPath: root + "/link-to-file.html", withDestinationPath: root + "/top.html")
        try files.createSymbolicLink(atPath: root + "/link-to-dir", withDestinationPath: root + "/a")
        try files.createSymbolicLink(atPath: root + "/dangling.html", withDestinationPath: root + "/nowhere.html")

        let walked = IngestSource.walk(root)
        #expect(walked == Self.enumeratorWalk(root))
        #expect(walked.contains(root + "/a/b/c/three.xml"))
        #expect(!walked.contains { $0.contains("/.") })
        #expect(IngestSource.walk(root + "/missing").isEmpty)
    }
}
