/// Collects relations, keeping one per (subject, object, type, sentence).
struct RelationSink: Sendable {
    private(set) var relations: [ResolvedRelation] = []
    private var seen = Set<String>()

    mutating func add(_ subject: Int, _ type: String, _ object: Int, directed: Bool = true, attribute: String? = nil, evidence: Evidence) {
        guard subject != object else { return }
        let (a, b) = directed ? (subject, object) : (min(subject, object), max(subject, object))
        let key = "\(a)|\(type)|\(b)|\(evidence.start)"
        guard seen.insert(key).inserted else { return }
        relations.append(ResolvedRelation(subject: a, object: b, type: type, directed: directed, attribute: attribute, evidence: evidence))
    }

    func contains(_ subject: Int, _ type: String, _ object: Int) -> Bool {
        relations.contains { $0.subject == subject && $0.type == type && $0.object == object }
    }
}
