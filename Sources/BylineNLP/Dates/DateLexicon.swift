/// The words date expressions are built from, as lowercase token hashes, so the recognizer can
/// look every token up without building a `String`.
enum DateLexicon {
    /// Builds a hash -> value table from (spelling, value) pairs.
    static func table(_ pairs: [(String, Int)]) -> TokenTable<Int> {
        var t: [UInt64: Int] = [:]
        for (word, value) in pairs { t[TokenHash.lower(word)] = value }
        return TokenTable(t)
    }

    static func set(_ words: [String]) -> TokenTable<Bool> { TokenTable(Set(words.map { TokenHash.lower($0) })) }

    static func h(_ word: String) -> UInt64 { TokenHash.lower(word) }

    /// Month names and abbreviations -> 1...12.
    static let months = table([
        ("january", 1), ("february", 2), ("march", 3), ("april", 4), ("may", 5), ("june", 6), ("july", 7),
        ("august", 8), ("september", 9), ("october", 10), ("november", 11), ("december", 12),
        ("jan", 1), ("jan.", 1), ("feb", 2), ("feb.", 2), ("mar.", 3), ("apr", 4), ("apr.", 4), ("jun.", 6),
        ("jul.", 7), ("aug", 8), ("aug.", 8), ("sep", 9), ("sep.", 9), ("sept", 9), ("sept.", 9),
        ("oct", 10), ("oct.", 10), ("nov", 11), ("nov.", 11), ("dec", 12), ("dec.", 12),
    ])

    /// Month words that are also everyday words or names ("may", "march", "august", "jan"): they
    /// count as months only next to a day, a year or a word that introduces a date.
    static let ambiguousMonths = set([
        "may", "march", "august", "april", "june", "july", "jan", "mar", "jun", "jul", "sep", "dec",
    ])

    /// Weekday names and abbreviations -> ISO weekday (1 = Monday).
    static let weekdays = table([
        ("monday", 1), ("tuesday", 2), ("wednesday", 3), ("thursday", 4), ("friday", 5), ("saturday", 6), ("sunday", 7),
        ("mon.", 1), ("tue.", 2), ("tues.", 2), ("wed.", 3), ("thu.", 4), ("thur.", 4), ("thurs.", 4), ("fri.", 5),
        ("sat.", 6), ("sun.", 7),
        ("monday's", 1), ("tuesday's", 2), ("wednesday's", 3), ("thursday's", 4), ("friday's", 5),
        ("saturday's", 6), ("sunday's", 7),
    ])

    /// Weekday names with the possessive written on ("Monday's").
    static let possessiveWeekdays = set([
        "monday's", "tuesday's", "wednesday's", "thursday's", "friday's", "saturday's", "sunday's",
    ])

    /// Parts of the day -> TIMEX3 suffix.
    static let partsOfDay = TokenTable<PartOfDay>([
        h("morning"): .MO, h("afternoon"): .AF, h("evening"): .EV, h("night"): .NI,
        h("mid-afternoon"): .AF, h("overnight"): .NI,
    ])

    /// Seasons -> TIMEX3 season code.
    static let seasons = TokenTable<Season>([
        h("spring"): .SP, h("summer"): .SU, h("fall"): .FA, h("autumn"): .FA, h("winter"): .WI,
    ])

    /// Calendar units -> the unit.
    static let units = TokenTable<DateUnit>([
        h("day"): .day, h("days"): .day, h("week"): .week, h("weeks"): .week, h("month"): .month,
        h("months"): .month, h("year"): .year, h("years"): .year, h("quarter"): .quarter,
        h("quarters"): .quarter, h("decade"): .decade, h("decades"): .decade, h("weekend"): .weekend,
        h("century"): .century,
    ])

    /// The units "the end of the …" frames as the one under discussion: a year or a decade in
    /// the singular only ("the end of the decade", not "the end of the years").
    static let framedUnits = TokenTable<DateUnit>([
        h("year"): .year, h("month"): .month, h("months"): .month, h("week"): .week, h("weeks"): .week,
        h("decade"): .decade,
    ])

