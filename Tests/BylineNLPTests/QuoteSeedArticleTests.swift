import Foundation
import Testing

@testable import BylineNLP

/// The seed article through the whole pipeline, as the quotes issue describes it.
@Suite struct QuoteSeedArticleTests {
    static func annotation() throws -> Annotation {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let text = try String(
            contentsOf: root.appendingPathComponent("sample-data/000_6dcc1abd43cc5c53.txt"), encoding: .utf8)
        return Pipeline().annotate(text, published: CalendarDate(year: 2022, month: 1, day: 14))
    }

    func quote(_ a: Annotation, _ fragment: String) -> Quote? { QuoteTesting.quote(a.quotes, containing: fragment) }

    @Test func directQuotesAndTheirSpeakers() throws {
        let a = try Self.annotation()
        for fragment in ["I think some of this", "Unfortunately, not only"] {
            #expect(quote(a, fragment)?.kind == .direct)
            #expect(quote(a, fragment)?.speaker?.name == "Antony Blinken")
        }
        for fragment in ["the US adopts such a confrontational stance", "The US accusation"] {
            #expect(quote(a, fragment)?.kind == .direct)
            #expect(quote(a, fragment)?.speaker?.name.contains("spokesman") == true)
        }
        for fragment in ["Pyongyang raises tensions", "That gives the regime justification"] {
            #expect(quote(a, fragment)?.kind == .direct)
            #expect(quote(a, fragment)?.speaker?.name == "Jean Lee")
        }
        #expect(quote(a, "Pyongyang raises tensions")?.speaker?.mention?.text == "she")
        #expect(quote(a, "I think some of this")?.span.text.hasPrefix("\"I think") == true)
        #expect(quote(a, "I think some of this")?.cue?.text == "said")
    }

    @Test func partialQuotes() throws {
        let a = try Self.annotation()
        let weapon = a.quotes.first { $0.span.text == "“new-type weapon”" }
        #expect(weapon?.kind == .partial)
        #expect(weapon?.speaker?.name.contains("spokesman") == true)
        let season = a.quotes.first { $0.span.text == "“anti-American season”" }
        #expect(season?.kind == .partial)
        #expect(season?.speaker?.name == "Jean Lee")
    }

    @Test func indirectQuotes() throws {
        let a = try Self.annotation()
        let indirect = a.quotes.filter { $0.kind == .indirect }
        let seeking = indirect.first { $0.span.text.hasPrefix("North Korea may be seeking attention") }
        #expect(seeking?.speaker?.name == "Antony Blinken")
        let talks = indirect.first { $0.span.text.hasPrefix("the US is willing to engage in talks") }
        #expect(talks?.speaker?.name == "Antony Blinken")
        let sanctions = indirect.first { $0.span.text.contains("impose more sanctions") }
        #expect(sanctions?.speaker?.name == "Linda Thomas-Greenfield")
    }

    @Test func quotesAreSortedAndSpansSliceTheText() throws {
        let a = try Self.annotation()
        #expect(a.quotes.map(\.span.start) == a.quotes.map(\.span.start).sorted())
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let text = try String(
            contentsOf: root.appendingPathComponent("sample-data/000_6dcc1abd43cc5c53.txt"), encoding: .utf8)
        let scalars = Array(text.unicodeScalars)
        for q in a.quotes {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[q.span.start..<q.span.end])
            #expect(String(view) == q.span.text)
        }
    }
}
