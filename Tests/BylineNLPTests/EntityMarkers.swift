@testable import BylineNLP

/// Test input with inline position markers, in the style of swift-format's tests:
/// `"1️⃣Jean Lee2️⃣ said"` is the text "Jean Lee said" with marker 1 at offset 0 and marker 2 at 8.
struct EntityMarkers {
    let text: String
    /// Marker number -> scalar offset in `text`.
    let offsets: [Int: Int]

    init(_ marked: String) {
        var out = String.UnicodeScalarView()
        var offsets: [Int: Int] = [:]
        let s = Array(marked.unicodeScalars)
        var i = 0
        while i < s.count {
            // A keycap emoji: digit, U+FE0F, U+20E3.
            if i + 2 < s.count, s[i].value >= 0x30, s[i].value <= 0x39, s[i + 1].value == 0xFE0F,
                s[i + 2].value == 0x20E3
            {
                offsets[Int(s[i].value - 0x30)] = out.count
                i += 3
                continue
            }
            out.append(s[i])
            i += 1
        }
        text = String(out)
        self.offsets = offsets
    }

    /// The span between markers `a` and `b`.
    func span(_ a: Int, _ b: Int) -> Range<Int> { offsets[a]!..<offsets[b]! }

    /// Token ranges of the first `count` marked spans of `doc` (`1️⃣…2️⃣` is the first,
    /// `3️⃣…4️⃣` the second, …).
    func tokenSpans(_ doc: Document, _ count: Int) -> [Range<Int>] {
        (0..<count).map { k in
            let span = span(2 * k + 1, 2 * k + 2)
            let first = doc.tokenIndex(atOrAfter: span.lowerBound)
            var last = first
            while last < doc.tokens.count && Int(doc.tokens[last].end) <= span.upperBound { last += 1 }
            return first..<last
        }
    }

    /// The first `types.count` marked spans of `doc` as names of those types, as the rule
    /// layers take them.
    func found(_ doc: Document, _ types: [EntityType]) -> [EntityMentionCleanup.Found] {
        zip(tokenSpans(doc, types.count), types).map { ($0, $1) }
    }

    /// Names as "type text" lines, to compare in one expectation.
    static func described(_ doc: Document, _ found: [EntityMentionCleanup.Found]) -> [String] {
        found.map { "\($0.type) " + doc.string(tokens: $0.tokens) }
    }

    /// What `rule` makes of the first `types.count` marked spans taken as names of those types,
    /// as "type text" lines.
    func read(
        _ types: [EntityType],
        by rule: ([EntityMentionCleanup.Found], Document, EntityFeatures) -> [EntityMentionCleanup.Found]
    ) -> [String] {
        let doc = Document(text)
        return Self.described(doc, rule(found(doc, types), doc, EntityFeatures(doc, gazetteer: .standard)))
    }
}
