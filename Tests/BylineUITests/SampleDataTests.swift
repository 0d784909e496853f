import BylineCore
import BylineNLP
import Foundation
import Testing

@testable import BylineUI

/// The reader on the real sample data, annotated by the real pipeline.
@Suite struct SampleDataTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let collection = CollectionLoader.load(
        paths: [root.appendingPathComponent("sample-data").path], cache: nil, workers: 2)

    func state(_ w: Int, _ h: Int) -> AppState {
        var s = AppState(collection: SampleDataTests.collection, width: w, height: h)
        _ = s.carryOut(s.pendingEffects())
        return s
    }

    /// Rows hold exactly the grid's width in cells: no cluster is wider than the cells it takes.
    func wellFormed(_ g: Grid) -> Bool {
        for y in 0..<g.height {
            var x = 0
            while x < g.width {
                let c = g[x, y]
                if c.isContinuation { return false }
                let w = c.text.count == 1 ? DisplayWidth.unicode.width(of: c.text.first!) : 1
                if w == 2, !(x + 1 < g.width && g[x + 1, y].isContinuation) { return false }
                x += w
            }
        }
        return true
    }

    @Test func theSeedOpensWithItsHighlights() throws {
        var s = state(200, 60)
        let seed = try #require(
            s.visible.firstIndex { s.collection.article($0).path.hasSuffix("000_6dcc1abd43cc5c53.txt") })
        s.send(.command(.top))
        for _ in 0..<seed { s.keys("j") }
        s.keys("Enter")
        let g = Screen.render(s)
        #expect(wellFormed(g))
        #expect(g.contains("US Secretary of State Blinken says North Korea"))
        // The first of each name on screen is its first mention in the text.
        let annotation = try #require(s.collection.annotation(of: s.visible[seed]))
        for (text, type) in [("Antony Blinken", Role.person), ("KCNA", .organization)] {
            let at = try #require(g.find(text))
            let mention = try #require(annotation.entities.first { $0.text == text })
            #expect(g[at.x, at.y].role == Self.role(of: mention, type, in: annotation), "\(text)")
        }
    }

    /// How the reader must draw an entity mention, from the annotation alone: as a speaker when a
    /// quote names it as its speaker's mention or someone quoted goes by its name, else as `type`.
    static func role(of e: EntityMention, _ type: Role, in a: Annotation) -> Role {
        let quoted = a.quotes.compactMap(\.speaker)
        let isSpeaker = quoted.contains {
            $0.name.lowercased() == e.canonical.lowercased()
                || ($0.mention?.start == e.start && $0.mention?.end == e.end)
        }
        return isSpeaker ? .speaker : type
    }

    @Test func filteringByAnOrganisationNarrowsTheList() {
        var s = state(80, 24)
        let total = s.visible.count
        s.keys("f")
        s.typeText("KCNA")
        s.keys("Enter")
        #expect(s.filters.first?.field == .org)
        #expect(s.visible.count < total && !s.visible.isEmpty)
        #expect(Screen.render(s).line(23).contains("\(s.visible.count)/\(total) articles"))
    }

    /// A long, fixed pseudo-random walk over every key at three sizes, resizing in between:
    /// every frame well formed, nothing traps.
    @Test(arguments: [(40, 10), (80, 24), (200, 60)]) func aLongWalkThroughEveryKey(size: (Int, Int)) {
        var s = state(size.0, size.1)
        let keys =
            KeyBinding.defaults.flatMap(\.keys).filter {
                $0 != KeyPress(.char("q")) && $0 != KeyPress(.char("z"), ctrl: true)
            }
            + "ablinkenkcna seoul".map { KeyPress(.char($0)) }
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        for step in 0..<1500 {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let k = keys[Int(seed >> 33) % keys.count]
            s.send(.key(k))
            if step % 250 == 249 {
                s.send(
                    .resize(width: [size.0, 60, 100, 7][step / 250 % 4], height: [size.1, 20, 30, 3][step / 250 % 4]))
            }
            if step % 10 == 0 {
                let g = Screen.render(s)
                #expect(wellFormed(g), "step \(step) after \(k)")
            }
        }
    }
}

extension SampleDataTests {
    /// On the seed: `]` lands on Antony Blinken's first quote the pane shows, `}` on his next one,
    /// each in view and highlighted.
    @Test func quoteKeysOnTheSeed() throws {
        var s = state(100, 30)
        let seed = try #require(
            s.visible.firstIndex { s.collection.article($0).path.hasSuffix("000_6dcc1abd43cc5c53.txt") })
        for _ in 0..<seed { s.keys("j") }
        let quotes = try #require(s.collection.annotation(of: s.visible[seed])?.quotes)
        s.keys("]")
        let first = try #require(s.reader?.currentQuote)
        #expect(quotes[first].speaker?.name == "Antony Blinken")
        s.keys("}")
        let second = try #require(s.reader?.currentQuote)
        #expect(second > first)
        #expect(quotes[second].speaker?.name == "Antony Blinken")
        let line = try #require(s.reader?.layout.line(ofQuote: second))
        let top = s.reader!.top
        #expect(line >= top && line < top + PaneLayout(s).reader!.height)
        let g = Screen.render(s)
        let row = line - top
        #expect(g.roles(row).contains(.quoteCurrent))
    }
}
