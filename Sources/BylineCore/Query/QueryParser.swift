import BylineNLP

/// The query syntax: whitespace-separated terms, each `field:value` or a bare value (a `text:`
/// term); a value in double quotes (straight or curly) may hold spaces. Not a hot path: a query
/// is a few dozen characters typed by a person.
enum QueryParser {
    static let fields: [String: Query.Field] = [
        "person": .person, "org": .org, "organization": .org, "organisation": .org, "place": .place,
        "speaker": .speaker, "date": .date, "text": .text, "source": .source, "tag": .tag, "flag": .flag,
        "flagged": .flag,
    ]
    static let fieldNames = ["person", "org", "place", "speaker", "date", "text", "source", "tag", "flag"]
    /// What `flag:` takes, and the value each stands for.
    static let flagValues = ["yes": "yes", "no": "no", "true": "yes", "false": "no", "y": "yes", "n": "no"]

    static func parse(_ text: String) throws(QueryError) -> [Query.Term] {
        let s = Array(text)
        var terms: [Query.Term] = []
        var i = 0
        while i < s.count {
            if s[i].isWhitespace {
                i += 1
                continue
            }
            let termStart = i
            var field = Query.Field.text
            var named: String?
            // `name:` where name is letters only; anything else (a time "10:30", a URL) is text.
            var j = i
            while j < s.count && s[j].isLetter { j += 1 }
            if j > i && j < s.count && s[j] == ":" {
                let name = String(s[i..<j])
                guard let f = fields[name.lowercased()] else { throw .unknownField(name, column: termStart + 1) }
                field = f
                named = name
                i = j + 1
            }
            let value: String
            if i < s.count && isOpeningQuote(s[i]) {
                let open = i
                i += 1
                let start = i
                while i < s.count && !isClosingQuote(s[i]) { i += 1 }
                guard i < s.count else { throw .unclosedQuote(column: open + 1) }
                value = String(s[start..<i])
                i += 1
            } else {
                let start = i
                while i < s.count && !s[i].isWhitespace { i += 1 }
                value = String(s[start..<i])
            }
            let trimmed = value.trimmingSpaces
            guard !trimmed.isEmpty else {
                if let named { throw .emptyValue(field: named, column: termStart + 1) }
                continue
            }
            if field == .date && !isDatePrefix(trimmed) { throw .badDate(trimmed, column: termStart + 1) }
            if field == .flag {
                guard let v = flagValues[trimmed.lowercased()] else { throw .badFlag(trimmed, column: termStart + 1) }
                terms.append(Query.Term(field, v))
                continue
            }
            terms.append(Query.Term(field, trimmed))
        }
        return terms
    }

    static func isOpeningQuote(_ c: Character) -> Bool { c == "\"" || c == "\u{201C}" || c == "\u{201E}" }
    static func isClosingQuote(_ c: Character) -> Bool { c == "\"" || c == "\u{201D}" || c == "\u{201C}" }

    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD` with a real month and day.
    static func isDatePrefix(_ v: String) -> Bool {
        let parts = v.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4,
            parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) })
        else { return false }
        if parts.count >= 2 {
            guard parts[1].count == 2, let m = Int(parts[1]), (1...12).contains(m) else { return false }
        }
        if parts.count == 3 {
            // The day must exist in that month: 2022-02-30 matches nothing, so it is refused.
            guard parts[2].count == 2, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
                CalendarDate.isValid(year: y, month: m, day: d)
            else { return false }
        }
        return true
    }
}

extension String {
    var trimmingSpaces: String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }
}
