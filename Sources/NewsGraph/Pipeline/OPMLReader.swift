import Foundation

/// Reads the feed list of an OPML file (`<outline xmlUrl="…">`, nested folders included).
public enum OPMLReader {
    /// The feeds of `bytes` if it is an OPML document, nil if it is not OPML.
    /// Relative `xmlUrl`s are resolved against `baseURL` (a URL or a file's folder).
    public static func feeds(in bytes: [UInt8], baseURL: URL?) -> [String]? {
        guard looksLikeOPML(bytes), let document = try? XMLDocument(xml: bytes, url: baseURL?.absoluteString, encoding: nil),
              document.root?.name.lowercased() == "opml" else { return nil }
        return document.nodes(matching: "//*[local-name()='outline'][@xmlUrl or @xmlurl]").compactMap { node in
            guard let raw = (node.attribute("xmlUrl") ?? node.attribute("xmlurl"))?.trimmingCharacters(in: .whitespacesAndNewlines),
                  !raw.isEmpty else { return nil }
            if raw.lowercased().hasPrefix("http://") || raw.lowercased().hasPrefix("https://") { return raw }
            guard let resolved = URL(string: raw, relativeTo: baseURL)?.absoluteURL else { return raw }
            return resolved.isFileURL ? resolved.standardizedFileURL.path : resolved.absoluteString
        }
    }

    /// The feeds of an OPML file; nil when the file is not OPML, a failure when it cannot be read.
    static func feeds(inFile path: String) -> Result<[String], IngestFailure>? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        let head = [UInt8](handle.readData(ofLength: 1024))
        try? handle.close()
        guard looksLikeOPML(head) else { return nil }
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(IngestFailure(input: path, reason: "cannot read file"))
        }
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        guard let feeds = feeds(in: [UInt8](data), baseURL: folder.appendingPathComponent("/")) else {
            return .failure(IngestFailure(input: path, reason: "not a readable OPML file"))
        }
        return .success(feeds)
    }

    static func looksLikeOPML(_ bytes: [UInt8]) -> Bool {
        String(decoding: bytes.prefix(1024), as: UTF8.self).lowercased().contains("<opml")
    }
}
