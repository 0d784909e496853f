import BylineNLP
import Foundation

/// Figures for one sieve: how many direct quotes it decided, how many of those matched gold, and
/// how many of the matched ones with a gold source got the speaker right.
public struct SieveFigures: Sendable, Hashable {
    public var decided = 0
    public var matched = 0
    public var withSource = 0
    public var speakerCorrect = 0
    public var speakerAccuracy: Double { withSource == 0 ? 0 : Double(speakerCorrect) / Double(withSource) }
}

/// The outcome of `byline eval quotes` on one PolNeAR split.
public struct QuoteEvaluationReport: Sendable {
    public var articles = 0
    public var words = 0
    public var ours = QuoteScore()
    public var ourResolution = ResolutionScore()
    /// Seconds spent in the quote stage alone (entities excluded).
    public var quoteSeconds = 0.0
    /// Figures per deciding sieve; nil holds the quotes no sieve attributed.
    public var sieves: [SieveName?: SieveFigures] = [:]
    public var sieveOrder: [SieveName] = []
    public var anchor: QuoteScore?
    public var anchorResolution: ResolutionScore?
    /// Why the anchors did not run, when they did not.
    public var anchorNote: String?
    /// Misses, false alarms and wrong speakers, when asked for.
    public var errors: [String] = []
}

/// Scores Byline's quotes (and textacy's, when available) on a PolNeAR split in brat standoff:
/// `DIR/text/NAME.txt` with `DIR/attributions/NAME_ANNOTATOR.ann`. Where several annotators
/// annotated an article, the alphabetically first annotator's file is used.
public struct QuoteEvaluation {
    public let pipeline: Pipeline
    public var collectErrors = false

    public init(pipeline: Pipeline = Pipeline()) {
        self.pipeline = pipeline
    }

    public enum Failure: Error, CustomStringConvertible {
        case noCorpus(String)
        public var description: String {
            switch self {
            case .noCorpus(let dir): "no PolNeAR split at \(dir) (expected text/ and attributions/)"
            }
        }
    }

    /// The articles of a split: name, text path and the chosen annotation path.
    public static func articles(in dir: String) throws -> [(name: String, text: String, ann: String)] {
        let fm = FileManager.default
        let textDir = (dir as NSString).appendingPathComponent("text")
        let annDir = (dir as NSString).appendingPathComponent("attributions")
        guard let texts = try? fm.contentsOfDirectory(atPath: textDir),
            let anns = try? fm.contentsOfDirectory(atPath: annDir)
        else {
            throw Failure.noCorpus(dir)
        }
        var byArticle: [String: String] = [:]
        for a in anns.sorted() where a.hasSuffix(".ann") {
            guard let cut = a.lastIndex(of: "_") else { continue }
            let name = String(a[..<cut])
            if byArticle[name] == nil { byArticle[name] = a }
        }
        return texts.sorted().compactMap { t in
            guard t.hasSuffix(".txt") else { return nil }
            let name = String(t.dropLast(4))
            guard let ann = byArticle[name] else { return nil }
            return (
                name, (textDir as NSString).appendingPathComponent(t), (annDir as NSString).appendingPathComponent(ann)
            )
        }
    }

