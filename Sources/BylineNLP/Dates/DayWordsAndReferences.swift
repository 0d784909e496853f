/// Rules for "today", "yesterday", "tomorrow", and the present, past and future as words.
extension DateGrammar {
    /// "today", "yesterday", "tomorrow", "tonight", with a part of day ("yesterday morning").
    func dayWord(at j: Int) -> DateMatch? {
        guard let n = L.dayWords[t.lh(j)] else { return nil }
        // "USA Today", "VOA Today": a capitalised day word inside a name
        if t.has(j, .capitalized), !t.startsSentence(j), t.isWord(j - 1), t.isCapitalized(j - 1),
            !t.startsSentence(j - 1)
        {
            return nil
        }
        if namesAnEra(j) { return nil }
        var f = DateFields()
        var end = j + 1
        if t.lh(j) == Self.tonight {
            f.part = .NI
        } else if let part = L.partsOfDay[t.lh(end)] {
            f.part = part
            end += 1
        }
        return DateMatch(range: j..<end, meaning: .shift(.day, by: n, time: f))
    }

    /// Whether "today" or "tomorrow" at `j` is the present or the future as an era rather than a
    /// day: "today's youth", "in today's world", "many of today's computers", "the leaders of
    /// tomorrow". Nothing the article reports happens on that day, and TimeML annotation leaves
    /// them out; "today's vote", "tomorrow's meeting" and "as of today" stay days.
    func namesAnEra(_ j: Int) -> Bool {
        let h = t.lh(j)
        guard h == Self.today || h == Self.tomorrow else { return false }
        if t.lh(j + 1) == Self.possessive {
            return Self.eraNouns.contains(t.lh(j + 2))
                || t.lh(j - 1) == Self.of && Self.wholeQuantities.contains(t.lh(j - 2))
        }
        // "of tomorrow" ending a noun phrase, but not "as of today"
        return t.lh(j - 1) == Self.of && t.isWord(j - 2) && t.lh(j - 2) != Self.asWord && !t.isWord(j + 1)
            && t.tokens.indices.contains(j + 1)
    }

    /// "now", "right now", "currently", "recently", "soon", "these days", "the future", "the near
    /// future", "the past".
    func reference(at j: Int, hasThe: Bool) -> DateMatch? {
        let h = t.lh(j)
        if h == Self.soon { return hasThe ? nil : soon(at: j) }
        if h == Self.right && t.lh(j + 1) == Self.now {
            return DateMatch(range: j..<j + 2, meaning: .reference("PRESENT_REF"))
        }
        if h == Self.these && t.lh(j + 1) == Self.days {
            return DateMatch(range: j..<j + 2, meaning: .reference("PRESENT_REF"))
        }
        if let r = L.references[h], !hasThe {
            // "current" and "recent" before a unit are shifts or durations ("the current quarter", "recent months")
            let next = t.lh(j + 1)
            if next == Self.fiscal || L.units[next] != nil && L.units[next] != .day && !Self.pluralUnits.contains(next)
            {
                return nil
            }
            // "recent weeks and months": the past, units and all
            if Self.pluralUnits.contains(next), t.lh(j + 2) == Self.and || t.lh(j + 2) == Self.or,
                Self.pluralUnits.contains(t.lh(j + 3)), r == "PAST_REF"
            {
                return DateMatch(range: j..<j + 4, meaning: .reference(r))
            }
            // "in recent weeks", "in recent months": a stretch of time reaching publication, as
            // long as it says; "recent years" and "recent days" stay the past
            if h == Self.recent, next == Self.weeks || next == Self.months {
                return DateMatch(range: j..<j + 2, meaning: .duration(next == Self.weeks ? "PXW" : "PXM"))
            }
            if Self.pluralUnits.contains(next) && r == "PAST_REF" {
                return DateMatch(range: j..<j + 2, meaning: .reference(r))
            }
            // the adjective "recent" alone ("recent talks") rarely dates anything
            if h == Self.recent { return nil }
            // "most recently last October": the date that follows is the time, "recently" only
            // ranks it among earlier ones
            if h == Self.recently, match(at: j + 1) != nil { return nil }
            // "now" as a discourse marker before a comma at a sentence start still refers to the present in news text
            return DateMatch(range: j..<j + 1, meaning: .reference(r))
        }
        // "postponed to a later date": some time ahead, not yet fixed
        if h == Self.a, t.lh(j + 1) == Self.later, Self.laterPoints.contains(t.lh(j + 2)) {
            return DateMatch(range: j..<j + 3, meaning: .reference("FUTURE_REF"))
        }
        guard hasThe else { return nil }
        if h == Self.near, t.lh(j + 1) == Self.future || t.lh(j + 1) == Self.term {
            return DateMatch(range: j..<j + 2, meaning: .reference("FUTURE_REF"))
        }
        if h == Self.short, t.lh(j + 1) == Self.term {
            return DateMatch(range: j..<j + 2, meaning: .reference("FUTURE_REF"))
        }
        if let r = L.theReferences[h], !t.has(j, .capitalized) || t.startsSentence(j - 1) {
            // "the past three months" is a duration
            let next = t.lh(j + 1)
            if t.count(j + 1) != nil || next == Self.few || next == Self.several || L.units[next] != nil { return nil }
            // "the future of the alliance" is its prospects, not a time
            if h == Self.future, next == Self.of { return nil }
            return DateMatch(range: j..<j + 1, meaning: .reference(r))
        }
        return nil
    }

    /// "soon" as the future, where it modifies a verb that looks ahead: after a modal or the
    /// "to" of an infinitive ("may soon seek", "expects sales to soon grow") or before a modal
    /// ("it soon will begin"). Elsewhere it orders events ("as soon as", "soon after the vote",
    /// "was soon released"), a relation between two times rather than a time.
    func soon(at j: Int) -> DateMatch? {
        let before = t.lh(j - 1)
        let after = t.lh(j + 1)
        guard !Self.sequenceWords.contains(after) else { return nil }
        let looksAhead =
            before != Self.would && (L.modals.contains(before) || before == L.to)
            || after != Self.would && L.modals.contains(after)
        return looksAhead ? DateMatch(range: j..<j + 1, meaning: .reference("FUTURE_REF")) : nil
    }
}
