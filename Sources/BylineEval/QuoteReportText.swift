import Foundation

/// The plain-text table `byline eval quotes` prints: our scores beside textacy's, then per sieve.
public enum QuoteReportText {
    public static func render(_ r: QuoteEvaluationReport, corpus: String) -> String {
        func f(_ x: Double) -> String { String(format: "%.3f", x) }
        func row(_ label: String, _ ours: String, _ theirs: String?) -> String {
            label.padding(toLength: 26, withPad: " ", startingAt: 0) + ours.leftPad(16)
                + (theirs.map { $0.leftPad(16) } ?? "") + "\n"
        }
        let a = r.anchor
        let ar = r.anchorResolution
        var out =
            "PolNeAR \(corpus): \(r.articles) articles, \(r.ours.gold) gold direct quotes (content wholly inside quotation marks)\n\n"
        out += row("", "Byline", a == nil ? nil : "textacy")
        out += row("quote precision", f(r.ours.precision), a.map { f($0.precision) })
        out += row("quote recall", f(r.ours.recall), a.map { f($0.recall) })
        out += row("quote F1", f(r.ours.f1), a.map { f($0.f1) })
        out += row("speaker accuracy", f(r.ours.speakerAccuracy), a.map { f($0.speakerAccuracy) })
        out += row("named speakers", f(r.ours.namedShare), a.map { f($0.namedShare) })
        out += row("resolution accuracy", f(r.ourResolution.accuracy), ar.map { f($0.accuracy) })
        out += row(
            "  (right / cases)", "\(r.ourResolution.correct)/\(r.ourResolution.cases)",
            ar.map { "\($0.correct)/\($0.cases)" })
        out += row(
            "predicted / matching", "\(r.ours.predicted)/\(r.ours.matched)", a.map { "\($0.predicted)/\($0.matched)" })
        out += row("set aside (partly quoted)", "\(r.ours.setAside)", a.map { "\($0.setAside)" })
        out += row("gold / found", "\(r.ours.gold)/\(r.ours.recalled)", a.map { "\($0.gold)/\($0.recalled)" })
        if let note = r.anchorNote { out += "\ntextacy: \(note)\n" }
        let rate = r.quoteSeconds > 0 ? Double(r.words) / r.quoteSeconds : 0
        out +=
            "\nquote stage: \(r.words) words in \(String(format: "%.3f", r.quoteSeconds)) s (\(Int(rate)) words/s, this build)\n"
        out += "\nper sieve (direct quotes)  decided  matched  speaker accuracy\n"
        for sieve in r.sieveOrder.map(Optional.some) + [nil] {
            guard let s = r.sieves[sieve] else { continue }
            out +=
                "  " + (sieve?.rawValue ?? "none").padding(toLength: 22, withPad: " ", startingAt: 0)
                + "\(s.decided)".leftPad(9)
                + "\(s.matched)".leftPad(9)
                + "\(f(s.speakerAccuracy)) (\(s.speakerCorrect)/\(s.withSource))".leftPad(20) + "\n"
        }
        return out
    }
}

extension String {
    func leftPad(_ width: Int) -> String { count >= width ? self : String(repeating: " ", count: width - count) + self }
}
