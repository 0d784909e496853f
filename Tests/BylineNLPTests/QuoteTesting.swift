@testable import BylineNLP

/// Helpers for quote tests: entity lists written by hand, and a compact view of the result.
enum QuoteTesting {
    /// Every occurrence of each name in `text` as a mention, with scalar offsets.
    static func mentions(_ text: String, _ names: [(String, EntityType, String)]) -> [EntityMention] {
        let scalars = Array(text.unicodeScalars)
        var out: [EntityMention] = []
        for (name, type, canonical) in names {
            let needle = Array(name.unicodeScalars)
            var i = 0
            while i + needle.count <= scalars.count {
                if Array(scalars[i..<(i + needle.count)]) == needle {
                    out.append(
                        EntityMention(type: type, start: i, end: i + needle.count, text: name, canonical: canonical))
                    i += needle.count
                } else {
                    i += 1
                }
            }
        }
        return out.sorted { $0.start < $1.start }
    }

    /// The `occurrence`-th (from 0) occurrence of `name` in `text` alone as a mention, for a
    /// recogniser that found one occurrence and missed or mistyped the others.
    static func mention(_ name: String, in text: String, occurrence: Int, type: EntityType) -> EntityMention? {
        let found = mentions(text, [(name, type, name)])
        return occurrence < found.count ? found[occurrence] : nil
    }

    static func quotes(_ text: String, _ names: [(String, EntityType, String)] = []) -> [Quote] {
        let doc = Document(text)
        return QuoteAttributor.standard.attribute(doc, entities: mentions(text, names))
    }

    /// The quote whose text contains `fragment`.
    static func quote(_ quotes: [Quote], containing fragment: String) -> Quote? {
        quotes.first { $0.span.text.contains(fragment) }
    }
}
