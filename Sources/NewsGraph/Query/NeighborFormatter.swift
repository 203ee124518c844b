import Foundation

/// Renders a ``NeighborResult`` as an 80-column table, CSV or JSON.
public enum NeighborFormatter {
    /// Two lines per relation: the neighbor, and its dates and evidence indented below.
    ///
    /// ```
    /// Dmitry Peskov (person, #12): 3 of 14 relations
    ///
    ///    NEIGHBOR                    KIND          RELATION             W   ART
    ///  → Kremlin                     organization  spokesperson_of      8     6
    ///      2026-01-02..2026-11-20  "Dmitry Peskov, the Kremlin spokesman, said…"
    /// ```
    public static func table(_ result: NeighborResult, width: Int = 80) -> String {
        var lines: [String] = []
        let entity = result.entity
        let shown = result.neighbors.filter { $0.depth == 1 }.count
        var header = "\(TerminalText.clean(entity.labelWithID)): "
        let total = result.isTotalCapped ? "\(result.totalDirect - 1)+" : "\(result.totalDirect)"
        header += shown == result.totalDirect ? "\(total) relations" : "\(shown) of \(total) relations"
        let deeper = result.neighbors.count - shown
        if deeper > 0 { header += ", \(deeper) further" }
        lines.append(header)
        guard !result.neighbors.isEmpty else {
            lines.append("(no neighbors match)")
            return lines.joined(separator: "\n") + "\n"
        }
        let nameWidth = max(16, width - 2 - 1 - 13 - 1 - 18 - 1 - 5 - 1 - 5 - 1)
        lines.append("")
        lines.append("   " + TerminalText.fit("NEIGHBOR", nameWidth) + " " + TerminalText.fit("KIND", 13) + " "
                     + TerminalText.fit("RELATION", 18) + " " + "    W" + " " + "  ART")
        for neighbor in result.neighbors {
            let indent = String(repeating: "  ", count: neighbor.depth - 1)
            var relation = neighbor.relation
            if let attribute = neighbor.attribute { relation += " (\(attribute))" }
            lines.append(" " + neighbor.direction.arrow + " "
                         + TerminalText.fit(indent + TerminalText.clean(neighbor.entity.name), nameWidth) + " "
                         + TerminalText.fit(neighbor.entity.kind.rawValue, 13) + " "
                         + TerminalText.fit(TerminalText.clean(relation), 18) + " "
                         + pad(String(neighbor.weight), 5) + " " + pad(String(neighbor.articles), 5))
            var detail = "     " + indent + "\(neighbor.firstSeen ?? "?")..\(neighbor.lastSeen ?? "?")"
            if neighbor.depth > 1 { detail += "  via #\(neighbor.via)" }
            if let evidence = neighbor.evidence {
                let room = width - TerminalText.width(detail) - 4
                if room > 10 { detail += "  \"" + TerminalText.truncate(TerminalText.clean(evidence), to: room) + "\"" }
            }
            lines.append(detail)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// One header line and one row per relation (RFC 4180 quoting).
    public static func csv(_ result: NeighborResult) -> String {
        var text = "id,name,kind,depth,via,relation,attribute,direction,weight,articles,first_seen,last_seen,evidence\r\n"
        for n in result.neighbors {
            let fields = [String(n.entity.id), n.entity.name, n.entity.kind.rawValue, String(n.depth), String(n.via),
                          n.relation, n.attribute ?? "", n.direction.rawValue, String(n.weight), String(n.articles),
                          n.firstSeen ?? "", n.lastSeen ?? "", n.evidence ?? ""]
            text += fields.map(quote).joined(separator: ",") + "\r\n"
        }
        return text
    }

    /// The whole result as pretty-printed JSON.
    public static func json(_ result: NeighborResult) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        return String(decoding: try encoder.encode(result), as: UTF8.self) + "\n"
    }

    static func quote(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - text.count)) + text
    }
}
