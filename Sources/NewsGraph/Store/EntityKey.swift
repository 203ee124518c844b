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
        foldASCII(name) ?? foldUnicode(name)
    }

    /// The general path of ``fold(_:)``, for names with non-ASCII characters.
    static func foldUnicode(_ name: String) -> String {
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

    /// ``fold(_:)`` for ASCII names, without Foundation's folding and Unicode property
    /// look-ups (a tenth of the store's time in ingest); nil when the name is not ASCII.
    /// On ASCII the general path only lower-cases, so the two give the same key.
    static func foldASCII(_ name: String) -> String? {
        var name = name
        return name.withUTF8 { bytes -> String? in
            var result: [UInt8] = []
            result.reserveCapacity(bytes.count)
            var pendingSpace = false
            for byte in bytes {
                switch byte {
                case 0x80...:
                    return nil
                case 0x09...0x0D, 0x20, UInt8(ascii: "-"), UInt8(ascii: "_"):
                    pendingSpace = !result.isEmpty
                case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                     UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "&"), UInt8(ascii: "+"):
                    if pendingSpace { result.append(0x20) }
                    pendingSpace = false
                    result.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
                default:
                    break
                }
            }
            return String(decoding: result, as: UTF8.self)
        }
    }
}
