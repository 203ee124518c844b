/// True positives, false positives and false negatives, with precision, recall and F1.
public struct PRF: Sendable, Hashable, Codable {
    public var truePositives = 0
    public var falsePositives = 0
    public var falseNegatives = 0

    public init() {}

    public var precision: Double { ratio(truePositives, truePositives + falsePositives) }
    public var recall: Double { ratio(truePositives, truePositives + falseNegatives) }
    public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

    public static func + (a: PRF, b: PRF) -> PRF {
        var c = PRF()
        c.truePositives = a.truePositives + b.truePositives
        c.falsePositives = a.falsePositives + b.falsePositives
        c.falseNegatives = a.falseNegatives + b.falseNegatives
        return c
    }

    private func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 0 : Double(a) / Double(b) }
}
