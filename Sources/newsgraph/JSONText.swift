/// Minimal JSON writing with a fixed key order (JSONEncoder does not promise one).
enum JSONText {
    static func string(_ value: String) -> String {
        var out = "\""
        out.reserveCapacity(value.utf8.count + 2)
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    static func optional(_ value: String?) -> String {
        value.map(string) ?? "null"
    }

    static func array(_ values: [String], indent: String) -> String {
        guard !values.isEmpty else { return "[]" }
        let inner = indent + "  "
        return "[\n" + values.map { inner + string($0) }.joined(separator: ",\n") + "\n\(indent)]"
    }
}
