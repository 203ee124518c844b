/// Reads the project's tab-separated data files: `#` comment lines, one header line, then rows.
enum TSVReader {
    /// The data rows of `contents`, each padded to `columns` fields.
    static func rows(_ contents: String, file: String, columns: Int) throws(GazetteerError) -> [(line: Int, fields: [String])] {
        var result: [(line: Int, fields: [String])] = []
        var sawHeader = false
        for (index, line) in TextLines.split(contents).enumerated() {
            if line.isEmpty || line.hasPrefix("#") { continue }
            if !sawHeader { sawHeader = true; continue }
            var fields = Self.split(line, at: UInt8(ascii: "\t"), omittingEmpty: false)
            if fields.count > columns {
                throw GazetteerError(file: file, line: index + 1, reason: "expected at most \(columns) tab-separated fields, found \(fields.count)")
            }
            while fields.count < columns { fields.append("") }
            result.append((index + 1, fields))
        }
        return result
    }

    /// Splits a "|"-separated list, dropping empty items.
    static func list(_ field: String) -> [String] {
        split(Substring(field), at: UInt8(ascii: "|"), omittingEmpty: true)
    }

    /// Splits at an ASCII separator byte; on the bytes, since a separator is never part of
    /// a longer Character here and grapheme breaking made loading the tables slow.
    private static func split(_ text: Substring, at separator: UInt8, omittingEmpty: Bool) -> [String] {
        text.utf8.split(separator: separator, omittingEmptySubsequences: omittingEmpty).map { String(text[$0.startIndex..<$0.endIndex]) }
    }
}
