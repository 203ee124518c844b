import Foundation

/// How the DOT writer draws each kind of node and edge; the legend is drawn from the same
/// table, so it cannot disagree with the picture.
public enum DOTStyle {
    /// Graphviz shape and fill colour of a node kind.
    public static func node(_ kind: EntityKind) -> (shape: StaticString, fill: StaticString) {
        switch kind {
        case .person: ("ellipse", "#a6cee3")
        case .organization: ("box", "#b2df8a")
        case .country: ("hexagon", "#fdbf6f")
        case .location: ("house", "#fb9a99")
        case .event: ("diamond", "#cab2d6")
        case .misc: ("note", "#e0e0e0")
        }
    }

    /// Colour of typed relations; co_mention is drawn dashed in ``coMentionColor``.
    public static let relationColor: StaticString = "#1f4e79"
    public static let coMentionColor: StaticString = "#9a9a9a"

    /// Pen width for an edge weight: 1 for a single sentence, growing with the logarithm
    /// so hubs stay readable, capped at 6. Rounded to hundredths to keep the file short.
    public static func penWidth(_ weight: Double) -> Double {
        guard weight > 1 else { return 1 }
        let width = min(6, 1 + log2(weight))
        return (width * 100).rounded() / 100
    }
}
