import Foundation

/// Whitespace handling for text taken out of HTML, done on UTF-8 bytes because it runs over
/// every text node of every page.
enum TextNormalizer {
    /// Collapses each run of HTML whitespace (and no-break spaces) in a NUL-terminated UTF-8
    /// string to one space, and drops soft hyphens, zero-width spaces and BOMs. A string that
    /// is only whitespace becomes a single space, because between inline elements it separates
    /// words.
    static func collapse(_ raw: UnsafePointer<UInt8>) -> String {
        // Most text nodes between tags are only whitespace.
        var scan = 0
        while raw[scan] == 0x20 || raw[scan] == 0x0A || raw[scan] == 0x09 || raw[scan] == 0x0D { scan += 1 }
        if raw[scan] == 0 { return scan == 0 ? "" : " " }
        // Written straight into the string's storage (never longer than the input), which
        // repairs invalid UTF-8 as String(decoding:as:) does.
        return String(unsafeUninitializedCapacity: strlen(raw)) { bytes in
            var count = 0
            var index = 0
            var pendingSpace = false
            while true {
                let byte = raw[index]
                if byte == 0 { break }
                switch byte {
                case 0x20, 0x09, 0x0A, 0x0D, 0x0C:
                    pendingSpace = true
                    index += 1
                    continue
                case 0xC2 where raw[index + 1] == 0xA0:
                    pendingSpace = true
                    index += 2
                    continue
                case 0xC2 where raw[index + 1] == 0xAD:
                    index += 2
                    continue
                case 0xE2 where raw[index + 1] == 0x80 && (raw[index + 2] == 0x8B || raw[index + 2] == 0x8C):
                    index += 3
                    continue
                case 0xEF where raw[index + 1] == 0xBB && raw[index + 2] == 0xBF:
                    index += 3
                    continue
                default:
                    break
                }
                if pendingSpace {
                    bytes[count] = 0x20
                    count += 1
                    pendingSpace = false
                }
                bytes[count] = byte
                count += 1
                index += 1
            }
            if pendingSpace {
                bytes[count] = 0x20
                count += 1
            }
            return count
        }
    }

    /// Joins text pieces (already collapsed; `"\n"` marks a line break) into clean text:
    /// single spaces inside a line, no blank lines, no spaces around line breaks.
    static func join(_ parts: [String]) -> String {
        var capacity = 0
        for part in parts { capacity += part.utf8.count }
        // Never longer than the parts together; written straight into the string's storage.
        return String(unsafeUninitializedCapacity: capacity) { output in
            var count = 0
            _ = joinedBytes(parts) { byte in
                output[count] = byte
                count += 1
                return true
            }
            return count
        }
    }

