import Foundation

/// The store's dates are TEXT `YYYY-MM-DD HH:MM:SS.SSS` in UTC. Queries show the day and
/// compare text; exports need `Date`s, a million of them, so parsing avoids DateFormatter.
public enum StoreDate {
    /// The `YYYY-MM-DD` day of a stored date.
    public static func day(_ text: String?) -> String? {
        guard let text, text.utf8.count >= 10 else { return nil }
        return String(text.prefix(10))
    }

    /// Parses `YYYY-MM-DD[ HH:MM[:SS[.SSS]]]` (or with a `T`), UTC; nil when it is not that.
    public static func parse(_ text: String) -> Date? {
        // Fields in a fixed tuple, not an array: an export parses two dates per edge, and
        // allocating and growing an array was most of each parse.
        var fields: (Int, Int, Int, Int, Int, Int) = (0, 0, 0, 0, 0, 0)
        var count = 0
        func append(_ value: Int) -> Bool {
            switch count {
            case 0: fields.0 = value
            case 1: fields.1 = value
            case 2: fields.2 = value
            case 3: fields.3 = value
            case 4: fields.4 = value
            case 5: fields.5 = value
            default: return false
            }
            count += 1
            return true
        }
        var current = 0
        var inNumber = false
        var fraction = 0.0
        var fractionScale = 1.0
        var inFraction = false
        for byte in text.utf8 {
            if byte >= 48 && byte <= 57 {
                if inFraction {
                    fractionScale /= 10
                    fraction += Double(byte - 48) * fractionScale
                } else {
                    // No field of a date has this many digits (and the sums below must not overflow).
                    guard current < 100_000_000 else { return nil }
                    current = current * 10 + Int(byte - 48)
                    inNumber = true
                }
            } else if byte == UInt8(ascii: ".") && count == 5 && inNumber {
                _ = append(current); current = 0; inNumber = false; inFraction = true
            } else if byte == UInt8(ascii: "-") || byte == UInt8(ascii: ":") || byte == UInt8(ascii: " ") || byte == UInt8(ascii: "T") {
                guard inNumber, !inFraction, append(current) else { return nil }
                current = 0; inNumber = false
            } else if byte == UInt8(ascii: "Z") {
                break
            } else {
                return nil
            }
        }
        if inNumber, !append(current) { return nil }
        guard count == 3 || count >= 5 else { return nil }
        let (year, month, day) = (fields.0, fields.1, fields.2)
        guard (1...12).contains(month), (1...31).contains(day) else { return nil }
        let (hour, minute, second) = (fields.3, fields.4, fields.5)
        guard hour < 24, minute < 60, second < 61 else { return nil }
        let days = daysFromCivil(year: year, month: month, day: day)
        return Date(timeIntervalSince1970: Double(days * 86_400 + hour * 3_600 + minute * 60 + second) + fraction)
    }

    /// A `--since` argument as the store's text form, for comparisons in SQL.
    public static func since(_ text: String) throws(QueryError) -> String {
        guard let date = parse(text.trimmingCharacters(in: .whitespaces)) else { throw QueryError.invalidDate(text) }
        return format(date)
    }

    /// A date in the store's text form.
    public static func format(_ date: Date) -> String {
        let memory = MemorySink()
        var output = ExportOutput(sink: memory)
        output.day(date)
        let seconds = Int(date.timeIntervalSince1970.rounded(.down)) - Int((date.timeIntervalSince1970 / 86_400).rounded(.down)) * 86_400
        output.raw(" ")
        output.padded(seconds / 3_600, width: 2)
        output.raw(":")
        output.padded(seconds / 60 % 60, width: 2)
        output.raw(":")
        output.padded(seconds % 60, width: 2)
        output.raw(".000")
        try? output.flush()
        return memory.string
    }

    /// H. Hinnant's `days_from_civil`: days since 1970-01-01 of a proleptic Gregorian date.
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}
