/// Where a rule is tried: the token, whether "the" came before it, and whether a frame or a
/// narrowing word did ("the end of", "early").
struct DateSite {
    let token: Int
    let hasThe: Bool
    let framed: Bool
}

/// One rule of the grammar: its name and what it finds at a site, or nil.
struct DateRule: Sendable {
    let name: String
    let find: @Sendable (DateGrammar, DateSite) -> DateMatch?
}

extension DateGrammar {
    /// The rules in the order they are tried; the first to find an expression decides. Order
    /// matters: a clock time before a bare number ("at 9"), quarters before numbers ("the 1988
    /// third quarter"), numbers and months before the word rules that would take part of them.
    static let rules: [DateRule] = [
        DateRule(name: "clock time") { g, s in g.clockTime(at: s.token).map { g.withDate(after: $0) } },
        DateRule(name: "quarter") { g, s in
            g.quarterExpression(at: s.token, hasThe: s.hasThe).flatMap {
                Self.quarterOfSomethingElse.contains(g.t.lh($0.range.upperBound)) ? nil : $0
            }
        },
        DateRule(name: "numeric") { g, s in g.numeric(at: s.token, hasThe: s.hasThe || s.framed) },
        DateRule(name: "hyphenated") { g, s in g.t.has(s.token, .hasHyphen) ? g.hyphenated(at: s.token) : nil },
        DateRule(name: "month") { g, s in g.monthExpression(at: s.token, introduced: s.hasThe || s.framed) },
        DateRule(name: "weekday") { g, s in
            L.weekdays[g.t.lh(s.token)] == nil ? nil : g.weekdayExpression(at: s.token, shift: nil, time: DateFields())
        },
        DateRule(name: "day word") { g, s in g.dayWord(at: s.token) },
        DateRule(name: "reference") { g, s in g.reference(at: s.token, hasThe: s.hasThe) },
        DateRule(name: "anaphoric") { g, s in g.anaphoric(at: s.token, hasThe: s.hasThe) },
        DateRule(name: "shifted") { g, s in g.shifted(at: s.token, hasThe: s.hasThe) },
        DateRule(name: "period of months") { g, s in s.hasThe ? g.periodOfMonths(at: s.token) : nil },
        DateRule(name: "counted") { g, s in g.counted(at: s.token) },
        DateRule(name: "duration") { g, s in g.duration(at: s) },
        DateRule(name: "unsaid length") { g, s in g.unsaidLength(at: s) },
        DateRule(name: "recurrence") { g, s in g.recurrence(at: s.token) },
        DateRule(name: "spoken year") { g, s in g.spokenYear(at: s.token) },
        DateRule(name: "holiday") { g, s in g.holiday(at: s.token) },
        DateRule(name: "season") { g, s in g.season(at: s) },
        DateRule(name: "year end") { g, s in g.yearEnd(at: s.token) },
        DateRule(name: "the year") { g, s in g.theYear(at: s) },
        DateRule(name: "part of day") { g, s in g.partOfDay(at: s) },
        DateRule(name: "nth day") { g, s in g.nthDay(at: s) },
        DateRule(name: "day of the month") { g, s in g.dayOfTheMonth(at: s) },
        DateRule(name: "day before or after") { g, s in g.dayBeforeOrAfter(at: s) },
        DateRule(name: "week of") { g, s in g.weekOf(at: s) },
        DateRule(name: "the weekend") { g, s in g.theWeekend(at: s) },
        DateRule(name: "decade word") { g, s in g.decadeWord(at: s) },
        DateRule(name: "framed unit") { g, s in g.framedUnit(at: s) },
    ]
}