    /// The lines of ``join(_:)``'s text, split at its line feeds: what splitting the joined
    /// text into its non-empty lines gives, built line by line instead of as one string that
    /// is then split and copied. (Joined text never has an empty line, so no line is lost.)
    /// Only text with a carriage return, where a CR LF pair is one `Character` that a split
    /// at line feeds does not cut, returns nil, for the caller to split as `String`.
    static func joinedLines(_ parts: [String]) -> [String]? {
        var capacity = 0
        for part in parts { capacity += part.utf8.count }
        // The lines are written into one scratch buffer (never longer than the parts together)
        // and each becomes a string once: appending byte by byte to a line array was most of
        // the cost.
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(capacity, 1)) { output -> [String]? in
            var lines: [String] = []
            var count = 0
            var lineStart = 0
            let complete = joinedBytes(parts) { byte in
                switch byte {
                case 0x0D:
                    return false
                case 0x0A:
                    lines.append(String(decoding: UnsafeBufferPointer(rebasing: output[lineStart..<count]), as: UTF8.self))
                    lineStart = count
                default:
                    output[count] = byte
                    count += 1
                }
                return true
            }
            guard complete else { return nil }
            if count > lineStart { lines.append(String(decoding: UnsafeBufferPointer(rebasing: output[lineStart..<count]), as: UTF8.self)) }
            return lines
        }
    }

    /// The one rule behind ``join(_:)`` and ``joinedLines(_:)``: hands `emit` the bytes of
    /// the joined text in order. A run of spaces becomes one space and a run of breaks one
    /// line feed, written only between two other bytes (a break wins over spaces next to
    /// it). False when `emit` stopped it.
    @inline(__always)
    private static func joinedBytes(_ parts: [String], _ emit: (UInt8) -> Bool) -> Bool {
        var started = false
        var pendingSpace = false
        var pendingBreak = false
        for var part in parts {
            // On the contiguous bytes: the UTF-8 view's iterator cost more per byte than the rule.
            let stopped = part.withUTF8 { bytes -> Bool in
                for byte in bytes {
                    if byte == 0x0A {
                        pendingBreak = started
                        pendingSpace = false
                    } else if byte == 0x20 {
                        pendingSpace = started
                    } else {
                        if pendingBreak {
                            if !emit(0x0A) { return true }
                        } else if pendingSpace {
                            if !emit(0x20) { return true }
                        }
                        pendingBreak = false
                        pendingSpace = false
                        if !emit(byte) { return true }
                        started = true
                    }
                }
                return false
            }
            if stopped { return false }
        }
        return true
    }

    /// Collapses whitespace in an ordinary string (metadata values).
    static func clean(_ text: String) -> String {
        var copy = text
        let collapsed = copy.withUTF8 { buffer -> String in
            var bytes = Array(buffer)
            bytes.append(0)
            return bytes.withUnsafeBufferPointer { collapse($0.baseAddress!) }
        }
        return join([collapsed])
    }

    /// The number of Unicode scalars (what "length" means for every threshold here, so that
    /// non-Latin scripts are not counted three times over).
    static func length(_ text: String) -> Int {
        // On the contiguous bytes (a loop the compiler vectorizes) rather than through the
        // UTF-8 view's index, which read one byte per call.
        var copy = text
        return copy.withUTF8 { bytes in
            var count = 0
            for byte in bytes where byte & 0xC0 != 0x80 { count += 1 }
            return count
        }
    }

    /// Commas, counting the Arabic and full-width forms too (a sign of running prose).
    static func commas(_ text: String) -> Int {
        // On the UTF-8 bytes: in valid UTF-8 (every `String`) a sequence's lead byte starts
        // it, so matching the encoded forms is matching the scalars without decoding them.
        var count = 0
        var copy = text
        copy.withUTF8 { bytes in
            let end = bytes.count
            var index = 0
            while index < end {
                switch bytes[index] {
                case 0x2C:
                    count += 1
                case 0xD8 where index + 1 < end && bytes[index + 1] == 0x8C:  // U+060C
                    count += 1
                case 0xE2 where index + 2 < end && bytes[index + 1] == 0xB8 && (bytes[index + 2] == 0xB2 || bytes[index + 2] == 0xB4):
                    count += 1  // U+2E32, U+2E34
                case 0xE2 where index + 2 < end && bytes[index + 1] == 0xB9 && bytes[index + 2] == 0x81:
                    count += 1  // U+2E41
                case 0xE3 where index + 2 < end && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x81:
                    count += 1  // U+3001
                case 0xEF where index + 2 < end && bytes[index + 1] == 0xB8 && (bytes[index + 2] == 0x90 || bytes[index + 2] == 0x91):
                    count += 1  // U+FE10, U+FE11
                case 0xEF where index + 2 < end && bytes[index + 1] == 0xB9 && bytes[index + 2] == 0x90:
                    count += 1  // U+FE50
                case 0xEF where index + 2 < end && bytes[index + 1] == 0xBC && bytes[index + 2] == 0x8C:
                    count += 1  // U+FF0C
                default:
                    break
                }
                index += 1
            }
        }
        return count
    }
}
