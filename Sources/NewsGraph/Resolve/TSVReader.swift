/// Reads the project's tab-separated data files: `#` comment lines, one header line, then rows.
///
/// Lines and fields are cut on the UTF-8 bytes and each field becomes a `String` from its
/// bytes: slicing the `String` at those places rounded each index to a Character boundary,
/// and the grapheme breaking that took was most of loading the place gazetteer (about 45 M
/// instructions at every start of `ingest`).
enum TSVReader {
    /// The data rows of `contents`, each padded to `columns` fields.
    static func rows(_ contents: String, file: String, columns: Int) throws(GazetteerError) -> [(line: Int, fields: [String])] {
        var contents = contents
        contents.makeContiguousUTF8()
        var result: [(line: Int, fields: [String])] = []
        var failure: GazetteerError?
        contents.utf8.withContiguousStorageIfAvailable { bytes in
            var sawHeader = false
            var fields: [String] = []
            for (index, line) in lines(bytes).enumerated() {
                if line.isEmpty || bytes[line.lowerBound] == UInt8(ascii: "#") { continue }
                if !sawHeader { sawHeader = true; continue }
                fields.removeAll(keepingCapacity: true)
                forEachField(bytes, line, separator: UInt8(ascii: "\t"), omittingEmpty: false) { fields.append($0) }
                if fields.count > columns {
                    failure = GazetteerError(file: file, line: index + 1,
                                             reason: "expected at most \(columns) tab-separated fields, found \(fields.count)")
                    return
                }
                while fields.count < columns { fields.append("") }
                result.append((index + 1, fields))
            }
        }
        if let failure { throw failure }
        return result
    }

    /// Splits a "|"-separated list, dropping empty items.
    static func list(_ field: String) -> [String] {
        var field = field
        field.makeContiguousUTF8()
        var items: [String] = []
        field.utf8.withContiguousStorageIfAvailable { bytes in
            forEachField(bytes, 0..<bytes.count, separator: UInt8(ascii: "|"), omittingEmpty: true) { items.append($0) }
        }
        return items
    }

    /// The byte ranges of the lines of `bytes`, each without its "\n" or "\r\n" (a text that
    /// ends in a line break ends with an empty line).
    private static func lines(_ bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var lines: [Range<Int>] = []
        var start = 0
        for index in 0...bytes.count where index == bytes.count || bytes[index] == 0x0A {
            let end = index > start && bytes[index - 1] == 0x0D ? index - 1 : index
            lines.append(start..<end)
            start = index + 1
        }
        return lines
    }

    /// Calls `body` with each field of `range` between separator bytes, as a `String`.
    private static func forEachField(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, separator: UInt8,
                                     omittingEmpty: Bool, _ body: (String) -> Void) {
        var start = range.lowerBound
        for index in range.lowerBound...range.upperBound where index == range.upperBound || bytes[index] == separator {
            if index > start || !omittingEmpty {
                body(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self))
            }
            start = index + 1
        }
    }
}
