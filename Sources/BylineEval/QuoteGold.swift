import Foundation

/// One attribution of a brat standoff file (PolNeAR): source, cue and content spans, each
/// possibly discontinuous, as scalar offsets of the article text.
public struct GoldAttribution: Sendable, Hashable {
    public var source: [Range<Int>]
    public var cue: [Range<Int>]
    public var content: [Range<Int>]

    public init(source: [Range<Int>], cue: [Range<Int>], content: [Range<Int>]) {
        self.source = source
        self.cue = cue
        self.content = content
    }
}

/// A gold direct quote: an attribution whose content lies wholly inside quotation marks.
public struct GoldQuote: Sendable, Hashable {
    /// From the first part's opening mark to the last part's closing mark.
    public var span: Range<Int>
    /// Each quoted part, marks included.
    public var parts: [Range<Int>]
    /// The Source spans; empty when the annotators marked no source.
    public var source: [Range<Int>]
}

/// Reads brat standoff annotations: `T` lines are text-bound spans (`Label a b;c d`), `E` lines join
/// them into events (`Attribution:T4 Content:T3 Cue:T2 Source:T1`).
public enum BratStandoff {
    public static func attributions(_ ann: String) -> [GoldAttribution] {
        var spans: [String: (label: String, ranges: [Range<Int>])] = [:]
        var events: [[(role: String, id: String)]] = []
        for line in ann.split(whereSeparator: \.isNewline) {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 2, let kind = fields[0].first else { continue }
            if kind == "T" {
                let head = fields[1].split(separator: " ", maxSplits: 1)
                guard head.count == 2 else { continue }
                var ranges: [Range<Int>] = []
                for part in head[1].split(separator: ";") {
                    let nums = part.split(separator: " ").compactMap { Int($0) }
                    if nums.count == 2 && nums[0] <= nums[1] { ranges.append(nums[0]..<nums[1]) }
                }
                spans[String(fields[0])] = (String(head[0]), ranges)
            } else if kind == "E" {
                events.append(
                    fields[1].split(separator: " ").compactMap { arg in
                        let kv = arg.split(separator: ":", maxSplits: 1)
                        return kv.count == 2 ? (String(kv[0]), String(kv[1])) : nil
                    })
            }
        }
        return events.compactMap { args in
            var a = GoldAttribution(source: [], cue: [], content: [])
            for (role, id) in args {
                guard let span = spans[id] else { continue }
                if role.hasPrefix("Source") {
                    a.source += span.ranges
                } else if role.hasPrefix("Cue") {
                    a.cue += span.ranges
                } else if role.hasPrefix("Content") {
                    a.content += span.ranges
                }
            }
            return a.content.isEmpty ? nil : a
        }
    }

    /// The gold direct quotes among `attributions`: every content part, trimmed of spaces and
    /// punctuation outside the marks, opens and closes with quotation marks and holds no other
    /// double mark except at a paragraph start (a quote running over paragraphs).
    public static func directQuotes(_ attributions: [GoldAttribution], text: [Unicode.Scalar]) -> [GoldQuote] {
        attributions.compactMap { a in
            // Parts one by one; failing that, parts split only by spaces joined up.
            let sorted = a.content.sorted { $0.lowerBound < $1.lowerBound }
            guard let parts = quotedParts(sorted, text) ?? quotedParts(joinAdjacent(sorted, text), text) else {
                return nil
            }
            guard let first = parts.first, let last = parts.last else { return nil }
            return GoldQuote(span: first.lowerBound..<last.upperBound, parts: parts, source: a.source)
        }
    }

    /// The content parts of attributions that hold quotation marks but are not direct quotes
    /// ("A," only B "C"): predictions inside them are set aside when scoring.
    public static func partlyQuoted(_ attributions: [GoldAttribution], text: [Unicode.Scalar]) -> [[Range<Int>]] {
        attributions.compactMap { a in
            let sorted = a.content.sorted { $0.lowerBound < $1.lowerBound }
            guard quotedParts(sorted, text) == nil, quotedParts(joinAdjacent(sorted, text), text) == nil else {
                return nil
            }
            let hasMark = sorted.contains { r in
                r.clamped(to: 0..<text.count).contains { isDoubleMark(text[$0].value) }
            }
            return hasMark ? sorted : nil
        }
    }

    static func quotedParts(_ parts: [Range<Int>], _ s: [Unicode.Scalar]) -> [Range<Int>]? {
        var out: [Range<Int>] = []
        for part in parts {
            guard let marked = quoted(part, s) else { return nil }
            out.append(marked)
        }
        return out
    }

    /// Content parts separated only by spaces are one stretch (annotators split some quotes at sentence ends).
    static func joinAdjacent(_ parts: [Range<Int>], _ s: [Unicode.Scalar]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        for part in parts {
            if let last = out.last, last.upperBound <= part.lowerBound, part.lowerBound <= s.count,
                s[last.upperBound..<part.lowerBound].allSatisfy({ $0.properties.isWhitespace && $0.value != 0x0A })
            {
                out[out.count - 1] = last.lowerBound..<part.upperBound
            } else {
                out.append(part)
            }
        }
        return out
    }

    static func quoted(_ part: Range<Int>, _ s: [Unicode.Scalar]) -> Range<Int>? {
        var a = max(0, part.lowerBound)
        var b = min(s.count, part.upperBound)
        while a < b && s[a].properties.isWhitespace { a += 1 }
        while b > a && (s[b - 1].properties.isWhitespace || isTrailingPunct(s[b - 1].value)) && !isMark(s[b - 1].value)
        { b -= 1 }
        guard a < b else { return nil }
        // Marks just outside the annotated span belong to it.
        if !isMark(s[a].value) {
            var k = a - 1
            while k >= 0 && s[k].value == 0x20 { k -= 1 }
            guard k >= 0, isMark(s[k].value) else { return nil }
            a = k
        }
        if !isMark(s[b - 1].value) {
            var k = b
            while k < s.count && k < b + 3 && (s[k].value == 0x20 || isTrailingPunct(s[k].value)) { k += 1 }
            guard k < s.count, isMark(s[k].value) else { return nil }
            b = k + 1
        }
        guard b - a >= 3 else { return nil }
        for k in (a + 1)..<(b - 1) where isDoubleMark(s[k].value) {
            var p = k - 1
            while p > a && s[p].value == 0x20 { p -= 1 }
            var n = k + 1
            while n < b - 1 && s[n].value == 0x20 { n += 1 }
            let atParagraphStart = s[p].value == 0x0A
            let atParagraphEnd = s[n].value == 0x0A
            if !atParagraphStart && !atParagraphEnd { return nil }
        }
        return a..<b
    }

    static func isMark(_ v: UInt32) -> Bool {
        isDoubleMark(v) || v == 0x27 || v == 0x2018 || v == 0x2019
    }

    static func isDoubleMark(_ v: UInt32) -> Bool {
        v == 0x22 || v == 0x201C || v == 0x201D || v == 0x201E || v == 0xAB || v == 0xBB
    }

    static func isTrailingPunct(_ v: UInt32) -> Bool {
        v == 0x2E || v == 0x2C || v == 0x3F || v == 0x21 || v == 0x3B || v == 0x3A || v == 0x2026
    }
}
