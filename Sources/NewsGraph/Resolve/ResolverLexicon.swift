/// The word lists the resolver uses to clean and reject mentions. Lower-case.
enum ResolverLexicon {
    /// Leading words that are never part of a name.
    static let determiners: Set<String> = ["the", "a", "an", "this", "that", "these", "those"]

    /// Titles and honorifics stripped from the front of person names ("President Putin").
    static let titles: Set<String> = [
        "president", "vice", "prime", "minister", "premier", "chancellor", "king", "queen", "prince", "princess",
        "sheikh", "emir", "sultan", "pope", "cardinal", "bishop", "archbishop", "rabbi", "imam", "ayatollah",
        "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame", "lord", "lady", "madam",
        "gen", "gen.", "general", "lt", "lt.", "col", "col.", "colonel", "capt", "capt.", "captain", "adm", "adm.",
        "admiral", "maj", "maj.", "major", "sgt", "sgt.", "sergeant", "commander", "marshal", "field",
        "sen", "sen.", "senator", "rep", "rep.", "representative", "gov", "gov.", "governor", "mayor",
        "judge", "justice", "attorney", "secretary", "ambassador", "envoy", "spokesman", "spokeswoman",
        "spokesperson", "chief", "director", "chairman", "chairwoman", "chair", "ceo", "deputy", "foreign",
        "defense", "defence", "interior", "finance", "state", "prof", "prof.", "professor", "former", "late",
        "acting", "supreme", "leader", "speaker", "officer", "agent", "detective", "inspector", "sheriff",
        "secretary-general", "lawmaker", "mp", "councillor", "councilman", "councilwoman", "correspondent", "reporter",
    ]

    /// Nouns that, lower-case after one name, make it the person who led a government
    /// ("the Biden administration"). "Government" and "regime" are not here: "the Labour
    /// government", "the Taliban regime".
    static let governmentOfPerson: Set<String> = ["administration", "presidency"]

    /// Honorifics only people carry: "Mr. Trump" is a person whatever the tagger says.
    static let honorifics: Set<String> = [
        "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "mx", "mx.", "messrs", "messrs.", "miss", "sir", "dame", "dr", "dr.",
    ]

    /// Nouns after a place name that make it the place, not a namesake company or group
    /// ("the Amazon rainforest", "the Shell river").
    static let geographicHeads: Set<String> = [
        "river", "rainforest", "forest", "basin", "jungle", "region", "delta", "valley", "mountains", "desert", "sea",
        "lake", "coast", "bay", "province", "state", "county", "district",
    ]

    /// Planets and moons the tagger often calls organizations ("Earth", "Europa"): places.
    static let celestialBodies: Set<String> = [
        "Earth", "Moon", "Sun", "Mercury", "Venus", "Mars", "Jupiter", "Saturn", "Uranus", "Neptune", "Pluto",
        "Europa", "Titan", "Enceladus", "Ganymede", "Callisto", "Io", "Phobos", "Deimos", "Ceres",
    ]

    /// Product lines the tagger reads as people or organizations ("Chromecast Ultra" PER,
    /// "MacBook Pro" PER, "Alexa" PER): a name starting with one is a product (misc), kept
    /// only where a typed relation needs it. Case-sensitive first words.
    static let productLines: Set<String> = [
        "iPhone", "iPad", "iPod", "iMac", "MacBook", "AirPods", "Airpods", "AirTag", "HomePod", "iOS", "macOS", "watchOS",
        "Chromecast", "Chromebook", "Pixel", "Android", "Kindle", "Alexa", "Siri", "Cortana", "ChatGPT",
        "PlayStation", "Xbox", "Windows",
    ]

    /// Words that start sentences in capitals but never name anything.
    static let junkWords: Set<String> = [
        "meanwhile", "notably", "however", "moreover", "additionally", "furthermore", "still", "yet", "also",
        "today", "yesterday", "tomorrow", "tonight", "now", "then", "thus", "hence", "therefore", "indeed",
        "instead", "nevertheless", "nonetheless", "overall", "finally", "first", "second", "third", "last",
        "earlier", "later", "recently", "currently", "separately", "similarly", "likewise", "otherwise",
        "but", "and", "or", "so", "if", "when", "while", "after", "before", "since", "although", "though",
        "he", "she", "it", "they", "we", "i", "you", "his", "her", "their", "our", "its", "this", "that",
        "there", "here", "what", "who", "which", "where", "why", "how", "some", "many", "most", "all", "both",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december",
        // page boilerplate
        "advertisement", "subscribe", "share", "comments", "comment", "newsletter", "read", "more", "sign",
        "login", "log", "menu", "home", "search", "click", "copyright", "photo", "video", "watch", "listen",
        "related", "trending", "updated", "breaking", "live", "exclusive", "opinion", "analysis", "editorial",
        "getty", "images", "file", "caption", "credit", "source", "sources", "story", "topics", "follow",
        "privacy", "terms", "cookies", "cookie", "contact", "about", "sponsored", "ad", "ads",
    ]

    /// Nouns for people in a group, which taggers sometimes include in an organization's span.
    static let groupNouns: Set<String> = [
        "leaders", "members", "officials", "head", "heads", "chief", "chiefs", "representatives", "delegates",
        "envoys", "ministers", "member", "leader", "spokesman", "spokeswoman", "spokesperson",
    ]

    /// Headline verbs that title-case headlines glue to names ("Biden Slams Putin's Remarks").
    static let headlineVerbs: Set<String> = [
        "slams", "blasts", "says", "said", "warns", "hits", "urges", "vows", "claims", "backs", "rips", "mocks",
        "denies", "accuses", "blames", "condemns", "meets", "visits", "calls", "signs", "rejects", "demands",
        "threatens", "pledges", "announces", "launches", "wins", "loses", "faces", "eyes", "targets", "attacks",
        "defends", "praises", "questions", "sues", "fires", "hails", "ousts", "seeks", "plans", "tells", "asks",
        "unveils", "reveals", "admits", "confirms", "responds", "reacts", "labels", "dismisses", "lashes",
        "takes", "gets", "makes", "gives", "puts", "sets", "is", "are", "was", "were", "to", "in", "on", "at",
        "for", "with", "of", "over", "after", "amid", "as", "by", "from", "against", "and", "the",
    ]
}
