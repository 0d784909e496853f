import BylineNLP
import Foundation
import Synchronization
import Testing

@testable import BylineCore

/// A small annotator in place of the NLP pipeline: every run of capitalised words is a person.
/// It counts its calls, so a test can tell which articles the loader had annotated.
final class CapitalisedNames: ArticleAnnotating {
    let calls = Atomic<Int>(0)

    func annotate(_ article: Article) -> AnnotatedArticle {
        calls.add(1, ordering: .relaxed)
        var entities: [EntityMention] = []
        var run: (start: Int, end: Int)?
        var words: [String] = []
        var word = ""
        var wordStart = 0
        func endWord(at offset: Int) {
            defer { word = "" }
            guard let first = word.unicodeScalars.first else { return }
            if CharacterSet.uppercaseLetters.contains(first) {
                run = (run?.start ?? wordStart, offset)
                words.append(word)
            } else {
                endRun()
            }
        }
        func endRun() {
            if let r = run {
                entities.append(
                    EntityMention(type: .person, start: r.start, end: r.end, text: words.joined(separator: " ")))
            }
            run = nil
            words = []
        }
        var offset = 0
        for s in article.text.unicodeScalars {
            if CharacterSet.letters.contains(s) {
                if word.isEmpty { wordStart = offset }
                word.unicodeScalars.append(s)
            } else {
                endWord(at: offset)
                if s != " " { endRun() }
            }
            offset += 1
        }
        endWord(at: offset)
        endRun()
        return AnnotatedArticle(article: article, annotation: Annotation(entities: entities))
    }
}

@Suite struct LoadRunPartsTests {
    @Test func theIndexHoldsWhatTheAnnotatorFound() throws {
        let t = try TempCollection(articles: 6)
        defer { t.remove() }
        let names = CapitalisedNames()
        let loader = CollectionLoader(paths: [t.data], cache: nil, workers: 2, annotator: names)
        loader.start()
        let c = loader.wait()
        #expect(names.calls.load(ordering: .relaxed) == 6)
        let id = try #require(c.index.entities(named: "Jean Lee", type: .person).first)
        #expect(c.index.postings(id).count == 6)
        let first = try #require(c.annotation(of: 0))
        #expect(first.entities.map(\.text).contains("Officials"))
    }

    @Test func aSecondLoadTakesEveryAnnotationFromTheCache() throws {
        let t = try TempCollection(articles: 5)
        defer { t.remove() }
        let names = CapitalisedNames()
        func load() -> (ArticleCollection, LoadProgress) {
            let loader = CollectionLoader(paths: [t.data], cache: t.cache, workers: 2, annotator: names)
            loader.start()
            return (loader.wait(), loader.latest!.progress)
        }
        let (first, fresh) = load()
        #expect(names.calls.load(ordering: .relaxed) == 5 && fresh.fromCache == 0)
        let (second, cached) = load()
        #expect(names.calls.load(ordering: .relaxed) == 5)
        #expect(cached.fromCache == 5 && cached.annotated == 5 && cached.rate == 0)
        #expect((0..<5).map(second.annotation(of:)) == (0..<5).map(first.annotation(of:)))
    }

    @Test func countsMakeTheProgress() {
        var counts = LoadCounts()
        counts.filesRead = 3
        counts.filesTotal = 4
        counts.fromCache = 2
        counts.fromJournal = 1
        counts.annotatedByNLP = 10
        counts.annotateStart = 1
        let p = counts.progress(.annotating, articles: 20, annotated: 13, elapsed: 3)
        #expect(p.filesRead == 3 && p.filesTotal == 4 && !p.filesListed)
        #expect(p.fromCache == 3 && p.annotated == 13 && p.articles == 20)
        #expect(p.rate == 5 && p.elapsed == 3)
        counts.annotatedByNLP = 0
        #expect(counts.progress(.reading, articles: 20, annotated: 3, elapsed: 3).rate == 0)
    }

    private func kind(_ due: SnapshotPacing.Due) -> String {
        switch due {
        case .nothing: return "nothing"
        case .progress(_, let number): return "progress after snapshot \(number)"
        case .snapshot: return "snapshot"
        }
    }

    @Test func snapshotsAreSpacedByTheirCostAndProgressResendsTheLast() {
        var pacing = SnapshotPacing()
        let c = ArticleCollection()
        #expect(kind(pacing.due(at: 0)) == "snapshot")
        #expect(pacing.sentSnapshot(c, at: 0) == 1)
        #expect(kind(pacing.due(at: 0.1)) == "nothing")
        // A snapshot that took 0.2 s spaces the next ones 2 s apart; progress still goes out.
        pacing.snapshotTook(0.2)
        #expect(kind(pacing.due(at: 0.3)) == "progress after snapshot 1")
        pacing.sentProgress(at: 0.3)
        #expect(kind(pacing.due(at: 0.4)) == "nothing")
        #expect(kind(pacing.due(at: 1.9)) == "progress after snapshot 1")
        #expect(kind(pacing.due(at: 2.1)) == "snapshot")
        #expect(pacing.sentSnapshot(c, at: 2.1) == 2)
        // A cheap snapshot still leaves the minimum spacing.
        pacing.snapshotTook(0.001)
        #expect(kind(pacing.due(at: 2.4)) == "progress after snapshot 2")
        #expect(kind(pacing.due(at: 2.1 + SnapshotPacing.minimumSnapshotEvery)) == "snapshot")
    }

    @Test func aLoadThatPrintsAtTheEndSendsProgressButNoSnapshotsAfterTheFirst() {
        var pacing = SnapshotPacing(intermediate: false)
        let c = ArticleCollection()
        #expect(kind(pacing.due(at: 0)) == "snapshot")
        #expect(pacing.sentSnapshot(c, at: 0) == 1)
        pacing.snapshotTook(0.001)
        #expect(kind(pacing.due(at: 0.1)) == "nothing")
        for t in [0.3, 1, 10, 100.0] {
            #expect(kind(pacing.due(at: t)) == "progress after snapshot 1")
            pacing.sentProgress(at: t)
        }
    }
}
