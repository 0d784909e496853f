/// Finds date and time expressions and pins them to the calendar.
///
/// Rules over tokens (`DateGrammar`) find the expressions and say what they mean; a resolver
/// pins each one against the publication date, the tense of its clause and the date last
/// mentioned (`DateResolver`). Tokens are looked up by their precomputed hashes, and only tokens
/// that can start an expression (digits, month and weekday names, a few dozen relative words)
/// reach the grammar, so the stage costs a small part of the pipeline's time.
public struct DateRecognizer: Sendable {
    public static let standard = DateRecognizer()

    public init() {}

    /// The date expressions of a document, found once: the pipeline infers the publication date
    /// from them and then resolves their values against it.
    public struct Expressions: Sendable {
        let matches: [DateMatch]
    }

    public func expressions(in doc: Document) -> Expressions { Expressions(matches: matches(doc)) }

    /// Date mentions (type `.date`) with TIMEX3-style values resolved against `anchor`; values
    /// that need an anchor are nil without one.
    public func recognize(_ doc: Document, anchor: CalendarDate?) -> [EntityMention] {
        recognize(doc, expressions(in: doc), anchor: anchor)
    }

    public func recognize(_ doc: Document, _ found: Expressions, anchor: CalendarDate?) -> [EntityMention] {
        var resolver = DateResolver(anchor: anchor)
        var out: [EntityMention] = []
        for m in found.matches {
            let value = resolver.value(of: m.meaning) { Tense.around(m.range, in: doc) }
            let span = doc.span(tokens: m.range)
            out.append(EntityMention(type: .date, start: span.start, end: span.end, text: span.text, value: value))
        }
        return out
    }

    /// Date mentions as `recognize` finds them, each with its TIMEX3 type: DATE, TIME, DURATION
    /// or SET.
    public func timexes(in doc: Document, anchor: CalendarDate?) -> [(mention: EntityMention, type: String)] {
        let found = expressions(in: doc)
        return zip(recognize(doc, found, anchor: anchor), found.matches).map { mention, m in
            (mention, Self.type(of: m.meaning, value: mention.value))
        }
    }

    /// The TIMEX3 type of an expression with its resolved value.
    static func type(of meaning: DateMeaning, value: String?) -> String {
        switch meaning {
        case .duration, .periodOfMonths: return "DURATION"
        case .recurrence: return "SET"
        case .timeOnCountedDay: return "TIME"
        // "in five years" stays a length of time unless its clause made it a date ahead
        case .ahead(_, _, let length) where value == length: return "DURATION"
        case .fromMention(_, _, let length) where value == length: return "DURATION"
        default: return hasTimeOfDay(value) ? "TIME" : "DATE"
        }
    }

    /// Whether a calendar value carries a part of day or clock time ("1998-02-06TMO",
    /// "1989-11-06T17:00"); "PRESENT_REF" has a T but no time of day.
    static func hasTimeOfDay(_ value: String?) -> Bool {
        guard let v = value, v.first?.isNumber == true else { return false }
        return v.contains("T")
    }

    /// The publication date the text gives, if any: a dateline, else weekday-date pairs
    /// ("Thursday (Jan 13)"), else the latest full date; nil when nothing is reliable.
    public func inferPublicationDate(_ doc: Document) -> CalendarDate? {
        inferPublicationDate(doc, expressions(in: doc))
    }

    public func inferPublicationDate(_ doc: Document, _ found: Expressions) -> CalendarDate? {
        PublicationDateInference.infer(doc, found.matches)
    }

    /// The word tables that say where an expression can start, read once per document: each
    /// read of a static table checks that it is loaded, three times a token.
    struct Starters {
        let strong = DateLexicon.strongStarters
        let lengthLeads = DateLexicon.lengthLeads
        let pluralUnits = DateGrammar.pluralUnits
        let weak = DateLexicon.weakStarters
        let followers = DateLexicon.followers

        /// Whether an expression can start at token `i`: two table lookups at most, so that plain
        /// words never reach the grammar.
        @inline(__always) func mayStart(_ i: Int, _ tokens: [Token]) -> Bool {
            let t = tokens[i]
            if t.kind == .number { return true }
            guard t.kind == .word else { return false }
            if t.flags.contains(.hasDigit) || t.flags.contains(.hasHyphen) || strong.contains(t.lowerHash) {
                return true
            }
            guard i + 1 < tokens.count else { return false }
            let n = tokens[i + 1]
            if lengthLeads.contains(t.lowerHash) { return pluralUnits.contains(n.lowerHash) }
            guard weak.contains(t.lowerHash) else { return false }
            return n.kind == .number || n.kind == .quote || n.flags.contains(.hasDigit) || n.flags.contains(.hasHyphen)
                || followers.contains(n.lowerHash)
        }
    }

    /// Every expression in the text, in order, never overlapping.
    func matches(_ doc: Document) -> [DateMatch] {
        let grammar = DateGrammar(doc)
        var out: [DateMatch] = []
        let tokens = doc.tokens
        let starters = Starters()
        var i = 0
        while i < tokens.count {
            let t = tokens[i]
            if starters.mayStart(i, tokens), var m = grammar.match(at: i) {
                // "'80s": take the apostrophe along
                if i > 0, tokens[i - 1].kind == .quote, !t.has(.spaceBefore), t.has(.hasDigit),
                    out.last.map({ $0.range.upperBound < i }) ?? true
                {
                    m.range = (i - 1)..<m.range.upperBound
                }
                m.meaning = grammar.pastEnd(m.meaning, at: m.range.lowerBound)
                if grammar.endsQuarter(at: m.range.lowerBound) {
                    if let q = out.indices.last, out[q].range.upperBound == m.range.lowerBound - 1,
                        case .calendar(let f, _) = out[q].meaning, f.year == nil, f.quarter != nil
                    {
                        out[q].meaning = .endedOn(out[q].meaning, day: m.meaning)
                    }
                    m.meaning = .periodEnd(m.meaning)
                }
                if let first = grammar.precedingDay(before: m),
                    out.last.map({ $0.range.upperBound <= first.range.lowerBound }) ?? true
                {
                    out.append(first)
                }
                i = m.range.upperBound
                if let (second, year) = grammar.followingDay(after: m) {
                    out.append(DateGrammar.withYear(year, m))
                    out.append(second)
                    i = second.range.upperBound
                    continue
                }
                out.append(m)
                if let second = grammar.elidedLastYear(after: m) {
                    out.append(second)
                    i = second.range.upperBound
                }
                continue
            }
            i += 1
        }
        return out
    }
}