    public func run(split dir: String, resolution: [ResolutionCase], anchors: [String: [ScoredQuote]]?) throws
        -> QuoteEvaluationReport
    {
        var report = QuoteEvaluationReport()
        report.sieveOrder = pipeline.quotes.sieveNames
        if anchors != nil {
            report.anchor = QuoteScore()
            report.anchorResolution = ResolutionScore()
        }
        let cases = Dictionary(grouping: resolution, by: { ($0.doc as NSString).deletingPathExtension })
        for article in try QuoteEvaluation.articles(in: dir) {
            let text = try String(contentsOfFile: article.text, encoding: .utf8)
            let ann = try String(contentsOfFile: article.ann, encoding: .utf8)
            let doc = Document(text)
            let attributions = BratStandoff.attributions(ann)
            let gold = BratStandoff.directQuotes(attributions, text: doc.scalars)
            let partly = BratStandoff.partlyQuoted(attributions, text: doc.scalars)
            let entities = pipeline.annotate(doc, published: nil).entities
            let clock = ContinuousClock.now
            let quotes = pipeline.quotes.attribute(doc, entities: entities)
            let elapsed = ContinuousClock.now - clock
            report.quoteSeconds += Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
            report.articles += 1
            report.words += doc.tokens.lazy.filter { $0.kind == .word }.count
            let all = quotes.map(QuoteEvaluation.scored)
            let direct = zip(quotes, all).filter { $0.0.kind == .direct }.map(\.1)
            let (score, pairs) = QuoteMatcher.match(gold: gold, predicted: direct, partlyQuoted: partly)
            report.ours += score
            let unresolved = report.ourResolution.add(cases[article.name] ?? [], predicted: all)
            for p in direct { report.sieves[p.sieve, default: SieveFigures()].decided += 1 }
            for pair in pairs {
                guard let p = pair.predicted, pair.gold != nil else { continue }
                report.sieves[p.sieve, default: SieveFigures()].matched += 1
                if let correct = pair.speakerCorrect {
                    report.sieves[p.sieve, default: SieveFigures()].withSource += 1
                    if correct { report.sieves[p.sieve, default: SieveFigures()].speakerCorrect += 1 }
                }
            }
            if collectErrors {
                report.errors += QuoteEvaluation.describe(pairs, article: article.name, doc: doc) + unresolved
            }
            if let theirs = anchors?[article.name + ".txt"] {
                report.anchor! += QuoteMatcher.match(gold: gold, predicted: theirs, partlyQuoted: partly).score
                report.anchorResolution!.add(cases[article.name] ?? [], predicted: theirs)
            } else if anchors != nil {
                report.anchor!.gold += gold.count
            }
        }
        return report
    }

    static func scored(_ q: Quote) -> ScoredQuote {
        ScoredQuote(
            span: q.span.start..<q.span.end, speakerName: q.speaker?.name,
            speakerMention: q.speaker?.mention.map { $0.start..<$0.end }, sieve: q.sieve)
    }

    static func describe(_ pairs: [QuoteMatch], article: String, doc: Document) -> [String] {
        func excerpt(_ r: Range<Int>) -> String {
            let a = max(0, r.lowerBound)
            let b = min(doc.scalars.count, r.upperBound)
            let s = a < b ? doc.string(a, b) : ""
            let flat = s.replacingOccurrences(of: "\n", with: " ")
            return flat.count > 90 ? String(flat.prefix(60)) + " … " + String(flat.suffix(25)) : flat
        }
        var out: [String] = []
        for pair in pairs {
            switch (pair.gold, pair.predicted) {
            case (let g?, nil):
                out.append(
                    "MISS  \(article) \(excerpt(g.span))  [source: \(g.source.map(excerpt).joined(separator: " "))]")
            case (nil, let p?):
                out.append(
                    "EXTRA \(article) \(excerpt(p.span))  [speaker: \(p.speakerName ?? "-"), \(p.sieve?.rawValue ?? "none")]"
                )
            case (let g?, let p?) where pair.speakerCorrect == false:
                let said = p.speakerMention.map(excerpt) ?? "-"
                // The gold span may join several quotes; name ours when it is not the whole of it.
                let which = p.span == g.span ? "" : " at \(p.span.lowerBound): \(excerpt(p.span))"
                out.append(
                    "WHO   \(article) \(excerpt(g.span))  [gold: \(g.source.map(excerpt).joined(separator: " ")); ours: \(said) (\(p.sieve?.rawValue ?? "none"))\(which)]"
                )
            default:
                continue
            }
        }
        return out
    }
}
