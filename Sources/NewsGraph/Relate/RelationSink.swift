/// Collects relations, keeping one per (subject, object, type, sentence).
struct RelationSink: Sendable {
    private(set) var relations: [ResolvedRelation] = []
    private var seen = Set<Key>()

    private struct Key: Hashable {
        var subject: Int
        var object: Int
        var type: String
        var sentenceStart: Int

        /// The numbers only: hashing the type's string was most of the cost of every
        /// co-mention pair, and pairs that differ only in type are few (equality still
        /// compares the type).
        func hash(into hasher: inout Hasher) {
            hasher.combine(subject)
            hasher.combine(object)
            hasher.combine(sentenceStart)
        }
    }

    mutating func add(_ subject: Int, _ type: String, _ object: Int, directed: Bool = true, attribute: String? = nil, evidence: Evidence) {
        guard subject != object else { return }
        let (a, b) = directed ? (subject, object) : (min(subject, object), max(subject, object))
        guard seen.insert(Key(subject: a, object: b, type: type, sentenceStart: evidence.start)).inserted else { return }
        relations.append(ResolvedRelation(subject: a, object: b, type: type, directed: directed, attribute: attribute, evidence: evidence))
    }
}
