import Testing

@testable import BylineNLP

/// The pipeline's per-article arrays are made by `init(filledWith:count:)`; it must give what
/// `init(repeating:count:)` gives, for every kind of element it is used with.
@Suite struct ArrayFilledTests {
    static let counts = [0, 1, 2, 7, 8, 9, 63, 64, 65, 1024]

    @Test(arguments: counts) func sameAsRepeating(count: Int) {
        #expect([Bool](filledWith: true, count: count) == [Bool](repeating: true, count: count))
        #expect([Int32](filledWith: -1, count: count) == [Int32](repeating: -1, count: count))
        #expect([UInt8](filledWith: 200, count: count) == [UInt8](repeating: 200, count: count))
        #expect([Int](filledWith: .max, count: count) == [Int](repeating: .max, count: count))
        #expect([UInt64](filledWith: 1 << 63, count: count) == [UInt64](repeating: 1 << 63, count: count))
        #expect([String?](filledWith: "é", count: count) == [String?](repeating: "é", count: count))
        #expect([String?](filledWith: nil, count: count) == [String?](repeating: nil, count: count))
        #expect([Gender?](filledWith: nil, count: count) == [Gender?](repeating: nil, count: count))
    }

    @Test func eachCopyIsItsOwn() {
        var a = [[Int]](filledWith: [1], count: 3)
        a[1].append(2)
        #expect(a == [[1], [1, 2], [1]])
    }
}
