/// How a sentence is cased: ordinary prose, an ALL CAPS headline, or a Title Case one.
enum SentenceMode: UInt64, Sendable {
    case normal = 0
    case allCaps = 1
    case titleCase = 2

    init(_ infos: [TokenInfo]) {
        var lettered = 0, caps = 0, long = 0, title = 0
        for info in infos where info.flags.contains(.hasLetter) {
            lettered += 1
            if info.flags.contains(.allCapitals) && info.letters >= 2 { caps += 1 }
            if info.letters >= 4 {
                long += 1
                if info.flags.contains(.initialCapital) && !info.flags.contains(.allCapitals) { title += 1 }
            }
        }
        if lettered >= 2 && caps * 10 >= lettered * 7 { self = .allCaps }
        else if long >= 3 && title == long { self = .titleCase }
        else { self = .normal }
    }
}
