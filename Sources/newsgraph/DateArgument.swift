import ArgumentParser
import Foundation

/// A point in time on the command line: `2026-11-24`, `2026-11-24T10:00:00Z`, or an age
/// such as `90m`, `24h`, `7d` (that long before now).
struct DateArgument: ExpressibleByArgument {
    var date: Date

    init?(argument: String) {
        let text = argument.trimmingCharacters(in: .whitespaces)
        if let unit = text.last, let amount = Double(text.dropLast()), amount >= 0 {
            let seconds: Double? = switch unit {
            case "m": amount * 60
            case "h": amount * 3600
            case "d": amount * 86_400
            case "w": amount * 604_800
            default: nil
            }
            if let seconds { date = Date().addingTimeInterval(-seconds); return }
        }
        let formatter = ISO8601DateFormatter()
        for options: ISO8601DateFormatter.Options in [[.withInternetDateTime, .withFractionalSeconds], [.withInternetDateTime], [.withFullDate]] {
            formatter.formatOptions = options
            if let date = formatter.date(from: text) { self.date = date; return }
        }
        return nil
    }

    static var defaultCompletionKind: CompletionKind { .default }
}
