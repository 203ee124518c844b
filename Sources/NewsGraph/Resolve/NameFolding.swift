import Foundation

/// The key under which names are compared: case, diacritics, periods and spacing folded away.
///
/// ```swift
/// NameFolding.key("U.S.")        // "us"
/// NameFolding.key("Türkiye")     // "turkiye"
/// NameFolding.key("Putin’s")     // "putin's"
/// ```
public enum NameFolding {
    /// Made once: the `CharacterSet.whitespacesAndNewlines` getter builds a set on every call
    /// (about 900 instructions per scalar of a non-ASCII name).
    private static let whitespace = CharacterSet.whitespacesAndNewlines

    /// Folds a surface form into a lookup key. O(n) in the length of the name.
    public static func key(_ name: String) -> String {
        if let ascii = asciiKey(name) { return ascii }
        let folded = name.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        var out = String.UnicodeScalarView()
        var lastWasSpace = true
        for scalar in folded.unicodeScalars {
            switch scalar {
            case ".":
                continue
            case "\u{2019}", "\u{2018}", "`":
                out.append("'")
                lastWasSpace = false
            case "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}":
                out.append("-")
                lastWasSpace = false
            default:
                if whitespace.contains(scalar) {
                    if !lastWasSpace { out.append(" ") }
                    lastWasSpace = true
                } else {
                    out.append(scalar)
                    lastWasSpace = false
                }
            }
        }
        var result = String(out)
        while result.hasSuffix(" ") { result.removeLast() }
        return result
    }

    /// The same key for pure-ASCII names without Foundation's folding, which dominated
    /// resolution time: for ASCII, case folding is lowercasing and there are no diacritics.
    static func asciiKey(_ name: String) -> String? {
        // Read through one contiguous buffer (a copy on the stack for small strings): the
        // byte loops below are then plain loads, where the UTF-8 view checks every step.
        var name = name
        return name.withUTF8 { asciiKey(bytes: $0) }
    }

    private static func asciiKey(bytes utf8: UnsafeBufferPointer<UInt8>) -> String? {
        for byte in utf8 where byte >= 0x80 { return nil }
        // Written straight into the string's storage: no intermediate byte array.
        return String(unsafeUninitializedCapacity: utf8.count) { out in
            var count = 0
            var lastWasSpace = true
            for byte in utf8 {
                switch byte {
                case UInt8(ascii: "."):
                    continue
                case UInt8(ascii: "`"):
                    out[count] = UInt8(ascii: "'"); count += 1
                    lastWasSpace = false
                case 0x09...0x0D, 0x20:
                    if !lastWasSpace { out[count] = 0x20; count += 1 }
                    lastWasSpace = true
                case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                    out[count] = byte + 32; count += 1
                    lastWasSpace = false
                default:
                    out[count] = byte; count += 1
                    lastWasSpace = false
                }
            }
            while count > 0 && out[count - 1] == 0x20 { count -= 1 }
            return count
        }
    }
}
