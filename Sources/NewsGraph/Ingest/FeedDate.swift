import Foundation

/// Parses the dates feeds carry into UTC `Date`s.
///
/// Accepts RFC 822 / RFC 2822 (`Sun, 06 Nov 1994 08:49:37 GMT`, with or without the
/// weekday, 2- or 4-digit years, named, military or numeric zones, with or without
/// seconds, any case, extra spaces and commas), RFC 3339 / ISO 8601 / W3C-DTF
/// (`2003-12-31T10:14:55.5-08:00`, `2003-12-31`, `2003-12`, `20031231T101455Z`, a space
/// instead of `T`, offsets without a colon) and asctime (`Sun Nov  6 08:49:37 1994`). A
/// date without a zone is taken as UTC. Anything else gives nil.
///
/// Hand-written over the UTF-8 bytes: no `DateFormatter`, no allocation beyond a token
/// list, safe to call from any thread.
///
/// ```swift
/// FeedDate.parse("Thu, 01 Jan 2004 19:48:21 GMT")   // 2004-01-01T19:48:21Z
/// FeedDate.parse("2003-12-31T10:14:55-08:00")       // 2003-12-31T18:14:55Z
/// ```
public enum FeedDate {
    /// The UTC instant the text names, or nil when it is no date we recognise.
    public static func parse(_ text: String) -> Date? {
        let bytes = Array(text.utf8)
        var start = 0
        var end = bytes.count
        while start < end, isSpace(bytes[start]) { start += 1 }
        while end > start, isSpace(bytes[end - 1]) { end -= 1 }
        guard end - start >= 4 else { return nil }
        let slice = bytes[start..<end]
        if let date = parseISO(slice) { return date }
        return parseTokens(slice)
    }

    // MARK: - ISO 8601 / RFC 3339 / W3C-DTF

    private static func parseISO(_ s: ArraySlice<UInt8>) -> Date? {
        var i = s.startIndex
        let end = s.endIndex
        func digits(_ count: Int) -> Int? {
            guard i + count <= end else { return nil }
            var value = 0
            for k in i..<i + count {
                guard isDigit(s[k]) else { return nil }
                value = value * 10 + Int(s[k] - 48)
            }
            i += count
            return value
        }
        func accept(_ c: UInt8) -> Bool {
            if i < end, s[i] == c { i += 1; return true }
            return false
        }
        guard let year = digits(4) else { return nil }
        var month = 1, day = 1
        let extended = accept(UInt8(ascii: "-"))
        if extended {
            guard let m = digits(2) else { return nil }
            month = m
            if accept(UInt8(ascii: "-")) {
                guard let d = digits(2) else { return nil }
                day = d
            }
        } else if let m = digits(2) {
            month = m
            guard let d = digits(2) else { return nil }
            day = d
        } else if i != end {
            return nil
        }
        var hour = 0, minute = 0, second = 0
        var fraction = 0.0
        var offset = 0
        if i < end {
            guard s[i] == UInt8(ascii: "T") || s[i] == UInt8(ascii: "t") || s[i] == UInt8(ascii: " ") else { return nil }
            i += 1
            while i < end, s[i] == UInt8(ascii: " ") { i += 1 }
            guard let h = digits(2) else { return nil }
            hour = h
            let colon = accept(UInt8(ascii: ":"))
            guard let mi = digits(2) else { return nil }
            minute = mi
            if colon ? accept(UInt8(ascii: ":")) : (i < end && isDigit(s[i])) {
                guard let sec = digits(2) else { return nil }
                second = sec
                if i < end, s[i] == UInt8(ascii: ".") || s[i] == UInt8(ascii: ",") {
                    i += 1
                    var scale = 0.1
                    while i < end, isDigit(s[i]) {
                        fraction += Double(s[i] - 48) * scale
                        scale /= 10
                        i += 1
                    }
                }
            }
            while i < end, s[i] == UInt8(ascii: " ") { i += 1 }
            if i < end {
                guard let zone = parseZone(s[i..<end]) else { return nil }
                offset = zone
                i = end
            }
        }
        guard i == end else { return nil }
        return makeDate(year: year, month: month, day: day, hour: hour, minute: minute, second: second,
                        fraction: fraction, offsetSeconds: offset)
    }

    // MARK: - RFC 822 / RFC 2822 / asctime and their malformed cousins

