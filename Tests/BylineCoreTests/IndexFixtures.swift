import BylineCore
import BylineNLP

/// Small hand-made annotated articles: text written for the tests, with spans found by searching
/// the text, so offsets are right by construction.
enum IndexFixtures {
    static func mention(
        _ text: String, _ surface: String, _ type: EntityType, canonical: String? = nil, value: String? = nil,
        after: Int = 0
    ) -> EntityMention {
        let (s, e) = span(text, surface, after: after)
        return EntityMention(type: type, start: s, end: e, text: surface, canonical: canonical ?? surface, value: value)
    }

    static func quote(
        _ text: String, _ quoted: String, speaker: String, said: String, kind: QuoteKind = .direct,
        saidBefore: Bool = false
    ) -> Quote {
        let (s, e) = span(text, quoted)
        let (ss, se) = span(text, said, after: saidBefore ? 0 : e)
        return Quote(
            kind: kind, span: TextSpan(start: s, end: e, text: quoted),
            speaker: Speaker(name: speaker, mention: TextSpan(start: ss, end: se, text: said), type: .person), cue: nil)
    }

    /// Scalar offsets of the first `needle` at or after scalar offset `after`.
    static func span(_ text: String, _ needle: String, after: Int = 0) -> (Int, Int) {
        let hay = Array(text.unicodeScalars)
        let n = Array(needle.unicodeScalars)
        for i in after...(hay.count - n.count) where Array(hay[i..<(i + n.count)]) == n { return (i, i + n.count) }
        fatalError("\(needle) not in text")
    }

    static func article(_ path: String, _ text: String, published: String?, source: String? = nil) -> Article {
        Article(
            path: path, format: .txt, title: String(text.prefix { $0 != "\n" }), text: text,
            published: published.flatMap(CalendarDate.init(iso:)), publishedSource: published == nil ? nil : .metadata,
            source: source)
    }

    static let blinkenText = """
        Blinken warns on missiles

        Antony Blinken met officials in Seoul on Thursday. "We are watching closely," Mr Blinken said. KCNA reported a test.
        """
    static let bareText = """
        Talks continue

        Blinken spoke to KCNA reporters in Washington. Jean Lee said "the launches will go on" in Seoul.
        """
    static let kimText = """
        Two Kims

        Kim Jong Un and Kim Yo Jong appeared together. Kim waved. The missile flew east from Pyongyang.
        """

    static var collection: ArticleCollection {
        let a = blinkenText
        let b = bareText
        let c = kimText
        let first = AnnotatedArticle(
            article: article("a.txt", a, published: "2022-01-14", source: "Straits Times"),
            annotation: Annotation(
                entities: [
                    mention(a, "Antony Blinken", .person), mention(a, "Seoul", .place),
                    mention(a, "Thursday", .date, value: "2022-01-13"),
                    mention(a, "Mr Blinken", .person, canonical: "Antony Blinken"), mention(a, "KCNA", .organization),
                ],
                quotes: [quote(a, "\"We are watching closely,\"", speaker: "Antony Blinken", said: "Mr Blinken")]))
        let second = AnnotatedArticle(
            article: article("b.txt", b, published: "2022-02-01"),
            annotation: Annotation(
                entities: [
                    mention(b, "Blinken", .person), mention(b, "KCNA", .organization), mention(b, "Washington", .place),
                    mention(b, "Jean Lee", .person), mention(b, "Seoul", .place),
                ],
                quotes: [
                    quote(
                        b, "\"the launches will go on\"", speaker: "Jean Lee", said: "Jean Lee", kind: .partial,
                        saidBefore: true)
                ]))
        let third = AnnotatedArticle(
            article: article("c.txt", c, published: nil),
            annotation: Annotation(
                entities: [
                    mention(c, "Kim Jong Un", .person), mention(c, "Kim Yo Jong", .person),
                    mention(c, "Kim", .person, after: 40),
                    mention(c, "Pyongyang", .place),
                ]))
        return ArticleCollection(annotated: [first, second, third])
    }
}
