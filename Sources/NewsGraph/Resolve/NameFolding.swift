import Foundation

/// The key under which names are compared: case, diacritics, periods and spacing folded away.
///
/// ```swift
/// NameFolding.key("U.S.")        // "us"
/// NameFolding.key("Türkiye")     // "turkiye"
/// NameFolding.key("Putin’s")     // "putin's"
/// ```
public enum NameFolding {
    /// Folds a surface form into a lookup key. O(n) in the length of the name.
    public static func key(_ name: String) -> String {
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
                if CharacterSet.whitespacesAndNewlines.contains(scalar) {
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
}
