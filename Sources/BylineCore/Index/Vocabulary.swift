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
        switch type {
        case .person: hasher.combine(0 as UInt8)
        case .organization: hasher.combine(1 as UInt8)
        case .place: hasher.combine(2 as UInt8)
        case .date: hasher.combine(3 as UInt8)
        }
    }
}

/// The strings and entity keys compact annotations refer to by number. One vocabulary serves a
/// whole collection, so a name shared by many articles is stored once; the cache stores it as is.
public struct Vocabulary: Sendable {
    public private(set) var strings: [String] = []
    public private(set) var keys: [EntityKey] = []
    private var stringIds: [String: Int32] = [:]
    private var keyIds: [EntityKey: Int32] = [:]

    public init() {}

    /// Rebuilds the lookup tables for strings and keys read back from the cache.
    /// Nil when a key points outside the strings (a corrupt cache).
    public init?(strings: [String], keys: [EntityKey]) {
        self.strings = strings
        self.keys = keys
        stringIds.reserveCapacity(strings.count)
        for (i, s) in strings.enumerated() where stringIds[s] == nil { stringIds[s] = Int32(i) }
        keyIds.reserveCapacity(keys.count)
        for (i, k) in keys.enumerated() {
            guard k.name >= 0 && Int(k.name) < strings.count else { return nil }
            if keyIds[k] == nil { keyIds[k] = Int32(i) }
        }
    }

    public mutating func intern(_ s: String) -> Int32 {
        if let id = stringIds[s] { return id }
        let id = Int32(strings.count)
        strings.append(s)
        stringIds[s] = id
        return id
    }

    public mutating func key(_ name: String, _ type: EntityType) -> Int32 {
        let k = EntityKey(name: intern(name), type: type)
        if let id = keyIds[k] { return id }
        let id = Int32(keys.count)
        keys.append(k)
        keyIds[k] = id
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
        guard let s = stringIds[name] else { return nil }
        return keyIds[EntityKey(name: s, type: type)]
    }

    /// The key id of a name id and type, without adding it.
    public func existingKey(nameId: Int32, _ type: EntityType) -> Int32? {
        keyIds[EntityKey(name: nameId, type: type)]
    }
}
