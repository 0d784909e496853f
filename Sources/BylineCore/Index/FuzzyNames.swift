/// Entity names laid out for type-to-narrow matching (like fzf): all names lowercased into one
/// byte buffer, so a keystroke scans contiguous memory instead of hundreds of thousands of strings.
struct FuzzyNames: Sendable {
    private let bytes: [UInt8]
    /// Name `i` is `bytes[offsets[i]..<offsets[i + 1]]`.
    private let offsets: [Int32]

    init(_ names: [String]) {
        var bytes: [UInt8] = []
        var offsets: [Int32] = [0]
        offsets.reserveCapacity(names.count + 1)
        for n in names {
            bytes.append(contentsOf: n.lowercased().utf8)
            offsets.append(Int32(bytes.count))
        }
        self.bytes = bytes
        self.offsets = offsets
    }

    var count: Int { offsets.count - 1 }

    /// The score of `pattern` (lowercased UTF-8) against name `i`, or nil when the pattern is not
    /// a subsequence of it. Higher is better: matched characters count, more so at word starts and
    /// in runs; gaps cost a little; a prefix or whole-name match wins outright.
    func score(_ pattern: [UInt8], name i: Int) -> Int? {
        bytes.withUnsafeBufferPointer { all in
            let lo = Int(offsets[i])
            let hi = Int(offsets[i + 1])
            return FuzzyNames.score(pattern, UnsafeBufferPointer(rebasing: all[lo..<hi]))
        }
    }

    static func score(_ p: [UInt8], _ name: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !p.isEmpty else { return 0 }
        guard p.count <= name.count else { return nil }
        // Forward: the earliest position where the whole pattern has matched.
        var k = 0
        var end = -1
        for j in 0..<name.count where name[j] == p[k] {
            k += 1
            if k == p.count {
                end = j
                break
            }
        }
        guard end >= 0 else { return nil }
        // Backward from there: the latest start, giving the tightest window.
        k = p.count - 1
        var start = end
        var j = end
        while j >= 0 {
            if name[j] == p[k] {
                if k == 0 {
                    start = j
                    break
                }
                k -= 1
            }
            j -= 1
        }
        var score = 0
        var prev = -2
        k = 0
        for j in start...end where k < p.count && name[j] == p[k] {
            score += 16
            if j == 0 || isBoundary(name[j - 1]) { score += 10 }
            if j == prev + 1 { score += 6 } else if prev >= 0 { score -= min(3 + (j - prev - 2), 12) }
            prev = j
            k += 1
        }
        if start == 0 && end == p.count - 1 { score += p.count == name.count ? 60 : 30 }
        return score
    }

    static func isBoundary(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x2D || b == 0x2E || b == 0x27 || b == 0x2F || b == 0x28
    }
}
