/// Text for a terminal: columns measured in cells (CJK and emoji take two), controls and
/// escape sequences removed so a hostile name cannot repaint the screen.
public enum TerminalText {
    /// `text` on one line: control characters (ESC included) and line breaks become spaces.
    public static func clean(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029: scalars.append(" ")
            default: scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    /// Terminal cells `text` takes.
    public static func width(_ text: String) -> Int {
        text.reduce(0) { $0 + width(of: $1) }
    }

    static func width(of character: Character) -> Int {
        guard let first = character.unicodeScalars.first else { return 0 }
        if character.unicodeScalars.contains(where: { $0.properties.isEmojiPresentation }) { return 2 }
        switch first.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
             0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            return 2
        default:
            return first.properties.generalCategory == .nonspacingMark ? 0 : 1
        }
    }

    /// `text` cut to at most `cells` cells, with "…" when cut.
    public static func truncate(_ text: String, to cells: Int) -> String {
        guard width(text) > cells else { return text }
        var result = ""
        var used = 0
        for character in text {
            let w = width(of: character)
            if used + w > cells - 1 { break }
            result.append(character)
            used += w
        }
        return result + "…"
    }

    /// `text` cut or padded with spaces to exactly `cells` cells.
    public static func fit(_ text: String, _ cells: Int) -> String {
        let cut = truncate(text, to: cells)
        return cut + String(repeating: " ", count: max(0, cells - width(cut)))
    }
}