    /// Small numbers written as words, for "two days ago" and spoken years.
    static let numberWords = table([
        ("a", 1), ("an", 1), ("one", 1), ("two", 2), ("three", 3), ("four", 4), ("five", 5), ("six", 6),
        ("seven", 7), ("eight", 8), ("nine", 9), ("ten", 10), ("eleven", 11), ("twelve", 12), ("thirteen", 13),
        ("fourteen", 14), ("fifteen", 15), ("sixteen", 16), ("seventeen", 17), ("eighteen", 18), ("nineteen", 19),
        ("twenty", 20), ("thirty", 30), ("forty", 40), ("fifty", 50), ("sixty", 60), ("seventy", 70),
        ("eighty", 80), ("ninety", 90),
    ])

    /// Ordinals as words and in figures, for quarters, halves, centuries and days.
    static let ordinals = table([
        ("first", 1), ("second", 2), ("third", 3), ("fourth", 4), ("fifth", 5), ("sixth", 6), ("seventh", 7),
        ("eighth", 8), ("ninth", 9), ("tenth", 10), ("eleventh", 11), ("twelfth", 12), ("thirteenth", 13),
        ("fourteenth", 14), ("fifteenth", 15), ("sixteenth", 16), ("seventeenth", 17), ("eighteenth", 18),
        ("nineteenth", 19), ("twentieth", 20), ("thirtieth", 30),
        ("1st", 1), ("2nd", 2), ("3rd", 3), ("4th", 4), ("5th", 5), ("6th", 6), ("7th", 7), ("8th", 8),
        ("9th", 9), ("10th", 10), ("11th", 11), ("12th", 12), ("13th", 13), ("14th", 14), ("15th", 15),
        ("16th", 16), ("17th", 17), ("18th", 18), ("19th", 19), ("20th", 20), ("21st", 21), ("22nd", 22),
        ("23rd", 23), ("24th", 24), ("25th", 25), ("26th", 26), ("27th", 27), ("28th", 28), ("29th", 29),
        ("30th", 30), ("31st", 31),
    ])

    /// Decades as words ("the nineties") -> the decade's first two digits within the century.
    static let decadeWords = table([
        ("twenties", 2), ("thirties", 3), ("forties", 4), ("fifties", 5), ("sixties", 6), ("seventies", 7),
        ("eighties", 8), ("nineties", 9),
    ])

    /// Words that stand for the present, the past or the future on their own.
    static let references = TokenTable<String>([
        h("now"): "PRESENT_REF", h("currently"): "PRESENT_REF", h("current"): "PRESENT_REF",
        h("nowadays"): "PRESENT_REF", h("recently"): "PAST_REF", h("recent"): "PAST_REF", h("lately"): "PAST_REF",
    ])

    /// Adverbs and adjectives of frequency, each a recurring time ("rallies are held daily",
    /// "his weekly radio address").
    static let frequencies = TokenTable<String>([
        h("hourly"): "PT1H", h("daily"): "P1D", h("weekly"): "P1W", h("monthly"): "P1M", h("yearly"): "P1Y",
    ])

    /// Words whose compound with "the" is a reference ("the future", "the past").
    static let theReferences = TokenTable<String>([
        h("future"): "FUTURE_REF", h("past"): "PAST_REF",
    ])

    /// Day words relative to the publication date.
    static let dayWords = TokenTable<Int>([
        h("today"): 0, h("yesterday"): -1, h("tomorrow"): 1, h("tonight"): 0,
    ])

    /// Words that open a relative expression: "last week", "next month", "this year".
    static let shifters = TokenTable<Int>([
        h("last"): -1, h("past"): -1, h("previous"): -1, h("next"): 1, h("coming"): 1, h("this"): 0,
        h("current"): 0, h("following"): 1,
    ])

    /// Words that make a bare capitalised month or weekday certainly a date when they come just before it.
    static let dateIntroducers = set([
        "in", "on", "since", "until", "till", "by", "from", "through", "to", "during", "before", "after",
        "last", "next", "this", "early", "late", "mid", "of", "between", "and", "or", "as", "each", "every",
        "-", "(", ",", "that", "same", "end", "beginning", "middle", "start", "for",
    ])

