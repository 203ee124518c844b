/// What saving an article did to the store.
public enum SaveOutcome: String, Sendable, Hashable, Codable {
    /// The article was new.
    case inserted
    /// The article was stored before with other content or metadata, and was replaced.
    case updated
    /// The article was stored before exactly so; nothing changed.
    case unchanged
}
