/// Nouns that name news events, the class each belongs to, and the words that may modify them.
enum EventLexicon {
    /// Surface noun → (class, singular form used in the event's name).
    static let nouns: [String: (eventClass: String, singular: String)] = [
        "attack": ("attack", "attack"), "attacks": ("attack", "attack"), "bombing": ("attack", "bombing"),
        "bombings": ("attack", "bombing"), "shooting": ("attack", "shooting"), "massacre": ("attack", "massacre"),
        "assault": ("attack", "assault"), "raid": ("attack", "raid"), "explosion": ("attack", "explosion"), "explosions": ("attack", "explosion"), "blasts": ("attack", "blast"),
        "blast": ("attack", "blast"), "strike": ("attack", "strike"), "strikes": ("attack", "strike"), "airstrike": ("attack", "airstrike"), "airstrikes": ("attack", "airstrike"),
        "election": ("election", "election"), "elections": ("election", "election"), "referendum": ("election", "referendum"),
        "runoff": ("election", "runoff"), "vote": ("election", "vote"),
        "summit": ("summit", "summit"), "talks": ("talks", "talks"), "negotiations": ("talks", "negotiations"),
        "ceasefire": ("ceasefire", "ceasefire"), "cease-fire": ("ceasefire", "ceasefire"), "truce": ("ceasefire", "truce"),
        "invasion": ("invasion", "invasion"), "war": ("war", "war"), "coup": ("coup", "coup"),
        "protest": ("protest", "protest"), "protests": ("protest", "protests"),
        "earthquake": ("earthquake", "earthquake"), "hurricane": ("hurricane", "hurricane"),
    ]
    /// Nouns an event noun modifies ("ceasefire proposal", "election officials"): then it names no event.
    static let headNouns: Set<String> = [
        "proposal", "proposals", "deal", "agreement", "plan", "terms", "offer", "draft", "resolution", "violation",
        "violations", "lines", "line", "monitors", "results", "result", "campaign", "officials", "official", "workers",
        "victims", "survivors", "suspects", "site", "sites", "commission", "law", "laws", "rules", "day", "season",
        "cycle", "fraud", "observers", "date", "calendar", "threat", "threats", "warning", "warnings", "risk", "drills",
        "exercise", "exercises", "crimes", "criminals", "zone", "zones", "effort", "efforts", "power", "powers", "footage",
        "investigation", "probe", "sirens", "alert", "alerts", "shelters", "drone", "drones", "helicopter", "helicopters",
        "jets", "aircraft", "ship", "ships", "submarine", "submarines", "rifle", "rifles", "weapons", "dog", "dogs",
    ]

    /// Nouns that name an event only after a name modifier: a "missile strike", not a labour strike.
    static let needModifier: Set<String> = ["strike", "strikes"]

    /// Modifiers kept in the event's name ("concert hall attack", "presidential election").
    static let nameModifiers: Set<String> = [
        "concert", "hall", "presidential", "parliamentary", "general",
        "legislative", "local", "regional", "municipal", "snap", "peace", "nuclear", "drone", "missile", "rocket",
        "air", "bomb", "car", "knife", "school", "church", "mosque", "synagogue", "market", "subway", "metro",
        "train", "bus", "border", "cross-border", "full-scale", "climate", "trade", "security", "leaders",
        "mall", "shopping", "theater", "theatre", "stadium", "hostage", "gun", "ground", "mayoral", "midterm",
    ]
    /// Modifiers allowed before the noun but left out of the name (kept in its aliases).
    static let skipModifiers: Set<String> = [
        "deadly", "bloody", "recent", "last", "latest", "brutal", "horrific", "major", "massive", "apparent",
        "alleged", "planned", "upcoming", "next", "first", "second", "two-day", "three-day", "annual",
        // how an article qualifies the event, not what it is: left out so articles name it alike
        "terror", "terrorist", "suicide", "mass",
        "weekend", "friday", "saturday", "sunday", "monday", "tuesday", "wednesday", "thursday", "march", "deadliest",
    ]
    /// Verbs whose subject carried out the event.
    static let perpetratorVerbs: Set<String> = [
        "carried", "launched", "staged", "perpetrated", "committed", "conducted", "orchestrated", "mounted", "claimed",
    ]
    /// Verbs whose subject took part in the event.
    static let involvementVerbs: Set<String> = [
        "hosted", "hosts", "host", "attended", "attends", "joined", "won", "wins", "held", "holds", "called",
        "brokered", "mediated", "boycotted", "contested", "organized", "organised", "participated", "lost", "opened", "began", "convened", "ended", "closed", "mediating",
    ]
}
