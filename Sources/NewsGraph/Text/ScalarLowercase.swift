/// `String.lowercased()` without the runtime's per-scalar mapping for the scalars news text is
/// mostly made of: the standard library lower-cases a non-ASCII string scalar by scalar through
/// `properties.lowercaseMapping`, which builds a string for each scalar (thousands of
/// instructions for a curly quote or a dash token).
///
/// ```swift
/// ScalarLowercase.lowercased("Zürich")   // "zürich", as "Zürich".lowercased()
/// ```
enum ScalarLowercase {
    /// The lower-case mapping of every scalar below U+0530 as the runtime gives it, or
    /// 0xFFFF_FFFF (no scalar) when it maps to several scalars ("İ").
    static let latin: [UInt32] = (0..<UInt32(0x530)).map { v in
        guard let c = Unicode.Scalar(v) else { return v }
        let mapping = c.properties.lowercaseMapping.unicodeScalars
        guard mapping.count == 1, let lower = mapping.first else { return 0xFFFF_FFFF }
        return lower.value
    }

    /// U+2000–U+206F: spaces, dashes, quotes and marks, none of which has a case.
    static let generalPunctuation: Range<UInt32> = 0x2000..<0x2070

    /// `text.lowercased()`, or nil when a scalar lies outside ``latin`` and
    /// ``generalPunctuation`` or maps to several scalars (then the caller asks the runtime).
    static func lowercased(_ text: String) -> String? {
        var changed = false
        for c in text.unicodeScalars {
            let v = c.value
            if v < UInt32(latin.count) {
                let lower = latin[Int(v)]
                if lower == 0xFFFF_FFFF { return nil }
                if lower != v { changed = true }
            } else if !generalPunctuation.contains(v) {
                return nil
            }
        }
        guard changed else { return text }
        return String(scalars: text.unicodeScalars.lazy.map { c in
            let v = c.value
            return v < UInt32(latin.count) ? Unicode.Scalar(latin[Int(v)]) ?? c : c
        })
    }
}
