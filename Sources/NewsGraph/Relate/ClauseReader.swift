/// Finds the subject and object entities around a verb inside one clause.
enum ClauseReader {
    /// Words that may stand between a subject and its verb ("Russia has also accused").
    static let subjectFillers: Set<String> = [
        "has", "have", "had", "also", "on", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
        "sunday", "yesterday", "today", "earlier", "later", "publicly", "repeatedly", "again", "strongly", "swiftly",
        "quickly", "sharply", "formally", "previously", "immediately", "officially", "reportedly", "allegedly",
        "then", "itself", "already", "openly", "jointly", "last", "week", "night", "this", "angrily", "directly",
        "group", "movement", "militants", "government",
    ]
    /// Words that may stand between a verb and its object ("met with", "warned the").
    static let objectFillers: Set<String> = ["the", "a", "an", "with", "to", "on", "against", "in", "for"]
    /// Words that end a modifier run ("Russian forces of …").
    static let functionWords: Set<String> = [
        "of", "to", "in", "on", "at", "for", "and", "or", "with", "that", "the", "a", "an", "by", "from", "over",
        "after", "who", "which", "was", "were", "is", "are", "had", "has", "have", "as", "but", "not", "it",
    ]

    /// The entity item that is the subject of the verb at `verb`, or nil.
    /// Skips an apposition set off by commas: "Peskov, the Kremlin spokesman, denied".
    static func subject(_ items: [SentenceItem], verb: Int) -> Int? {
        var i = verb - 1
        while i >= 0 && items[i].isWord(subjectFillers) { i -= 1 }
        guard i >= 0 else { return nil }
        // "Lai Ching-te of the Democratic Progressive Party (DPP) won": skip the parenthesis
        if items[i].isWord(")") {
            var open = i - 1
            while open >= 0 && !items[open].isWord("(") { open -= 1 }
            guard open >= 1 else { return nil }
            i = open - 1
        }
        if items[i].entity != nil { return isAgentOfParticiple(items, at: i) ? nil : headOfPhrase(items, at: i) }
        // "John Wilkes Booth, who assassinated …"
        if items[i].isWord(["who", "which", "that"]) {
            var k = i - 1
            if k >= 0 && items[k].isWord(",") { k -= 1 }
            return k >= 0 && items[k].entity != nil ? headOfPhrase(items, at: k) : nil
        }
        guard items[i].isWord(",") else { return nil }
        var j = i - 1
        while j >= 0 && !items[j].isWord(",") {
            if items[j].isWord(["and", "but", "while", "said", "says", "."]) { return nil }
            j -= 1
        }
        guard j >= 1, items[j - 1].entity != nil else { return nil }
        return headOfPhrase(items, at: j - 1)
    }

    /// "candidates backed by former Prime Minister Imran Khan won": the name after "by" is not the subject.
    static func isAgentOfParticiple(_ items: [SentenceItem], at index: Int) -> Bool {
        var k = index - 1
        while k >= 0 && (items[k].isWord(RoleTitles.allWords) || items[k].isWord(ResolverLexicon.titles)) { k -= 1 }
        return k >= 0 && items[k].isWord("by")
    }

    /// The entity a prepositional phrase hangs on: "the US Embassy in Moscow" → US Embassy,
    /// "Lai Ching-te of the Democratic Progressive Party" → Lai Ching-te.
    static func headOfPhrase(_ items: [SentenceItem], at index: Int) -> Int {
        var i = index
        while true {
            var p = i - 1
            if p >= 0 && items[p].isWord("the") { p -= 1 }
            guard p >= 1, items[p].isWord(["of", "in", "at", "from", "near"]), items[p - 1].entity != nil else { return i }
            i = p - 1
        }
    }

    /// The entity item that is the object of the verb at `verb` (at most two filler words between).
    static func object(_ items: [SentenceItem], verb: Int) -> Int? {
        var i = verb + 1
        var skipped = 0
        let titles = RoleTitles.allWords.union(ResolverLexicon.titles)
        while i < items.count && skipped < 4 && (items[i].isWord(objectFillers) || items[i].isWord(titles)) { i += 1; skipped += 1 }
        guard i < items.count, items[i].entity != nil else { return nil }
        return modified(items, at: i)
    }

    /// "Ukrainian Foreign Minister Dmytro Kuleba", "Russian shipping firm Sovcomflot": a country
    /// adjective followed by up to three lower-case or title words and a name stands for that name.
    /// Nil when the adjective modifies nothing named ("warned Americans").
    static func modified(_ items: [SentenceItem], at index: Int) -> Int? {
        guard items[index].isDemonym else {
            // "US President Joe Biden": a country name followed by a title and a name
            var k = index + 1
            while k < items.count && k - index <= 4 && items[k].isWord(RoleTitles.allWords) { k += 1 }
            if k > index + 1, k < items.count, items[k].entity != nil,
               items[(index + 1)..<k].contains(where: { RoleTitles.relation(for: [$0.lower]) != nil }) { return k }
            return index
        }
        var k = index + 1
        while k < items.count && k - index <= 4 && items[k].entity == nil && items[k].isLowercaseOrTitle
                && !functionWords.contains(items[k].lower) { k += 1 }
        if k < items.count && k > index && items[k].entity != nil && !items[k].isDemonym { return k }
        return nil
    }
}
