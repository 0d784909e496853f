/// A read-only hash table keyed by the tokens' precomputed FNV hashes: the word lists every stage
/// looks tokens up in (date lexicon, name lists, quote cue words).
///
/// The keys already are good hashes, so a lookup masks the hash into a power-of-two table and
/// probes linearly: no rehashing, no allocation. `Set<UInt64>` and `Dictionary` would hash every
/// key again with SipHash, which cost more than the whole rest of the date stage on plain text.
struct TokenTable<Value: Sendable>: Sendable {
    private let keys: [UInt64]
    private let values: [Value?]
    private let mask: Int

    init(_ entries: [UInt64: Value]) {
        self.init(entries: entries.lazy.map { ($0.key, $0.value) }, count: entries.count)
    }

    /// `entries` in order; a key given twice keeps its last value.
    init(entries: [(UInt64, Value)]) { self.init(entries: entries, count: entries.count) }

    /// `entries` in order, a key given twice keeping `combine(earlier, later)`; the table has the
    /// size its distinct keys call for, as one built from a dictionary of them, without hashing
    /// every key again with SipHash on the way (the name lists give 56,000 such pairs).
    init(entries: [(UInt64, Value)], combining combine: (Value, Value) -> Value) {
        var size = 16
        while size < entries.count * 3 { size *= 2 }
        var keys = [UInt64](filledWith: 0, count: size)
        var values = [Value?](filledWith: nil, count: size)
        var distinct = 0
        for (k, v) in entries where k != 0 {
            var i = TokenTable.slot(k, size - 1)
            while keys[i] != 0 && keys[i] != k { i = (i + 1) & (size - 1) }
            if keys[i] == k {
                values[i] = combine(values[i].unsafelyUnwrapped, v)
            } else {
                keys[i] = k
                values[i] = v
                distinct += 1
            }
        }
        guard size > 16 && distinct * 3 <= size / 2 else {
            // Already the size the distinct keys call for.
            self.init(keys: keys, values: values)
            return
        }
        let merged = zip(keys, values).lazy.compactMap { k, v in v.map { (k, $0) } }
        self.init(entries: merged, count: distinct)
    }

    private init(keys: [UInt64], values: [Value?]) {
        self.keys = keys
        self.values = values
        self.mask = keys.count - 1
    }

    private init(entries: some Sequence<(UInt64, Value)>, count: Int) {
        var size = 16
        while size < count * 3 { size *= 2 }
        var keys = [UInt64](filledWith: 0, count: size)
        var values = [Value?](filledWith: nil, count: size)
        let mask = size - 1
        for (k, v) in entries where k != 0 {
            var i = TokenTable.slot(k, mask)
            while keys[i] != 0 && keys[i] != k { i = (i + 1) & mask }
            keys[i] = k
            values[i] = v
        }
        self.init(keys: keys, values: values)
    }

    @inline(__always) static func slot(_ h: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: h ^ (h >> 32)) & mask
    }

    /// The value stored for hash `h`; nil for 0, the hash of "no token".
    @inline(__always) subscript(_ h: UInt64) -> Value? {
        var i = TokenTable.slot(h, mask)
        while true {
            let k = keys[i]
            if k == h { return h == 0 ? nil : values[i] }
            if k == 0 { return nil }
            i = (i + 1) & mask
        }
    }

    @inline(__always) func contains(_ h: UInt64) -> Bool { self[h] != nil }

    /// Every key.
    var words: [UInt64] { keys.filter { $0 != 0 } }

    func mapValues<T>(_ f: (Value) -> T) -> TokenTable<T> {
        var d: [UInt64: T] = [:]
        for (k, v) in zip(keys, values) where k != 0 { if let v { d[k] = f(v) } }
        return TokenTable<T>(d)
    }
}

extension TokenTable where Value == Bool {
    /// A set of words.
    init(_ words: Set<UInt64>) { self.init(Dictionary(uniqueKeysWithValues: words.map { ($0, true) })) }

    func union(_ other: TokenTable<Bool>) -> TokenTable<Bool> { TokenTable(Set(words + other.words)) }
}

/// A set of token hashes.
typealias TokenSet = TokenTable<Bool>
