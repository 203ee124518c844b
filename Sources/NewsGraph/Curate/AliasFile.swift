import Foundation

/// The aliases file users keep under version control (`newsgraph.aliases`): one rule a line,
/// `alias<TAB>canonical[<TAB>kind]`; blank lines and lines starting with `#` are skipped.
///
/// ```
/// # alias           canonical              kind
/// Putin             Vladimir Putin
/// Kremlin           Russian Government     organization
/// ```
///
/// Parsing is pure; ``Curator/apply(_:)`` applies the rules to a store.
public struct AliasFile: Sendable, Hashable {
    /// The name the file goes by in errors.
    public var path: String
    public var rules: [AliasRule]

    /// The file newsgraph applies on every ingest when it exists in the current directory.
    public static let defaultName = "newsgraph.aliases"

    /// Parses `text`; the first bad line throws.
    public init(text: String, path: String) throws(AliasFileError) {
        self.path = path
        var rules: [AliasRule] = []
        var seen: [String: AliasRule] = [:]
        var number = 0
        for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            number += 1
            // Spaces only: a trailing tab still separates an empty field.
            let line = rawLine.trimmingCharacters(in: CharacterSet(charactersIn: " \r"))
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces) }
            func fail(_ reason: AliasFileError.Reason) -> AliasFileError { AliasFileError(path: path, line: number, reason: reason) }
            guard fields.count >= 2 else { throw fail(.missingTab(line)) }
            guard fields.count <= 3 else { throw fail(.tooManyFields(fields.count)) }
            guard !EntityKey.fold(fields[0]).isEmpty else { throw fail(.emptyField("alias")) }
            guard !EntityKey.fold(fields[1]).isEmpty else { throw fail(.emptyField("canonical name")) }
            var kind: EntityKind?
            if fields.count == 3, !fields[2].isEmpty {
                guard let parsed = EntityKind(rawValue: fields[2].lowercased()) else { throw fail(.unknownKind(fields[2])) }
                kind = parsed
            }
            let rule = AliasRule(alias: fields[0], canonical: fields[1], kind: kind, line: number)
            if EntityKey.fold(rule.alias) == EntityKey.fold(rule.canonical) { throw fail(.sameName(rule.alias)) }
            let identity = (kind?.rawValue ?? "") + ":" + EntityKey.fold(rule.alias)
            if let earlier = seen[identity] {
                if EntityKey.fold(earlier.canonical) == EntityKey.fold(rule.canonical) { continue }
                throw fail(.conflict(alias: rule.alias, earlierLine: earlier.line, earlierCanonical: earlier.canonical))
            }
            seen[identity] = rule
            rules.append(rule)
        }
        self.rules = rules
    }

    /// Reads and parses the file at `path`.
    public init(contentsOf path: String) throws(AliasFileError) {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw AliasFileError(path: path, line: 0, reason: .unreadable((error as NSError).localizedDescription))
        }
        try self.init(text: text, path: path)
    }
}
