import Testing

@testable import BylineNLP

/// The lookup tables made straight from the resource files hold what the tables made from the
/// lists as `String`s hold, hash for hash.
@Suite struct GazetteerTablesTests {
    @Test func standardHoldsWhatTheShippedListsHold() {
        let fast = EntityGazetteer.standard
        let slow = EntityGazetteer(.shipped())
        #expect(fast.names.words.count > 30000)
        #expect(fast.names.words.sorted() == slow.names.words.sorted())
        #expect(fast.names.words.allSatisfy { fast.names[$0] == slow.names[$0] })
        #expect(fast.words.words.count > 10_000)
        #expect(fast.words.words.sorted() == slow.words.words.sorted())
        #expect(fast.words.words.allSatisfy { fast.words[$0] == slow.words[$0] })
    }

    @Test func resourceWordsAreTheLowercaseHashesOfTheEntries() {
        for name in ["census-surnames", "given-names-male"] {
            let fast = EntityGazetteer.resourceWords(name)
            let slow = QuoteWords.set(EntityGazetteer.resource(name))
            #expect(fast.words.count > 1000)
            #expect(fast.words.sorted() == slow.words.sorted())
        }
    }

    /// A name of plain words is hashed without the tokenizer: for every such entry of the
    /// shipped lists, the tokenizer gives one word token per word, with the lowercase hash the
    /// plain path gives it; entries with anything else are not taken for plain words.
    @Test func plainWordsAreTheTokensTheTokenizerMakes() {
        var plain = 0
        for (file, _) in EntityGazetteer.Lists.shippedFiles {
            for entry in EntityGazetteer.resource(file) {
                let scalars = Array(entry.unicodeScalars)
                guard let words = scalars.withUnsafeBufferPointer({ EntityGazetteer.plainWords($0) }) else {
                    #expect(entry.unicodeScalars.contains { !("a"..."z").contains($0) && !("A"..."Z").contains($0) })
                    continue
                }
                plain += 1
                let tokens = Tokenizer.tokenize(scalars)
                let parts = entry.split(separator: " ", omittingEmptySubsequences: false)
                #expect(tokens.count == words && parts.count == words)
                #expect(tokens.allSatisfy { $0.kind == .word })
                #expect(tokens.map(\.lowerHash) == parts.map { TokenHash.lower($0.lowercased()) })
            }
        }
        #expect(plain > 30000)
        for odd in ["", " New York", "New York ", "New  York", "St. Louis", "O'Brien", "Zürich", "3M", "Coca-Cola"] {
            #expect(Array(odd.unicodeScalars).withUnsafeBufferPointer { EntityGazetteer.plainWords($0) } == nil)
        }
    }

    /// The quote stage's census surnames are the gazetteer's surname flag, read once: every
    /// entry of the census list has it, and no word off the list does.
    @Test func theSurnameFlagIsTheCensusList() {
        let census = EntityGazetteer.resourceWords("census-surnames")
        let flagged = EntityGazetteer.standard.words.words.filter {
            EntityGazetteer.standard.isSurname(lowerHash: $0)
        }
        #expect(census.words.count > 1000)
        #expect(flagged.sorted() == census.words.sorted())
        #expect(NameRepair.isCensusSurname(TokenHash.lower("Pepper")))
        #expect(!NameRepair.isCensusSurname(TokenHash.lower("Pyongyang")))
    }

    @Test func aKeyGivenTwiceKeepsTheUnionOfItsBits() {
        let pairs: [(UInt64, UInt8)] = [(5, 1), (7, 2), (5, 4), (0, 8), (21, 1), (5, 1)]
        let table = TokenTable(entries: pairs, combining: |)
        #expect(table[5] == 5)
        #expect(table[7] == 2)
        #expect(table[21] == 1)
        #expect(table[0] == nil)
        #expect(table[6] == nil)
    }

    @Test func manyRepeatsOfFewKeysHoldWhatADictionaryOfThemHolds() {
        // 3,000 pairs over 100 keys, each key given every bit: the table is built once for 3,000
        // pairs and again for its 100 keys.
        let pairs: [(UInt64, UInt8)] = (0..<3000).map { i in
            let key = UInt64(i % 100 + 1) &* 0x9E37_79B9_7F4A_7C15
            return (key, UInt8(1) << UInt8(i / 100 % 8))
        }
        let table = TokenTable(entries: pairs, combining: |)
        #expect(table.words.count == 100)
        #expect(table.words.allSatisfy { table[$0] == 0xFF })
        let dictionary: [UInt64: UInt8] = Dictionary(pairs, uniquingKeysWith: |)
        #expect(TokenTable(dictionary).words.sorted() == table.words.sorted())
    }
}