    private static func parseTokens(_ s: ArraySlice<UInt8>) -> Date? {
        var tokens: [ArraySlice<UInt8>] = []
        var i = s.startIndex
        while i < s.endIndex {
            while i < s.endIndex, isSeparator(s[i]) { i += 1 }
            let tokenStart = i
            while i < s.endIndex, !isSeparator(s[i]) { i += 1 }
            if i > tokenStart { tokens.append(s[tokenStart..<i]) }
        }
        var day: Int?, month: Int?, year: Int?
        var hour = 0, minute = 0, second = 0
        var haveTime = false
        var offset: Int?
        var numbers: [Int] = []  // bare numbers in order, assigned to day/year afterwards

        for token in tokens {
            guard let first = token.first else { continue }
            if isDigit(first) {
                if token.contains(UInt8(ascii: ":")) {
                    guard !haveTime, let (h, m, sec, zone) = parseClock(token) else { return nil }
                    hour = h; minute = m; second = sec; haveTime = true
                    if let zone { offset = zone }
                } else if token.contains(UInt8(ascii: "-")) || token.contains(UInt8(ascii: "/")) {
                    // "01-Jan-2004" style: split once more.
                    let parts = token.split(whereSeparator: { $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "/") })
                    for part in parts {
                        if let n = number(part) { numbers.append(n) } else if let m = monthNumber(part) { month = m } else { return nil }
                    }
                } else if let n = number(token) {
                    numbers.append(n)
                } else {
                    return nil
                }
            } else if first == UInt8(ascii: "+") || first == UInt8(ascii: "-") {
                guard let zone = parseZone(token) else { return nil }
                offset = zone
            } else if let m = monthNumber(token) {
                guard month == nil else { return nil }
                month = m
            } else if isWeekday(token) {
                continue
            } else if let zone = parseZone(token) {
                // A second zone is a comment-like repeat ("+0200 CEST"): the first one wins.
                if offset == nil { offset = zone }
            } else if token.count == 2, lower(token[token.startIndex]) == UInt8(ascii: "a") || lower(token[token.startIndex]) == UInt8(ascii: "p"),
                      lower(token[token.startIndex + 1]) == UInt8(ascii: "m"), haveTime {
                let pm = lower(token[token.startIndex]) == UInt8(ascii: "p")
                if pm, hour < 12 { hour += 12 } else if !pm, hour == 12 { hour = 0 }
            } else if haveTime, month != nil {
                // After the time, an unknown word is a zone we do not know ("ET") or a
                // comment ("(CEST)"): keep the date, in UTC unless a known zone said otherwise.
                continue
            } else {
                return nil
            }
        }
        guard let month else { return nil }
        switch numbers.count {
        case 2:
            // "06 Nov 1994" or "Nov 6 1994": the bigger-than-31 or 4-digit one is the year.
            if numbers[0] > 31 { year = numbers[0]; day = numbers[1] } else { day = numbers[0]; year = numbers[1] }
        case 1:
            return nil
        default:
            return nil
        }
        guard var fullYear = year, let day else { return nil }
        if fullYear < 100 { fullYear += fullYear < 50 ? 2000 : 1900 }
        return makeDate(year: fullYear, month: month, day: day, hour: hour, minute: minute, second: second,
                        fraction: 0, offsetSeconds: offset ?? 0)
    }

    /// "08:49", "08:49:37", "8:49:37.25", optionally glued to a zone ("10:14:55Z", "10:14:55-0800").
    private static func parseClock(_ token: ArraySlice<UInt8>) -> (Int, Int, Int, Int?)? {
        var zoneStart = token.endIndex
        for k in token.indices where !isDigit(token[k]) && token[k] != UInt8(ascii: ":") && token[k] != UInt8(ascii: ".") {
            zoneStart = k
            break
        }
        let clock = token[token.startIndex..<zoneStart]
        let parts = clock.split(separator: UInt8(ascii: ":"), omittingEmptySubsequences: false)
        guard parts.count == 2 || parts.count == 3 else { return nil }
        guard let h = number(parts[0]), let m = number(parts[1]) else { return nil }
        var sec = 0
        if parts.count == 3 {
            let secondPart = parts[2].split(separator: UInt8(ascii: "."), maxSplits: 1).first ?? parts[2]
            guard let value = number(secondPart) else { return nil }
            sec = value
        }
        var zone: Int?
        if zoneStart < token.endIndex {
            guard let z = parseZone(token[zoneStart...]) else { return nil }
            zone = z
        }
        return (h, m, sec, zone)
    }

    /// A zone as seconds east of UTC: Z, ±hh, ±hhmm, ±hh:mm, GMT+hh:mm, or a name.
    private static func parseZone(_ token: ArraySlice<UInt8>) -> Int? {
        guard let first = token.first else { return nil }
        if first == UInt8(ascii: "+") || first == UInt8(ascii: "-") {
            let sign = first == UInt8(ascii: "-") ? -1 : 1
            let body = token.dropFirst().filter { $0 != UInt8(ascii: ":") }
            guard !body.isEmpty, body.allSatisfy(isDigit), body.count <= 4 else { return nil }
            let value = body.reduce(0) { $0 * 10 + Int($1 - 48) }
            let (hours, minutes) = body.count <= 2 ? (value, 0) : (value / 100, value % 100)
            guard hours <= 14, minutes < 60 else { return nil }
            return sign * (hours * 3600 + minutes * 60)
        }
        let name = String(decoding: token.map(upper), as: UTF8.self)
        for prefix in ["GMT", "UTC", "UT"] where name.hasPrefix(prefix) && name.count > prefix.count {
            let rest = token.dropFirst(prefix.count)
            if let sign = rest.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") { return parseZone(rest) }
        }
        if let offset = namedZones[name] { return offset * 3600 }
        if name.count == 1, let letter = name.unicodeScalars.first, letter != "J", letter.properties.isAlphabetic {
            return militaryOffset(letter)
        }
        return nil
    }

    private static let namedZones: [String: Int] = [
        "UT": 0, "UTC": 0, "GMT": 0, "Z": 0, "WET": 0, "BST": 1, "CET": 1, "MET": 1, "CEST": 2, "MEST": 2, "EET": 2, "EEST": 3,
        "MSK": 3, "IST": 5, "JST": 9, "KST": 9, "HKT": 8, "AEST": 10, "AEDT": 11, "NZST": 12, "NZDT": 13,
        "EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6, "PST": -8, "PDT": -7,
        "AST": -4, "ADT": -3, "AKST": -9, "AKDT": -8, "HST": -10,
    ]

    /// RFC 822's military zones: A–M (without J) are +1…+12, N–Y are −1…−12, Z is UTC.
    private static func militaryOffset(_ letter: Unicode.Scalar) -> Int? {
        let v = Int(letter.value)
        switch letter {
        case "A"..."I": return (v - 64) * 3600
        case "K"..."M": return (v - 65) * 3600
        case "N"..."Y": return -(v - 77) * 3600
        case "Z": return 0
        default: return nil
        }
    }

    private static let monthPrefixes: [[UInt8]] = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
        .map { Array($0.utf8) }
    private static let weekdayPrefixes: [[UInt8]] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"].map { Array($0.utf8) }

    /// "Jan", "jan", "JANUARY", "Sept." → 1…12.
    private static func monthNumber(_ token: ArraySlice<UInt8>) -> Int? {
        guard token.count >= 3 else { return nil }
        let head = token.prefix(3).map(lower)
        guard let index = monthPrefixes.firstIndex(of: head) else { return nil }
        // Full names must be spelled right; abbreviations may carry a trailing dot.
        let names = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
                     "october", "november", "december"]
        let word = String(decoding: token.map(lower).filter { $0 != UInt8(ascii: ".") }, as: UTF8.self)
        guard word.count == 3 || names[index].hasPrefix(word) else { return nil }
        return index + 1
    }

    private static func isWeekday(_ token: ArraySlice<UInt8>) -> Bool {
        guard token.count >= 3 else { return false }
        return weekdayPrefixes.contains(token.prefix(3).map(lower))
    }

    private static func number(_ token: ArraySlice<UInt8>) -> Int? {
        guard !token.isEmpty, token.count <= 4, token.allSatisfy(isDigit) else { return nil }
        return token.reduce(0) { $0 * 10 + Int($1 - 48) }
    }

    // MARK: - Arithmetic

    private static func makeDate(year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int,
                                 fraction: Double, offsetSeconds: Int) -> Date? {
        guard (1...9999).contains(year), (1...12).contains(month), day >= 1, day <= daysIn(month: month, year: year),
              (0...24).contains(hour), (0...59).contains(minute), (0...60).contains(second) else { return nil }
        if hour == 24, minute != 0 || second != 0 { return nil }
        let days = daysFromCivil(year: year, month: month, day: day)
        // A leap second is folded into the next second's instant, as most parsers do.
        let seconds = days * 86_400 + hour * 3600 + minute * 60 + min(second, 59) - offsetSeconds
        return Date(timeIntervalSince1970: Double(seconds) + fraction)
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 in the proleptic Gregorian calendar (Howard Hinnant's algorithm).
    private static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    // MARK: - Bytes

    private static func isDigit(_ c: UInt8) -> Bool { c >= 48 && c <= 57 }
    private static func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D }
    private static func isSeparator(_ c: UInt8) -> Bool { isSpace(c) || c == UInt8(ascii: ",") }
    private static func lower(_ c: UInt8) -> UInt8 { c >= 65 && c <= 90 ? c + 32 : c }
    private static func upper(_ c: UInt8) -> UInt8 { c >= 97 && c <= 122 ? c - 32 : c }
}
