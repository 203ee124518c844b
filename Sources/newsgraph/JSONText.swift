/// Minimal JSON writing with a fixed key order (JSONEncoder does not promise one).
enum JSONText {
    static func string(_ value: String) -> String {
        var out: [UInt8] = [0x22]
        out.reserveCapacity(value.utf8.count + 16)
        let hex: [UInt8] = Array("0123456789abcdef".utf8)
        var iterator = value.utf8.makeIterator()
        while let byte = iterator.next() {
            switch byte {
            case 0x22: out += [0x5C, 0x22]
            case 0x5C: out += [0x5C, 0x5C]
            case 0x0A: out += [0x5C, 0x6E]
            case 0x0D: out += [0x5C, 0x72]
            case 0x09: out += [0x5C, 0x74]
            case 0..<0x20: out += [0x5C, 0x75, 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
            default: out.append(byte)
            }
        }
        out.append(0x22)
        return String(decoding: out, as: UTF8.self)
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
