import BylineNLP
import Testing

@testable import BylineCore

@Suite struct CacheEntriesTests {
    @Test func packedEntriesGiveBackWhatWentIn() {
        let entries = [
            CacheEntry(key: "0:/a.txt@12", size: 10, modified: 1.5, articles: 0..<1),
            CacheEntry(key: "", size: 0, modified: 0, articles: 1..<1),
            CacheEntry(key: "1:/données/東京 é.md@99", size: -1, modified: 1_700_000_000.25, articles: 1..<40),
            CacheEntry(key: "0:/raw \u{10FFE9}.txt", size: Int64.max, modified: -3, articles: 40..<41),
        ]
        var packed = CacheEntries()
        for e in entries { packed.append(e) }
        #expect(packed.count == entries.count)
        for (i, e) in entries.enumerated() {
            #expect(packed[i].key == e.key)
            #expect(packed[i].size == e.size && packed[i].modified == e.modified)
            #expect(packed[i].articles == e.articles)
            #expect(packed.articles(at: i) == e.articles)
        }
        #expect(packed.map(\.key) == entries.map(\.key))
    }

    @Test func aCacheWithoutItsLookupStillGivesAnnotationsLeftInIt() throws {
        let t = try TempCollection(articles: 0)
        defer { t.remove() }
        let c = IndexFixtures.collection
        let entries = t.writeFixtureCache()
        let opened = try #require(t.cache.read(roots: [t.data]))
        #expect(opened.position(of: "0:/1") == 1)
        let reading = opened.withoutLookup()
        #expect(reading.position(of: "0:/1") == nil)
        #expect(reading.count == opened.count)
        for i in entries.indices {
            #expect(reading.annotations(at: i) == [c.annotations[i]!])
            #expect(reading.stamp(at: i) == opened.stamp(at: i))
        }
    }
}
