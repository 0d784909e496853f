import Testing

@testable import BylineCore

@Suite struct ChunkedArrayTests {
    @Test func appendsAcrossChunksAndIndexesLikeAnArray() {
        var a = ChunkedArray<Int>()
        a.append(contentsOf: 0..<10_000)
        #expect(a.count == 10_000)
        #expect(a[0] == 0 && a[4095] == 4095 && a[4096] == 4096 && a[9_999] == 9_999)
        #expect(Array(a) == Array(0..<10_000))
        a[5_000] = -1
        #expect(a[5_000] == -1)
        #expect(a.reduce(0, +) == (0..<10_000).reduce(0, +) - 5_001)
    }

    @Test func aSnapshotKeepsItsValuesWhileTheOriginalGrows() {
        var a: ChunkedArray<String> = ["a", "b"]
        let snapshot = a
        a[0] = "changed"
        a.append(contentsOf: (0..<5_000).map(String.init))
        #expect(Array(snapshot) == ["a", "b"])
        #expect(a.count == 5_002 && a[0] == "changed")
        #expect(snapshot == ChunkedArray(["a", "b"]))
        #expect(snapshot != a)
    }
}
