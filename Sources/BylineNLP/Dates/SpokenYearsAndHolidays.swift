/// Rules for years in words ("nineteen ninety-four") and holidays.
extension DateGrammar {
    /// "nineteen ninety-seven", "nineteen ninety", "the year two thousand", "two thousand and one".
    func spokenYear(at j: Int) -> DateMatch? {
        var k = j
        if t.lh(k) == Self.year { k += 1 }
        if t.lh(k) == Self.two && t.lh(k + 1) == Self.thousand {
            var end = k + 2
            var y = 2000
            if t.lh(end) == Self.and, let c = t.count(end + 1), c.value < 100 {
                y += c.value
                end = c.next
            } else if let c = t.count(end), c.value < 100, t.lh(end) != Self.a {
                y += c.value
                end = c.next
            }
            guard k > j || y > 2000 else { return nil }
            return DateMatch(range: j..<end, meaning: .calendar(DateFields(year: y), lean: nil))
        }
        guard let hundreds = L.numberWords[t.lh(k)], (11...20).contains(hundreds), let rest = t.count(k + 1),
            rest.value >= 10, rest.value < 100, t.lh(k + 1) != Self.a
        else { return nil }
        return DateMatch(
            range: j..<rest.next, meaning: .calendar(DateFields(year: hundreds * 100 + rest.value), lean: nil))
    }

    /// A year at token `k`, in figures or spoken ("nineteen ninety-four"), and the token after it.
    func yearAt(_ k: Int) -> (year: Int, next: Int)? {
        if let y = t.year(k) { return (y, k + 1) }
        guard t.isWord(k), let m = spokenYear(at: k), case .calendar(let f, _) = m.meaning, let y = f.year else {
            return nil
        }
        return (y, m.range.upperBound)
    }

    /// "Thanksgiving", "Christmas Day", "Christmas Eve", "Easter", "New Year's Day", "Election Day", "Halloween".
    func holiday(at j: Int) -> DateMatch? {
        guard t.isCapitalized(j) else { return nil }
        let h = t.lh(j)
        var end = j + 1
        let found: Holiday
        if h == Self.thanksgiving {
            found = .nthWeekday(month: 11, weekday: 4, nth: 4)
        } else if h == Self.christmas {
            if t.lh(end) == Self.eve {
                found = .fixed(month: 12, day: 24)
                end += 1
            } else {
                found = .fixed(month: 12, day: 25)
            }
        } else if h == Self.easter {
            found = .easter
            if t.lh(end) == Self.sunday { end += 1 }
        } else if h == Self.halloween {
            found = .fixed(month: 10, day: 31)
        } else if h == Self.new, t.lh(j + 1) == Self.year, t.lh(j + 2) == Self.possessive,
            t.lh(j + 3) == Self.day || t.lh(j + 3) == Self.eve
        {
            found = t.lh(j + 3) == Self.eve ? .fixed(month: 12, day: 31) : .fixed(month: 1, day: 1)
            end = j + 4
            return DateMatch(range: j..<end, meaning: .holiday(found))
        } else if h == Self.election, t.lh(j + 1) == Self.day, t.isCapitalized(j + 1) {
            found = .electionDay
        } else {
            return nil
        }
        if t.lh(end) == Self.day && h != Self.election { end += 1 }
        if h == Self.election { end = j + 2 }
        // "Easter week", "Thanksgiving week"
        if t.lh(end) == Self.week { return DateMatch(range: j..<end + 1, meaning: .weekOf(.holiday(found))) }
        return DateMatch(range: j..<end, meaning: .holiday(found))
    }
}
