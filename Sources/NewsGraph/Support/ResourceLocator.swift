import Foundation

/// Finds the data files shipped with the library (the tagger model, gazetteers).
///
/// SwiftPM's generated `Bundle.module` aborts the process when the resource bundle is not
/// where the build left it (for example after `newsgraph` is copied to /usr/local/bin), so we
/// look for the bundle ourselves and report a clear error instead. Search order:
/// `NEWSGRAPH_RESOURCES` (a folder), the bundle next to the executable, `../share/newsgraph`
/// beside the executable's folder, the bundle beside the main bundle, then the source tree
/// this file was compiled from.
public enum ResourceLocator {
    /// The name SwiftPM gives the library's resource bundle on Linux.
    static let bundleName = "newsgraph_NewsGraph.resources"

    /// The URL of a resource such as `"ner/model.bin"`, or nil when it cannot be found.
    public static func url(for relativePath: String) -> URL? {
        // The folders beside the executable first: they hold the bundle of an installed or
        // built binary, and the later candidates cost more to work out (`Bundle.main` lists
        // the executable's folder, milliseconds in a crowded one).
        func existing(in folders: [URL]) -> URL? {
            folders.lazy.map { $0.appendingPathComponent(relativePath) }
                .first { FileManager.default.fileExists(atPath: $0.path) }
        }
        return existing(in: nearExecutable) ?? existing(in: fallbackFolders)
    }

    /// Reads a resource, throwing an error that names it when it is missing.
    public static func data(for relativePath: String) throws(ResourceError) -> Data {
        guard let url = url(for: relativePath) else { throw ResourceError(path: relativePath, reason: "not found in any resource folder") }
        do {
            return try Data(contentsOf: url, options: .mappedIfSafe)
        } catch {
            throw ResourceError(path: url.path, reason: error.localizedDescription)
        }
    }

    /// `NEWSGRAPH_RESOURCES`, the bundle next to the executable, `../share/newsgraph`; worked
    /// out once per process (the environment variable is read then).
    private static let nearExecutable: [URL] = {
        var folders: [URL] = []
        if let override = ProcessInfo.processInfo.environment["NEWSGRAPH_RESOURCES"], !override.isEmpty {
            folders.append(URL(fileURLWithPath: override))
        }
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
        let executableFolder = executable.deletingLastPathComponent()
        folders.append(executableFolder.appendingPathComponent(bundleName).appendingPathComponent("Resources"))
        folders.append(executableFolder.deletingLastPathComponent().appendingPathComponent("share/newsgraph"))
        return folders
    }()

    /// The bundle beside the main bundle, then the source tree's Resources folder (for
    /// development); worked out only when a resource is not near the executable.
    private static var fallbackFolders: [URL] {
        [Bundle.main.bundleURL.appendingPathComponent(bundleName).appendingPathComponent("Resources"),
         URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Resources")]
    }
}

/// A shipped data file could not be read.
public struct ResourceError: Error, Sendable, CustomStringConvertible {
    public var path: String
    public var reason: String
    public var description: String { "resource \(path): \(reason)" }
}
