import BylineNLP

/// An entity as the annotation names it before collection-wide alias merging: a canonical name
/// (for dates, the resolved value, or the text when there is none) and a type.
public struct EntityKey: Sendable, Hashable {
    /// Id of the name in the vocabulary's strings.
    public var name: Int32
    public var type: EntityType

    public init(name: Int32, type: EntityType) {
        self.name = name
        self.type = type
    }

    /// The name id and the type's place among the types: the derived hash would hash the type's
    /// raw `String`, for every mention the index interns.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(name)
        hasher.combine(UInt8(typeSlot))
    }

    /// The type's place among the types, 0 to 3.
    var typeSlot: Int {
        switch type {
        case .person: 0
        case .organization: 1
        case .place: 2
        case .date: 3
        }
    }
}

/// The strings and entity keys compact annotations refer to by number. One vocabulary serves a
/// whole collection, so a name shared by many articles is stored once; the cache stores it as is.
public struct Vocabulary: Sendable {
    public private(set) var strings: [String] = []
    public private(set) var keys: [EntityKey] = []
    private var stringIds = StringIds()
    /// The key id of string id `s` as a name of the type in slot `t` (`EntityKey.typeSlot`) at
    /// `4 * s + t`, -1 for none: a key is found by indexing, without hashing it.
    private var keyIds: [Int32] = []

    public init() {}

    /// Rebuilds the lookup tables for strings and keys read back from the cache.
    /// Nil when a key points outside the strings (a corrupt cache).
    public init?(strings: [String], keys: [EntityKey]) {
        self.strings = strings
        self.keys = keys
        stringIds = StringIds(capacity: strings.count)
        for (i, s) in strings.enumerated() {
            let h = StringIds.hash(s)
            if stringIds.id(of: s, hash: h, in: strings) == nil { stringIds.insert(hash: h, id: Int32(i)) }
        }
        keyIds = [Int32](repeating: -1, count: 4 * strings.count)
        for (i, k) in keys.enumerated() {
            guard k.name >= 0 && Int(k.name) < strings.count else { return nil }
            if keyIds[Self.keySlot(k)] < 0 { keyIds[Self.keySlot(k)] = Int32(i) }
        }
    }

    private static func keySlot(_ k: EntityKey) -> Int { 4 * Int(k.name) + k.typeSlot }

    public mutating func intern(_ s: String) -> Int32 {
        let h = StringIds.hash(s)
        if let id = stringIds.id(of: s, hash: h, in: strings) { return id }
        let id = Int32(strings.count)
        strings.append(s)
        stringIds.insert(hash: h, id: id)
        keyIds.append(contentsOf: repeatElement(-1, count: 4))
        return id
    }

    public mutating func key(_ name: String, _ type: EntityType) -> Int32 {
        let k = EntityKey(name: intern(name), type: type)
        let slot = Self.keySlot(k)
        if keyIds[slot] >= 0 { return keyIds[slot] }
        let id = Int32(keys.count)
        keys.append(k)
        keyIds[slot] = id
        return id
    }

    /// The string with id `id`, or "" for an id out of range (never traps on bad data).
    public func string(_ id: Int32) -> String {
        id >= 0 && Int(id) < strings.count ? strings[Int(id)] : ""
    }

    public func name(ofKey id: Int32) -> String { id >= 0 && Int(id) < keys.count ? string(keys[Int(id)].name) : "" }
}

extension Vocabulary {
    /// The key id of a name and type, without adding it.
    public func existingKey(_ name: String, _ type: EntityType) -> Int32? {
        guard let s = stringIds.id(of: name, hash: StringIds.hash(name), in: strings) else { return nil }
        return existingKey(nameId: s, type)
    }

    /// The key id of a name id and type, without adding it.
    public func existingKey(nameId: Int32, _ type: EntityType) -> Int32? {
        guard nameId >= 0 && Int(nameId) < strings.count else { return nil }
        let id = keyIds[Self.keySlot(EntityKey(name: nameId, type: type))]
        return id >= 0 ? id : nil
    }
}
