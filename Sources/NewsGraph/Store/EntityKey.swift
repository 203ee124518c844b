import Foundation

/// The normalized identity of an entity name: what makes "Élysée Palace", "elysee palace"
/// and "ÉLYSÉE  PALACE" the same node.
///
/// Folding drops case, diacritics and width, turns runs of whitespace, hyphens and
/// underscores into one space, and drops other punctuation, so "U.S." and "US" agree.
/// The stored graph matches entities on ``key`` (kind and folded name) and aliases on
/// ``fold(_:)`` alone; the resolver uses the same type so the two never disagree.
///
/// ```swift
/// EntityKey(kind: .person, name: "José  Martí").key // "person:jose marti"
/// EntityKey.fold("U.S.")                           // "us"
/// ```
public struct EntityKey: Sendable, Hashable, Codable, CustomStringConvertible {
    public var kind: EntityKind
    /// The folded name.
    public var folded: String

    public init(kind: EntityKind, name: String) {
        self.kind = kind
        self.folded = Self.fold(name)
    }

    /// `kind:folded`, the value of `entities.key`.
    public var key: String { "\(kind.rawValue):\(folded)" }
    public var description: String { key }

    /// Case-, diacritic- and width-folded name with punctuation dropped and spaces collapsed.
    public static func fold(_ name: String) -> String {
        let folded = name.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in folded.unicodeScalars {
            let properties = scalar.properties
            if properties.isWhitespace || scalar == "-" || scalar == "_" || scalar == "\u{2010}" || scalar == "\u{2013}" {
                pendingSpace = !result.isEmpty
            } else if properties.isAlphabetic || properties.numericType != nil || scalar == "&" || scalar == "+" {
                if pendingSpace { result.append(" ") }
                pendingSpace = false
                // folding leaves some letters (ß, ø, ł) alone; lowercasing keeps them consistent.
                for lower in properties.lowercaseMapping.unicodeScalars { result.append(lower) }
            }
            // Other punctuation (".", "'", "’", ",") is dropped without a space.
        }
        return String(result)
    }
}
