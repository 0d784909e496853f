/// The whole annotator: tokens and sentences, then names, dates and quotes.
///
/// Like spaCy's `nlp(text)`: a string and a reference date in, an `Annotation` out. It knows
/// nothing of files or articles. Loading the models is done once; `annotate` is thread-safe.
public struct Pipeline: Sendable {
    /// Changes whenever any stage would annotate the same text differently; caches key on it.
    public static let version = "byline-nlp-57"

    public let names: EntityRecognizer
    public let dates: DateRecognizer
    public let quotes: QuoteAttributor

    public init(
        names: EntityRecognizer = .standard, dates: DateRecognizer = .standard, quotes: QuoteAttributor = .standard
    ) {
        self.names = names
        self.dates = dates
        self.quotes = quotes
    }

    /// Annotates `text`, resolving relative dates against `published` (unresolved when nil).
    public func annotate(_ text: String, published: CalendarDate?) -> Annotation {
        annotate(Document(text), published: published)
    }

    public func annotate(_ doc: Document, published: CalendarDate?) -> Annotation {
        annotate(doc) { _ in published }
    }

    /// Annotates `doc` anchored on the publication date `settle` decides. `settle` may ask for
    /// the date the text itself gives (a dateline, "Thursday (Jan 13)" pairs, the latest full
    /// date), read from the same date expressions the annotation resolves, so they are found once.
    public func annotate(
        _ doc: Document, settlingPublication settle: (_ fromText: () -> CalendarDate?) -> CalendarDate?
    ) -> Annotation {
        let found = dates.expressions(in: doc)
        let published = settle { dates.inferPublicationDate(doc, found) }
        let named = names.recognize(doc)
        let dated = dates.recognize(doc, found, anchor: published)
        let entities = Pipeline.merge(named, dated)
        let quoted = quotes.attribute(doc, entities: entities)
        return Annotation(entities: entities, quotes: quoted)
    }

    /// Sorted, non-overlapping mentions: a name that runs into a date at its start or end ("Bill
    /// Clinton Saturday", "JOHANNESBURG, August 7") is cut back to the words outside the date and
    /// both are kept; a name with no word outside a date is the date ("Every Monday" opening a
    /// sentence); otherwise, where a name and a date overlap, the name wins ("Good Friday
    /// Agreement" is not a date), and between two of a kind the longer span wins.
    static func merge(_ names: [EntityMention], _ dates: [EntityMention]) -> [EntityMention] {
        var names = names
        if !dates.isEmpty {
            var covered = false
            for i in names.indices {
                // dates are in text order and do not overlap, so their ends are sorted too
                var lo = 0
                var hi = dates.count
                while lo < hi {
                    let mid = (lo + hi) / 2
                    if dates[mid].end <= names[i].start { lo = mid + 1 } else { hi = mid }
                }
                var k = lo
                while k < dates.count, dates[k].start < names[i].end {
                    if dates[k].start <= names[i].start && dates[k].end >= names[i].end {
                        names[i].end = names[i].start
                        covered = true
                    } else if let cut = trimmed(names[i], outside: dates[k]) {
                        names[i] = cut
                    }
                    k += 1
                }
            }
            if covered { names.removeAll { $0.end == $0.start } }
        }
        let all = (names + dates).sorted { a, b in
            a.start != b.start ? a.start < b.start : (a.end - a.start) > (b.end - b.start)
        }
        var out: [EntityMention] = []
        out.reserveCapacity(all.count)
        for m in all {
            if let last = out.last, m.start < last.end {
                let lastIsName = last.type != .date
                let mIsName = m.type != .date
                let mWins =
                    (mIsName && !lastIsName) || (mIsName == lastIsName && (m.end - m.start) > (last.end - last.start))
                if mWins { out[out.count - 1] = m }
                continue
            }
            out.append(m)
        }
        return out
    }

    /// The name `n` without the date `d` that overlaps its last or first words, and without the
    /// spaces and punctuation left at the cut; nil when the date lies inside the name or covers
    /// all of it.
    static func trimmed(_ n: EntityMention, outside d: EntityMention) -> EntityMention? {
        var lo = n.start
        var hi = n.end
        if d.start > n.start && d.end >= n.end {
            hi = d.start
        } else if d.start <= n.start && d.end < n.end {
            lo = d.end
        } else {
            return nil
        }
        let scalars = Array(n.text.unicodeScalars)
        guard scalars.count == n.end - n.start else { return nil }
        func isWordScalar(_ k: Int) -> Bool {
            let c = scalars[k - n.start]
            return c.properties.isAlphabetic || c.properties.numericType != nil
        }
        while hi > lo, !isWordScalar(hi - 1) { hi -= 1 }
        while lo < hi, !isWordScalar(lo) { lo += 1 }
        guard hi > lo else { return nil }
        var m = n
        m.start = lo
        m.end = hi
        m.text = String(scalars: scalars[(lo - n.start)..<(hi - n.start)])
        if n.canonical == n.text { m.canonical = m.text }
        return m
    }
}
