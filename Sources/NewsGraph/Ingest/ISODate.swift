import Foundation

/// A forgiving ISO 8601 / RFC 3339 date reader for the dates pages put in meta tags,
/// JSON-LD and `<time datetime>`.
///
/// Accepts `2019-11-19`, `2019-11-19T12:34`, `2019-11-19 12:34:56.789`, with `Z`, `+01:00`,
/// `+0100` or `+01` zones (none means UTC). Anything else is `nil`.
///
/// ```swift
/// ISODate.parse("2019-11-19T13:34:56+01:00")   // 2019-11-19 12:34:56 UTC
/// ```
public enum ISODate {
    public static func parse(_ text: String) -> Date? {
        let bytes = Array(text.trimmingCharacters(in: .whitespacesAndNewlines).utf8)
        var position = 0

        func number(_ digits: Int) -> Int? {
            guard position + digits <= bytes.count else { return nil }
            var value = 0
            for offset in 0..<digits {
                let byte = bytes[position + offset]
                guard byte >= 0x30 && byte <= 0x39 else { return nil }
                value = value * 10 + Int(byte - 0x30)
            }
            position += digits
            return value
        }
        func skip(_ byte: UInt8) -> Bool {
            if position < bytes.count && bytes[position] == byte { position += 1; return true }
            return false
        }

        guard let year = number(4), skip(0x2D), let month = number(2), skip(0x2D), let day = number(2),
              (1...12).contains(month), (1...31).contains(day) else { return nil }
        var hour = 0, minute = 0, second = 0.0, offset = 0
        if position < bytes.count && (bytes[position] == 0x54 || bytes[position] == 0x74 || bytes[position] == 0x20) {
            position += 1
            guard let h = number(2), skip(0x3A), let m = number(2), h < 24, m < 60 else { return nil }
            hour = h
            minute = m
            if skip(0x3A) {
                guard let s = number(2), s <= 60 else { return nil }
                second = Double(s)
                if skip(0x2E) || skip(0x2C) {
                    var scale = 0.1
                    while position < bytes.count, bytes[position] >= 0x30, bytes[position] <= 0x39 {
                        second += Double(bytes[position] - 0x30) * scale
                        scale /= 10
                        position += 1
                    }
                }
            }
            _ = skip(0x20)
            if skip(0x5A) || skip(0x7A) {
                offset = 0
            } else if position < bytes.count, bytes[position] == 0x2B || bytes[position] == 0x2D {
                let sign = bytes[position] == 0x2D ? -1 : 1
                position += 1
                guard let zoneHours = number(2) else { return nil }
                _ = skip(0x3A)
                let zoneMinutes = number(2) ?? 0
                offset = sign * (zoneHours * 3600 + zoneMinutes * 60)
            }
        }
        guard position == bytes.count else { return nil }
        let days = daysFromCivil(year: year, month: month, day: day)
        let seconds = Double(days * 86_400 + hour * 3600 + minute * 60 - offset) + second
        return Date(timeIntervalSince1970: seconds)
    }

    /// Days since 1970-01-01 in the proleptic Gregorian calendar (Howard Hinnant's algorithm).
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// Formats a date as `2019-11-19T12:34:56Z`.
    public static func format(_ date: Date) -> String {
        var seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let secondOfDay = ((seconds % 86_400) + 86_400) % 86_400
        seconds -= secondOfDay
        let days = seconds / 86_400
        let (year, month, day) = civilFromDays(days)
        func pad(_ value: Int, _ width: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))T\(pad(secondOfDay / 3600, 2)):"
            + "\(pad(secondOfDay / 60 % 60, 2)):\(pad(secondOfDay % 60, 2))Z"
    }

    static func civilFromDays(_ days: Int) -> (Int, Int, Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
