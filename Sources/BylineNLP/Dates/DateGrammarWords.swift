/// The words the date rules look for, as lowercase hashes, and the word lists that keep false
/// friends out.
extension DateGrammar {
    static let the = L.h("the"), of = L.h("of"), ago = L.h("ago"), earlier = L.h("earlier"),
        later = L.h("later"), before = L.h("before"), after = L.h("after"), now = L.h("now"), right = L.h("right"),
        these = L.h("these"), days = L.h("days"), near = L.h("near"), future = L.h("future"), fiscal = L.h("fiscal"),
        year = L.h("year"), recent = L.h("recent"), high = L.h("high"), this = L.h("this"), past = L.h("past"),
        yearEnd = L.h("year-end"), end = L.h("end"), quarter = L.h("quarter"), half = L.h("half"),
        period = L.h("period"),
        yearAgo = L.h("year-ago"), yearEarlier = L.h("year-earlier"), latest = L.h("latest"),
        comparable = L.h("comparable"),
        noon = L.h("noon"), midnight = L.h("midnight"), midday = L.h("midday"), inWord = L.h("in"),
        forWord = L.h("for"),
        within = L.h("within"),
        am = L.h("a.m."), pm = L.h("p.m."), amShort = L.h("am"), pmShort = L.h("pm"), am2 = L.h("a.m"),
        pm2 = L.h("p.m"), oclock = L.h("o'clock"),
        two = L.h("two"), thousand = L.h("thousand"), and = L.h("and"),
        possessive = L.h("'s"), weekend = L.h("weekend"), term = L.h("term"), short = L.h("short"),
        several = L.h("several"), few = L.h("few"), some = L.h("some"), many = L.h("many"),
        a = L.h("a"), thanksgiving = L.h("thanksgiving"), christmas = L.h("christmas"), easter = L.h("easter"),
        halloween = L.h("halloween"), new = L.h("new"), day = L.h("day"), eve = L.h("eve"),
        election = L.h("election"), sunday = L.h("sunday"), at = L.h("at"), fall = L.h("fall"), dash = L.h("-"),
        tonight = L.h("tonight"), last = L.h("last"), next = L.h("next"), current = L.h("current"),
        following = L.h("following"), previous = L.h("previous"), coming = L.h("coming"), than = L.h("than"),
        on = L.h("on"), full = L.h("full"), that = L.h("that"), same = L.h("same"), or = L.h("or"), so = L.h("so"),
        corresponding = L.h("corresponding"), week = L.h("week"), ahead = L.h("ahead"), months = L.h("months"),
        then = L.h("then"),
        ended = L.h("ended"), ending = L.h("ending"), quarters = L.h("quarters"), an = L.h("an"), hours = L.h("hours"),
        asWord = L.h("as"), old = L.h("old"), every = L.h("every"), each = L.h("each"), average = L.h("average"),
        long = L.h("long"),
        isWord = L.h("is"),
        it = L.h("it"), today = L.h("today"), time = L.h("time"), local = L.h("local"),
        one = L.h("one"), since = L.h("since"), percent = L.h("percent"), during = L.h("during"), weeks = L.h("weeks"),
        soon = L.h("soon"), would = L.h("would"), recently = L.h("recently"), couple = L.h("couple"),
        tomorrow = L.h("tomorrow")
    /// Nouns after "today's" that make it the present as an era: "today's youth", "in today's world".
    static let eraNouns = L.set([
        "world", "youth", "society", "generation", "generations", "young", "children", "kids", "teenagers", "teens",
        "students", "parents", "families", "standards", "dollars", "terms", "culture", "economy", "technology",
        "consumers", "voters", "politics", "media", "workforce", "workplace",
    ])
    /// Words after a count of units that step from another day: "ten days before the shooting",
    /// "two weeks later".
    static let steps = L.set(["before", "after", "earlier", "later"])
    /// Nouns after "a later" that make it a time still to come: "a later date", "a later stage".
    static let laterPoints = L.set(["date", "time", "stage"])
    /// Words before "of today's" that take a share of everything of the time: "many of today's computers".
    static let wholeQuantities = L.set(["many", "most", "all", "much"])
    /// What an earnings report gives for a period: "this quarter's loss" is the quarter reported on.
    static let reportedFigures = L.set([
        "loss", "losses", "profit", "profits", "earnings", "results", "net", "income", "sales", "revenue", "revenues",
    ])
    /// Words after "soon" that make it order two events ("soon after the vote") rather than name the future.
    static let sequenceWords = L.set(["after", "afterward", "afterwards", "thereafter", "as"])
    /// Words that join the first and last day of a range: "June 3 to 9", "May 4 through 8".
    static let rangeLinks = L.set(["to", "through", "thru", "until", "till"])
    /// Words before "the 14th" that make it a day of the month: "on the 14th", "by the 3rd".
    static let dayOfMonthIntroducers = L.set([
        "on", "by", "until", "till", "from", "since", "before", "after", "through", "to", "of", "and", "or",
    ])
    /// Words after "the 14th" that end the phrase, so that the ordinal is a day: "on the 14th at noon".
    static let afterDayOfMonth = L.set(["at", "when", "but", "in"])
    static let quarterNames = [L.h("q1"): 1, L.h("q2"): 2, L.h("q3"): 3, L.h("q4"): 4]
    /// Words before a possessive weekday that look forward to its event ("before Sunday's vote").
    static let anticipation = L.set(["upcoming", "coming", "before", "awaiting", "await", "awaited", "until"])
    /// Words that end an amount of money or a per-share figure.
    static let amountWords = L.set([
        "million", "billion", "trillion", "share", "cents", "pence", "francs", "marks", "guilders", "yen", "dollars",
        "pounds", "euros",
    ])
    /// Words after "quarter" that make it a fourth of something else: "a quarter century", "the
    /// quarter mile".
    static let quarterOfSomethingElse = L.set(["century", "hour", "mile", "inch", "pound", "note", "tank"])
    /// Currency signs written before a figure.
    static let currencySigns = L.set(["$", "c$", "us$", "a$", "#", "£", "€", "¥"])
    /// Prefixes of hyphenated dates: "mid-1990s", "late-November", "post-1959".
    static let datePrefixes = L.set(["mid", "early", "late", "pre", "post"])

