import Foundation

/// Escaping for each format, byte by byte over the UTF-8 of the text: runs of ordinary bytes
/// are copied in one go, so escaping costs little more than copying.
///
/// Characters no reader takes back faithfully are dropped in GraphML and DOT: C0 controls
/// (XML 1.0 forbids them even as `&#1;`, and they break Graphviz's SVG), DEL, C1 controls and
/// the non-characters U+FFFE and U+FFFF. JSON can carry all of them escaped, so it keeps them.
extension ExportOutput {
    /// Appends `text` as XML character data or as a double-quoted attribute value.
    /// CR is written `&#13;` so parsers do not turn it into LF.
    public mutating func xmlEscaped(_ text: String) {
        appendDroppingUnwanted(text) { bytes, index in
            switch bytes[index] {
            case UInt8(ascii: "&"): "&amp;"
            case UInt8(ascii: "<"): "&lt;"
            case UInt8(ascii: ">"): "&gt;"
            case UInt8(ascii: "\""): "&quot;"
            case 0x0D: "&#13;"
            case 0x09, 0x0A, 0x20...0x7E: nil
            default: ""  // other C0 controls and DEL
            }
        }
    }

    /// Appends `text` for the inside of a DOT double-quoted string used as a label.
    ///
    /// Backslash first (`\\`), then `\"`; line breaks become the label escape `\n`, tabs a
    /// space. `&` is written `&amp;` because Graphviz decodes HTML entities in every string,
    /// so a literal "&lt;" in a name would otherwise come out as "<".
    public mutating func dotEscaped(_ text: String) {
        appendDroppingUnwanted(text) { bytes, index in
            switch bytes[index] {
            case UInt8(ascii: "\\"): "\\\\"
            case UInt8(ascii: "\""): "\\\""
            case UInt8(ascii: "&"): "&amp;"
            case 0x0A: "\\n"
            // CRLF is one line break; the LF that follows writes it.
            case 0x0D: index + 1 < bytes.count && bytes[index + 1] == 0x0A ? "" : "\\n"
            case 0x09: " "
            case 0x20...0x7E: nil
            default: ""  // other C0 controls and DEL
            }
        }
    }

    /// The scan GraphML and DOT share: ASCII bytes go through `replacement` (nil keeps the
    /// byte), non-ASCII characters are copied unless ``unwantedLength(_:at:)`` drops them, and
    /// runs of kept bytes are copied in one go.
    @inline(__always)
    private mutating func appendDroppingUnwanted(
        _ text: String, replacement: (UnsafeBufferPointer<UInt8>, Int) -> StaticString?
    ) {
        var text = text
        text.withUTF8 { bytes in
            var start = 0
            var index = 0
            while index < bytes.count {
                let length: Int
                let substitute: StaticString
                if bytes[index] < 0x80 {
                    guard let ascii = replacement(bytes, index) else {
                        index += 1
                        continue
                    }
                    length = 1
                    substitute = ascii
                } else {
                    length = Self.unwantedLength(bytes, at: index)
                    if length == 0 {
                        index += 1
                        continue
                    }
                    substitute = ""
                }
                buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
                raw(substitute)
                index += length
                start = index
            }
            buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
        }
    }

    /// Appends `text` as the inside of a JSON string (RFC 8259): `"` and `\` escaped,
    /// controls as `\n`, `\r`, `\t` or `\u00XX`.
    public mutating func jsonEscaped(_ text: String) {
        var text = text
        text.withUTF8 { bytes in
            var start = 0
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else {
                    index += 1
                    continue
                }
                buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
                switch byte {
                case UInt8(ascii: "\""): raw("\\\"")
                case UInt8(ascii: "\\"): raw("\\\\")
                case 0x0A: raw("\\n")
                case 0x0D: raw("\\r")
                case 0x09: raw("\\t")
                default:
                    raw("\\u00")
                    let hex: [UInt8] = Array("0123456789abcdef".utf8)
                    buffer.append(hex[Int(byte >> 4)])
                    buffer.append(hex[Int(byte & 0xF)])
                }
                index += 1
                start = index
            }
            buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
        }
    }

    /// Byte length of a C1 control (U+0080–U+009F) or of U+FFFE/U+FFFF at `index`, or 0 for
    /// any other non-ASCII byte.
    @usableFromInline
    static func unwantedLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let byte = bytes[index]
        if byte == 0xC2, index + 1 < bytes.count, (0x80...0x9F).contains(bytes[index + 1]) {
            return 2
        }
        if byte == 0xEF, index + 2 < bytes.count, bytes[index + 1] == 0xBF,
           bytes[index + 2] == 0xBE || bytes[index + 2] == 0xBF {
            return 3
        }
        return 0
    }

    /// Appends the UTC calendar day of `date` as `YYYY-MM-DD` without a formatter, which
    /// would cost more than the rest of an edge.
    public mutating func day(_ date: Date) {
        let days = Int((date.timeIntervalSince1970 / 86_400).rounded(.down))
        let (year, month, day) = Self.civil(fromDays: days)
        if (0...9999).contains(year) {
            // The ten bytes at once: an export writes two days per edge.
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 10) { out in
                out[0] = UInt8(48 + year / 1000); out[1] = UInt8(48 + year / 100 % 10)
                out[2] = UInt8(48 + year / 10 % 10); out[3] = UInt8(48 + year % 10)
                out[4] = UInt8(ascii: "-"); out[5] = UInt8(48 + month / 10); out[6] = UInt8(48 + month % 10)
                out[7] = UInt8(ascii: "-"); out[8] = UInt8(48 + day / 10); out[9] = UInt8(48 + day % 10)
                buffer.append(contentsOf: UnsafeBufferPointer(out))
            }
            return
        }
        if year < 0 { raw("-") }
        padded(abs(year), width: 4)
        raw("-")
        padded(month, width: 2)
        raw("-")
        padded(day, width: 2)
    }

    /// Days since 1970-01-01 to a proleptic Gregorian date (H. Hinnant's `civil_from_days`).
    static func civil(fromDays days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
