/// Finds the subject and object entities around a verb inside one clause.
enum ClauseReader {
    /// Words that may stand between a subject and its verb ("Russia has also accused").
    static let subjectFillers: Set<String> = [
        "has", "have", "had", "also", "on", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
        "sunday", "yesterday", "today", "earlier", "later", "publicly", "repeatedly", "again", "strongly", "swiftly",
        "quickly", "sharply", "formally", "previously", "immediately", "officially", "reportedly", "allegedly",
        "then", "itself", "already", "openly", "jointly", "last", "week", "night", "this", "angrily", "directly",
    ]
    /// Words that may stand between a verb and its object ("met with", "warned the").
    static let objectFillers: Set<String> = ["the", "a", "an", "with", "to", "on", "against", "in", "for"]

    /// The entity item that is the subject of the verb at `verb`, or nil.
    /// Skips an apposition set off by commas: "Peskov, the Kremlin spokesman, denied".
    static func subject(_ items: [SentenceItem], verb: Int) -> Int? {
        var i = verb - 1
        while i >= 0 && items[i].isWord(subjectFillers) { i -= 1 }
        guard i >= 0 else { return nil }
        if items[i].entity != nil { return i }
        guard items[i].isWord(",") else { return nil }
        var j = i - 1
        while j >= 0 && !items[j].isWord(",") {
            if items[j].isWord(["and", "but", "while", "said", "says", "."]) { return nil }
            j -= 1
        }
        guard j >= 1, items[j - 1].entity != nil else { return nil }
        return j - 1
    }

    /// The entity item that is the object of the verb at `verb` (at most two filler words between).
    static func object(_ items: [SentenceItem], verb: Int) -> Int? {
        var i = verb + 1
        var skipped = 0
        while i < items.count && items[i].isWord(objectFillers) && skipped < 2 { i += 1; skipped += 1 }
        guard i < items.count, items[i].entity != nil else { return nil }
        return i
    }
}
