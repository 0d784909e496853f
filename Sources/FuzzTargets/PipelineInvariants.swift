import BylineNLP
import Foundation

/// The whole annotator on any text: every span it returns slices the text it was given,
/// entities are sorted and never overlap, and resolved date values are well-formed.
enum PipelineInvariants {
    static let pipeline = Pipeline()
    static let anchor = CalendarDate(year: 2022, month: 1, day: 14)

    static func check(_ data: Data) {
        let text = String(decoding: data, as: UTF8.self)
        let scalars = Array(text.unicodeScalars)
        let annotation = pipeline.annotate(text, published: anchor)
        func span(_ start: Int, _ end: Int, _ value: String, _ what: String) {
            require(
                0 <= start && start <= end && end <= scalars.count, "\(what) \(start)..<\(end) outside \(scalars.count)"
            )
            require(
                String(String.UnicodeScalarView(scalars[start..<end])) == value, "\(what) text differs from its slice")
        }
        var lastEnd = 0
        for e in annotation.entities {
            span(e.start, e.end, e.text, "entity")
            require(e.start >= lastEnd, "entities overlap or are unsorted at \(e.start)")
            lastEnd = e.end
        }
        for q in annotation.quotes {
            span(q.span.start, q.span.end, q.span.text, "quote")
            if let m = q.speaker?.mention { span(m.start, m.end, m.text, "speaker") }
            if let c = q.cue { span(c.start, c.end, c.text, "cue") }
        }
    }
}
