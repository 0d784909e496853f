import BylineCore
import BylineNLP
import Testing

/// An index of many entities builds them in two halves on two threads, and merges people apart
/// from the other names: ids, names, aliases, postings and speakers are those of one pass in key
/// order, whichever half an entity fell in.
@Suite struct IndexHalvesTests {
    /// A name of letters only for `i` ("b", "bc", ...): the alias merging reads words, not digits.
    static func letters(_ i: Int) -> String {
        var i = i
        var s = ""
        repeat {
            s.append(Character(Unicode.Scalar(UInt8(ascii: "b") + UInt8(i % 24))))
            i /= 24
        } while i > 0
        return s
    }

    /// The index of `n` articles, article `i` made by `article` from `letters(i)`.
    static func index(_ n: Int, _ article: (String) -> (text: String, annotation: Annotation)) -> Index {
        var builder = IndexBuilder()
        builder.leaveOut(.words)
        for i in 0..<n {
            let (text, annotation) = article(letters(i))
            builder.add(article: Int32(i), annotation: builder.compact(annotation), text: text)
        }
        return builder.snapshot(articleCount: n)
    }

    @Test func manyEntitiesKeepTheirIdsNamesAliasesAndSpeakers() {
        let n = 3000
        let index = Self.index(n) { x in
            let (full, short, org) = ("Anna Zed\(x)", "Zed\(x)", "Org \(x)")
            let text = "\(full) of \(org) spoke. \(short) said \"yes\"."
            let mentions = [
                IndexFixtures.mention(text, full, .person), IndexFixtures.mention(text, org, .organization),
                IndexFixtures.mention(text, short, .person),
            ]
            let quote = IndexFixtures.quote(text, "yes", speaker: short, said: short, saidBefore: true)
            return (text, Annotation(entities: mentions, quotes: [quote]))
        }
        #expect(index.entities.count == 2 * n)
        #expect(index.speakers.count == n)
        for i in 0..<n {
            let x = Self.letters(i)
            let person = index.entities[2 * i]
            let org = index.entities[2 * i + 1]
            #expect(person.id.raw == Int32(2 * i) && org.id.raw == Int32(2 * i + 1))
            #expect(person.name == "Anna Zed\(x)" && person.aliases == ["Zed\(x)"] && person.mentionCount == 2)
            #expect(org.name == "Org \(x)" && org.type == .organization)
            #expect(index.postings(person.id).map(\.article) == [Int32(i)])
            #expect(index.postings(org.id).map(\.article) == [Int32(i)])
        }
        for s in index.speakers {
            #expect(s.entity.map { index.entity($0).name } == s.name)
            #expect(s.quotes.count == 1)
            #expect(index.entities[2 * Int(s.quotes[0].article)].name == s.name)
        }
    }

    /// Organisations and places written in capitals in a dateline and in mixed case in the text
    /// are one entity each, merged on the thread apart from the people: 4 keys an article, over
    /// 4,096 keys in all.
    @Test func organisationsAndPlacesMergeOnTheirOwnThread() {
        let n = 1200
        let index = Self.index(n) { x in
            let (org, place) = ("Council Zed\(x)", "Portzed\(x)")
            let text = "\(org.uppercased()) of \(place.uppercased()): \(org) met in \(place)."
            let mentions = [
                IndexFixtures.mention(text, org.uppercased(), .organization),
                IndexFixtures.mention(text, place.uppercased(), .place),
                IndexFixtures.mention(text, org, .organization), IndexFixtures.mention(text, place, .place),
            ]
            return (text, Annotation(entities: mentions))
        }
        #expect(index.entities.count == 2 * n)
        let byName = Dictionary(index.entities.map { ($0.name, $0) }) { a, _ in a }
        for i in 0..<n {
            let x = Self.letters(i)
            for (name, type) in [("Council Zed\(x)", EntityType.organization), ("Portzed\(x)", .place)] {
                let e = byName[name]
                #expect(e?.type == type && e?.mentionCount == 2)
                #expect(e.map { index.postings($0.id).map(\.article) } == [Int32(i)])
            }
        }
    }
}