    /// Symbols and words that turn a number into money, a measure or a score rather than a year.
    static let numberBlockers = set([
        "$", "£", "€", "¥", "%", "percent", "per", "cent", "no.", "number", "page", "pages", "flight", "route",
        "room", "version", "model", "-", "–", ":", "/", "x", "points", "point", "people", "shares", "share",
        "votes", "troops", "feet", "metres", "meters", "miles", "km", "kilometres", "kg", "tons", "tonnes",
        "barrels", "units", "dollars", "euros", "yen", "pounds", "cars", "jobs", "men", "women", "children",
        "members", "seats", "times", "acres", "students", "workers", "employees", "homes", "households",
        "runs", "goals", "yards", "years", "year", "hours", "minutes", "days", "months", "weeks", "copies",
    ])

    /// Words that mark the future near a date expression.
    static let futureMarkers = set([
        "will", "'ll", "shall", "would", "next", "upcoming", "scheduled", "expects", "expect", "expected", "plans",
        "planning", "soon", "might", "tomorrow", "intends", "aims", "ahead", "coming", "forthcoming",
        // a date something falls due on lies ahead ("payable Dec. 7", "effective Feb. 1")
        "payable", "effective", "due", "postponed",
        // the present tense of a timetable: "the strike starts on Monday", "polls close Friday"
        "starts", "begins", "ends", "opens", "closes", "resumes", "expires", "reopens", "kicks",
        // and of an appointment ("the two leaders meet Monday", "she visits Paris on Friday"); forms
        // that are also common nouns ("tax returns", "the votes") are left out
        "meet", "meets", "visits", "travels", "departs", "hosts", "convenes", "testifies", "flies",
    ])

    /// Modal verbs: "will one day", "could one day" look ahead without a date.
    static let modals = set(["will", "'ll", "would", "could", "may", "might", "can", "shall", "should", "must"])

    /// Words before an infinitive that make it an intention or an order, so the date after it
    /// lies ahead ("is set to leave Thursday", "planned to meet Monday", "ordered him to leave by Friday").
    static let intentions = set([
        "set", "slated", "due", "planned", "plans", "plan", "planning", "scheduled", "expected", "expects", "agreed",
        "decided", "promised", "vowed", "threatened", "going", "likely", "hopes", "hoped", "intends",
        "intended", "wants", "wanted", "ready", "prepared", "poised", "about",
        "ordered", "told", "asked", "urged", "invited", "allowed", "required", "forced", "subpoenaed",
    ])

    /// Words that make the "to" after them a preposition, never the mark of an infinitive
    /// ("according to current officials", "compared to last year").
    static let prepositionsWithTo = set(["according", "compared", "prior", "thanks", "owing", "close"])

    /// Words that put an intention before a date in the past ("had been scheduled to expire").
    static let pastPerfect = set(["had"])

    /// Irregular past-tense verbs and auxiliaries that mark the past ("said", "was").
    static let pastMarkers = set([
        "said", "was", "were", "had", "did", "told", "went", "met", "made", "took", "came", "left", "gave",
        "got", "saw", "began", "became", "fell", "rose", "won", "lost", "held", "sold", "bought", "paid",
        "spoke", "wrote", "ran", "brought", "thought", "found", "kept", "led", "meant", "sent", "spent",
        "stood", "struck", "taught", "understood", "woke", "wore", "broke", "chose", "drove", "flew", "grew",
        "knew", "overtook", "shook", "stole", "swore", "threw", "ago", "last", "earlier", "yesterday",
        "reported", "announced", "killed", "died", "arrived", "hit", "quit", "shot", "put", "cut", "set",
        "withdrew", "fought", "since", "sank", "rang", "sought", "caught", "heard", "felt", "dealt",
    ])

    static let to = h("to")
    static let a = h("a")
    static let an = h("an")
    static let next = h("next")
    static let due = h("due")
    static let early = h("early")
    static let `as` = h("as")
    static let by = h("by")
    static let until = h("until")
    static let `for` = h("for")

