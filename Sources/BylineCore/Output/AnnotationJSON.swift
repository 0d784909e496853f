import BylineNLP

/// The `annotate` output object, written field by field in the contract's order.
public enum AnnotationJSON {
    public static func write(_ a: AnnotatedArticle, to w: inout JSONWriter) {
        let art = a.article
        w.beginObject()
        writeMetadata(art, to: &w)
        w.field("format", art.format.rawValue)
        w.field("text", art.text)
        w.key("entities")
        w.beginArray()
        for e in a.annotation.entities {
            w.beginObject()
            w.field("type", e.type.rawValue)
            w.field("start", e.start)
            w.field("end", e.end)
            w.field("text", e.text)
            if e.type == .date { w.field("value", e.value) } else { w.field("canonical", e.canonical) }
            w.endObject()
        }
        w.endArray()
        w.key("quotes")
        w.beginArray()
        for q in a.annotation.quotes {
            w.beginObject()
            w.field("kind", q.kind.rawValue)
            w.field("start", q.span.start)
            w.field("end", q.span.end)
            w.field("text", q.span.text)
            w.key("speaker")
            if let s = q.speaker {
                w.beginObject()
                w.field("name", s.name)
                w.field("start", s.mention?.start)
                w.field("end", s.mention?.end)
                w.field("text", s.mention?.text)
                w.endObject()
            } else {
                w.null()
            }
            w.key("cue")
            span(q.cue, to: &w)
            if let sieve = q.sieve { w.field("sieve", sieve.rawValue) }
            w.endObject()
        }
        w.endArray()
        w.endObject()
    }

    /// The article's identity and metadata fields, shared by `annotate` and `list --format json`
    /// so both name and order them the same way.
    public static func writeMetadata(_ art: Article, to w: inout JSONWriter) {
        w.field("path", art.path)
        if let item = art.item { w.field("item", item) }
        w.field("title", art.title)
        w.field("published", art.published?.description)
        w.field("published_source", art.publishedSource?.rawValue)
        w.field("source", art.source)
        w.field("url", art.url)
        w.field("author", art.author)
    }

    static func span(_ s: TextSpan?, to w: inout JSONWriter) {
        guard let s else {
            w.null()
            return
        }
        w.beginObject()
        w.field("start", s.start)
        w.field("end", s.end)
        w.field("text", s.text)
        w.endObject()
    }
}