    /// Words that frame a date without changing its value: "the end of 1990", "the middle of October".
    static let frames = L.set(["end", "beginning", "middle", "start", "rest", "close", "turn"])
    /// Words before a date that narrow it: "early 1990", "late yesterday", "earlier this month".
    static let narrowers = L.set(["early", "late", "mid", "earlier", "later"])
    /// Plural units: "past/last/next" before these, or a count, make a duration, not a date.
    static let pluralUnits = L.set([
        "days", "weeks", "months", "years", "quarters", "decades", "centuries", "weekends",
    ])
    static let timeZoneNames = [
        "gmt", "utc", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "bst", "cet", "cest", "et", "pt", "kst",
        "jst", "sgt", "hkt", "ist", "aest", "z",
    ]
    static let timeZones = L.set(timeZoneNames)
    /// Words that end a clock time: "a.m.", "pm", a time zone.
    static let timeEnds = L.set(timeZoneNames + ["a.m.", "p.m.", "am", "pm", "a.m", "p.m"])
    /// Capitalised words after a weekday that make it part of a name ("Sunday Times").
    static let nameTails = L.set([
        "times", "telegraph", "mirror", "express", "post", "herald", "mail", "independent", "observer", "tribune",
        "agreement", "accord", "prayers", "club", "school", "night", "league", "football", "people", "service", "sport",
    ])
    /// Month names short enough to look like abbreviations.
    static let shortFullMonths = L.set(["may", "june", "july"])
    /// Capitalised words that make a weekday part of a name ("Good Friday", "Black Monday").
    static let nameHeads = L.set([
        "good", "black", "bloody", "holy", "ash", "palm", "maundy", "super", "cyber", "man", "girl", "blue", "easter",
        "whit", "low", "shrove", "giving", "small", "plough", "mothering",
    ])
    /// Words before a number that make it anything but a year.
    static let quantityWords = L.set([
        "than", "nearly", "almost", "approximately", "over", "under", "only", "just", "some", "about", "around",
        "least", "most", "top", "no.",
    ])
}
