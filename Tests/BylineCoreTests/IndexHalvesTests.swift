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

    @Test func manyEntitiesKeepTheirIdsNamesAliasesAndSpeakers() {
        let n = 3000
        var builder = IndexBuilder()
        builder.leaveOut(.words)
        for i in 0..<n {
            let x = Self.letters(i)
            let (full, short, org) = ("Anna Zed\(x)", "Zed\(x)", "Org \(x)")
            let text = "\(full) of \(org) spoke. \(short) said \"yes\"."
            let mentions = [
                IndexFixtures.mention(text, full, .person), IndexFixtures.mention(text, org, .organization),
                IndexFixtures.mention(text, short, .person),
            ]
            let quote = IndexFixtures.quote(text, "yes", speaker: short, said: short, saidBefore: true)
            let a = builder.compact(Annotation(entities: mentions, quotes: [quote]))
            builder.add(article: Int32(i), annotation: a, text: text)
        }
        let index = builder.snapshot(articleCount: n)
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
}
