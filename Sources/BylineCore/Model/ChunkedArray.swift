/// An array kept in fixed-size chunks. A loading collection publishes a snapshot several times a
/// second while it goes on appending; with one contiguous array every append after a snapshot
/// would copy all articles so far, with chunks it copies at most the chunk it writes to.
public struct ChunkedArray<Element>: RandomAccessCollection, MutableCollection {
    private static var shift: Int { 12 }
    private static var chunkSize: Int { 1 << shift }
    private var chunks: [[Element]] = []
    public private(set) var count = 0

    public init() {}

    public init<S: Sequence>(_ elements: S) where S.Element == Element {
        append(contentsOf: elements)
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { count }

    public subscript(i: Int) -> Element {
        get {
            precondition(i >= 0 && i < count, "ChunkedArray index out of range")
            return chunks[i >> Self.shift][i & (Self.chunkSize - 1)]
        }
        set {
            precondition(i >= 0 && i < count, "ChunkedArray index out of range")
            chunks[i >> Self.shift][i & (Self.chunkSize - 1)] = newValue
        }
    }

    public mutating func append(_ element: Element) {
        if count & (Self.chunkSize - 1) == 0 {
            var chunk: [Element] = []
            chunk.reserveCapacity(Self.chunkSize)
            chunks.append(chunk)
        }
        chunks[chunks.count - 1].append(element)
        count += 1
    }

    public mutating func append<S: Sequence>(contentsOf elements: S) where S.Element == Element {
        for e in elements { append(e) }
    }
}

extension ChunkedArray: Sendable where Element: Sendable {}

extension ChunkedArray: Equatable where Element: Equatable {
    public static func == (a: Self, b: Self) -> Bool { a.count == b.count && a.elementsEqual(b) }
}

extension ChunkedArray: ExpressibleByArrayLiteral {
    public init(arrayLiteral elements: Element...) { self.init(elements) }
}
