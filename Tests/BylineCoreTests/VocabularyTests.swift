import BylineNLP
import Testing

@testable import BylineCore

/// The vocabulary gives strings and keys the ids a dictionary keyed by `String` would: the same
/// id exactly for strings `==` calls equal, canonically equivalent spellings included.
@Suite struct VocabularyTests {
    /// Ids as a `[String: Int32]` hands them out, first come first numbered.
    static func dictionaryIds(_ strings: [String]) -> [Int32] {
        var ids: [String: Int32] = [:]
        return strings.map { s in
            if let id = ids[s] { return id }
            ids[s] = Int32(ids.count)
            return Int32(ids.count - 1)
        }
    }

    @Test func idsAreThoseOfADictionary() {
        let pieces = [
            "a", "B", "é", "e\u{301}", "K", "\u{212A}", ";", "\u{37E}", "`", "\u{1FEF}", " ", "Ω", "\u{2126}", "中", "😀",
            "\"", "\0",
        ]
        var rng = SplitMix64(seed: 17)
        var strings: [String] = ["", "Kelvin", "\u{212A}elvin", "Caf\u{E9}", "Cafe\u{301}", "Caf"]
        for _ in 0..<5000 {
            let n = Int(rng.next() % 12)
            strings.append((0..<n).map { _ in pieces[Int(rng.next() % UInt64(pieces.count))] }.joined())
        }
        // Long names too, past the eight bytes hashed at a time.
        strings += strings.prefix(300).map { $0 + " of the United Nations Security Council" }
        var v = Vocabulary()
        #expect(strings.map { v.intern($0) } == Self.dictionaryIds(strings))
        #expect(v.intern("K\u{212A}") == v.intern("KK"))
        #expect(v.intern("Cafe\u{301}") == v.intern("Café"))
        #expect(v.intern("Kelvin") != v.intern("kelvin"))
        // Read back from the cache's lists, the tables find the same ids.
        let again = Vocabulary(strings: v.strings, keys: v.keys)!
        #expect(strings.allSatisfy { again.existingKey($0, .person) == nil })
        var reread = again
        #expect(strings.map { reread.intern($0) } == Self.dictionaryIds(strings))
        #expect(reread.strings.count == v.strings.count)
    }

    @Test func keysAreOnePerNameAndType() {
        var v = Vocabulary()
        let seoul = v.key("Seoul", .place)
        #expect(v.key("Seoul", .organization) != seoul)
        #expect(v.key("Seoul", .place) == seoul)
        #expect(v.key("Seou\u{6C}", .place) == seoul)
        #expect(v.existingKey("Seoul", .place) == seoul)
        #expect(v.existingKey("Seoul", .person) == nil)
        #expect(v.existingKey(nameId: -1, .place) == nil)
        #expect(v.existingKey(nameId: Int32(v.strings.count), .place) == nil)
        let k = v.key("\u{212A}im", .person)
        #expect(v.key("Kim", .person) == k)
        let read = Vocabulary(strings: v.strings, keys: v.keys)!
        #expect(read.existingKey("Seoul", .organization) == v.existingKey("Seoul", .organization))
        #expect(read.existingKey("Kim", .person) == k)
        #expect(Vocabulary(strings: ["a"], keys: [EntityKey(name: 1, type: .place)]) == nil)
    }
}