    /// Words after "to" that are not the verb of an infinitive ("to the", "to work").
    static let notVerbsAfterTo = set([
        "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this",
        "that", "these", "those", "some", "all", "work", "power", "date",
        "court", "office", "school", "prison", "jail", "hospital", "death", "him", "them",
        "me", "us", "it", "what", "about", "more", "less", "many", "several",
    ])

    /// Forms of "be" that make the "-ed" word after them a participle, not a past verb.
    static let passiveAuxiliaries = set(["be", "been", "being", "is", "are", "'s", "'re", "'m", "am"])

    /// Arrangements that, in the present passive before "for", put a day ahead ("the hearing is
    /// set for Tuesday"); "is wanted for Saturday's shooting" or "has been asked for comment
    /// Monday" do not.
    static let arrangements = set(["set", "slated", "due", "planned", "scheduled"])

    /// The present forms of "be", for the present passive.
    static let presentAuxiliaries = set(["is", "are", "'s", "'re", "'m", "am"])

    /// Words before an "-ed" word that make it an adjective ("the reduced dividend").
    static let determiners = set(["a", "an", "the", "its", "his", "her", "their", "our", "these", "those"])

    /// Adverbs without "-ly" that sit between a determiner and an adjective ("a still unspecified date").
    static let degreeAdverbs = set(["still", "much", "well", "long", "once", "more", "most", "less", "least", "very"])

    /// Regular-looking words ending in "-ed" that are not past verbs in news text.
    static let edNonVerbs = set([
        "need", "speed", "feed", "seed", "bed", "red", "shed", "bleed", "breed", "greed", "indeed", "proceed", "exceed",
        "succeed", "hundred", "united", "limited", "based", "related", "so-called", "used", "biased", "aged", "armed",
    ])

    /// Words that are a date or start one on their own: a token outside this set, without
    /// digits or hyphens, reaches the grammar only as a `weakStarters` word before a `followers` word.
    static let strongStarters: TokenTable<Bool> = {
        var s = Set<UInt64>()
        for table in [months, weekdays, dayWords.mapValues { _ in 0 }] { s.formUnion(table.words) }
        s.formUnion(
            [
                "now", "currently", "current", "nowadays", "recently", "lately", "soon", "noon", "midnight", "midday",
                "thanksgiving", "christmas", "easter", "halloween", "q1", "q2", "q3", "q4",
            ].map(h))
        s.formUnion(frequencies.words)
        return TokenTable(s)
    }()

    /// Common words that start a date only before a date word: "the third quarter", "a year ago",
    /// "last week", "early Friday"; checking the next token first keeps them cheap.
    static let weakStarters: TokenTable<Bool> = {
        var s = Set(
            [
                "the", "a", "an", "this", "last", "next", "past", "previous", "coming", "following", "early",
                "late", "mid", "earlier", "later", "several", "few", "some", "many", "right", "these", "new",
                "election", "year", "recent", "fiscal", "latest", "comparable", "corresponding", "that", "same",
                "then", "every", "each",
            ].map(h))
        s.formUnion(numberWords.words)
        s.formUnion(ordinals.words)
        return TokenTable(s)
    }()

    /// Words that start a length of time only before a bare plural unit ("for years", "within
    /// weeks"); they are common enough that nothing else is tried after them.
    static let lengthLeads = set(["for", "within"])

    /// Words that can follow a weak starter inside a date expression.
    static let followers: TokenTable<Bool> = {
        var s = Set(strongStarters.words + weakStarters.words)
        for words in [units.words, seasons.words, partsOfDay.words, decadeWords.words] { s.formUnion(words) }
        s.formUnion(
            [
                "days", "weeks", "months", "years", "quarters", "decades", "centuries", "end", "beginning",
                "middle", "start", "rest", "close", "turn", "half", "period", "near", "short", "future",
                "thousand", "year-ago", "year-earlier", "'s", "full", "hour", "hours", "minute", "minutes", "and",
                "couple", "more", "additional", "extra",
            ].map(h))
        return TokenTable(s)
    }()
}

/// Calendar units that relative expressions count in.
enum DateUnit: Sendable, Hashable {
    case day, week, weekend, month, quarter, half, year, decade, century
}
