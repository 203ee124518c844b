import GRDB

/// Across articles, a person named by surname alone joins the full name it stands for.
extension SQLiteGraphStore {
    /// Merges every one-word person ("Trump") into the one full-name person it is the surname
    /// of ("Donald Trump"), when an article has already joined the two (the surname is an
    /// observed alias of the full name) and no other full-name person ends in that word.
    ///
    /// Within one article the resolver joins a surname to the full name it follows; an
    /// article that only ever says "Trump" (a feed summary, a follow-up story) gets an entity
    /// of its own, and this puts it where it belongs. Two people sharing the surname ("John
    /// Smith", "Mary Smith") leave "Smith" alone. Each join is a ``mergeEntity(_:into:)``
    /// (the surname's key is redirected, so later articles go straight to the full name), but
    /// is not recorded as a user correction; `newsgraph split` undoes one for good (a person
    /// a user split off or gave an alias is never joined).
    ///
    /// ```swift
    /// for join in try await store.joinSurnames() { print(join.source.name, "→", join.target.name) }
    /// ```
    /// - Returns: the merges made, in the order made.
    public func joinSurnames() async throws -> [MergeOutcome] {
        try await correct { db in
            // One pass over the people: full names by last word, and the one-word names.
            var fullNamesByLastWord: [String: [Int64]] = [:]
            var lone: [(id: Int64, word: String)] = []
            // People a user made or named by hand (a split, a user alias) are the user's call.
            for row in try Row.fetchAll(db, sql: """
                SELECT id, key FROM entities e WHERE kind = 'person'
                    AND NOT EXISTS (SELECT 1 FROM user_corrections c WHERE c.action = 'split' AND c.target_id = e.id)
                    AND NOT EXISTS (SELECT 1 FROM aliases a WHERE a.entity_id = e.id AND a.origin = 'user')
                ORDER BY id
                """) {
                let key: String = row["key"]
                guard let colon = key.firstIndex(of: ":") else { continue }
                let words = key[key.index(after: colon)...].split(separator: " ")
                if words.count == 1, words[0].count >= 2 {
                    lone.append((row["id"], String(words[0])))
                } else if words.count >= 2, let last = words.last {
                    fullNamesByLastWord[String(last), default: []].append(row["id"])
                }
            }
            var joins: [MergeOutcome] = []
            for (source, word) in lone {
                guard let fullNames = fullNamesByLastWord[word], fullNames.count == 1, let target = fullNames.first else { continue }
                let joined = try Bool.fetchOne(db.cachedStatement(sql: """
                    SELECT EXISTS (SELECT 1 FROM aliases WHERE entity_id = ? AND key = ? AND origin = 'observed' AND count > 0)
                    """), arguments: [target, word]) ?? false
                guard joined else { continue }
                joins.append(try Self.mergeEntity(db, source: source, into: target, userDecision: false))
            }
            return joins
        }
    }
}
