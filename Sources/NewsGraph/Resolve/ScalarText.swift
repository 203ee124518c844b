/// An article text addressed by Unicode-scalar offsets, the unit every newsgraph offset uses.
struct ScalarText: Sendable {
    let scalars: [Unicode.Scalar]

    init(_ text: String) { scalars = Array(text.unicodeScalars) }

    var count: Int { scalars.count }

    /// The text between two scalar offsets, clamped to the text.
    func slice(_ start: Int, _ end: Int) -> String {
        let lower = max(0, min(start, scalars.count))
        let upper = max(lower, min(end, scalars.count))
        return String(scalars: scalars[lower..<upper])
    }
}
