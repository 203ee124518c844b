/// Reads the project's tab-separated data files: `#` comment lines, one header line, then rows.
enum TSVReader {
    /// The data rows of `contents`, each padded to `columns` fields.
    static func rows(_ contents: String, file: String, columns: Int) throws(GazetteerError) -> [(line: Int, fields: [String])] {
        var result: [(line: Int, fields: [String])] = []
        var sawHeader = false
        for (index, line) in TextLines.split(contents).enumerated() {
            if line.isEmpty || line.hasPrefix("#") { continue }
            if !sawHeader { sawHeader = true; continue }
            var fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
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
        field.split(separator: "|").map { String($0) }.filter { !$0.isEmpty }
    }
}
