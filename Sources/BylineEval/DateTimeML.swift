import BylineNLP

/// One gold temporal expression of a TimeML document, with scalar offsets into the rebuilt text.
public struct GoldTimex: Sendable, Hashable {
    public var start: Int
    public var end: Int
    /// DATE, TIME, DURATION or SET.
    public var type: String
    public var value: String

    public init(start: Int, end: Int, type: String, value: String) {
        self.start = start
        self.end = end
        self.type = type
        self.value = value
    }

    /// Whether the DATE+TIME scores count this expression.
    public var isScored: Bool { TimexTypes.datesAndTimes.counts(type) }
}

/// A TimeML document reduced to what date evaluation needs: the plain text of its `<TEXT>`
/// element (tags stripped, entities decoded), its document creation time and its TIMEX3s.
public struct TimeMLDocument: Sendable {
    public var name: String
    public var text: String
    /// The day of the `<DCT>`, which relative expressions are resolved against.
    public var creation: CalendarDate?
    public var timexes: [GoldTimex]

    /// Parses TimeML markup; nil when it has no `<TEXT>` element.
    public init?(name: String, markup: String) {
        let s = Array(markup.unicodeScalars)
        guard let body = TimeMLDocument.find("<TEXT>", in: s, from: 0),
            let bodyEnd = TimeMLDocument.find("</TEXT>", in: s, from: body)
        else { return nil }
        self.name = name
        if let dct = TimeMLDocument.find("<DCT>", in: s, from: 0), dct < body,
            let timex = TimeMLDocument.find("<TIMEX3", in: s, from: dct), timex < body,
            let v = TimeMLDocument.attribute("value", in: TimeMLDocument.tag(s, at: timex - 7))
        {
            creation = CalendarDate(iso: String(v.prefix(10)))
        } else {
            creation = nil
        }
        var out = String.UnicodeScalarView()
        var count = 0
        var timexes: [GoldTimex] = []
        var open: (start: Int, type: String, value: String)?
        var i = body
        while i < bodyEnd {
            let c = s[i]
            if c == "<" {
                let tag = TimeMLDocument.tag(s, at: i)
                if tag.hasPrefix("TIMEX3") {
                    open = (
                        count, TimeMLDocument.attribute("type", in: tag) ?? "",
                        TimeMLDocument.attribute("value", in: tag) ?? ""
                    )
                } else if tag == "/TIMEX3", let o = open {
                    timexes.append(GoldTimex(start: o.start, end: count, type: o.type, value: o.value))
                    open = nil
                }
                i += tag.unicodeScalars.count + 2
                continue
            }
            if c == "&", let (decoded, length) = TimeMLDocument.entity(s, at: i) {
                out.append(decoded)
                i += length
            } else {
                out.append(c)
                i += 1
            }
            count += 1
        }
        text = String(out)
        self.timexes = timexes
    }

    /// The index just past the first occurrence of `needle` at or after `from`.
    static func find(_ needle: String, in s: [Unicode.Scalar], from: Int) -> Int? {
        let n = Array(needle.unicodeScalars)
        guard n.count <= s.count else { return nil }
        var i = from
        while i + n.count <= s.count {
            if s[i] == n[0] && Array(s[i..<i + n.count]) == n { return i + n.count }
            i += 1
        }
        return nil
    }

    /// The text between `<` at `i` and the next `>`.
    static func tag(_ s: [Unicode.Scalar], at i: Int) -> String {
        var out = String.UnicodeScalarView()
        var k = i + 1
        while k < s.count && s[k] != ">" {
            out.append(s[k])
            k += 1
        }
        return String(out)
    }

    static func attribute(_ name: String, in tag: String) -> String? {
        guard let r = tag.range(of: " \(name)=\"") else { return nil }
        let rest = tag[r.upperBound...]
        guard let q = rest.firstIndex(of: "\"") else { return nil }
        return String(rest[..<q])
    }

    /// Some gold values write a one-digit ISO week ("2000-W7") where TIMEX3 and ISO 8601 write two
    /// digits ("2000-W07"); the official scorer compares values as written, so only the scoring
    /// used before alignment with it reads them as two digits.
    static func canonicalValue(_ v: String) -> String {
        let u = Array(v.unicodeScalars)
        guard u.count >= 7, u[4] == "-", u[5] == "W", ScalarClass.isDigit(u[6].value),
            u.count == 7 || !ScalarClass.isDigit(u[7].value)
        else { return v }
        return String(v.prefix(6)) + "0" + String(v.dropFirst(6))
    }

    static func entity(_ s: [Unicode.Scalar], at i: Int) -> (Unicode.Scalar, Int)? {
        let names: [(String, Unicode.Scalar)] = [
            ("&amp;", "&"), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&apos;", "'"),
        ]
        for (n, c) in names
        where i + n.unicodeScalars.count <= s.count
            && String(String.UnicodeScalarView(s[i..<i + n.unicodeScalars.count])) == n
        {
            return (c, n.unicodeScalars.count)
        }
        return nil
    }
}
