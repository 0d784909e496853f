import ArgumentParser
import BylineNLP
import Foundation

/// Builds the shipped word clusters from spaCy's md word vectors (CC0): the 20,000 vector rows
/// are the fine clusters (`clusters.tsv` gives each word its row); k-means over the rows gives
/// the middle level and k-means over the middle level's centroids the coarse level. Only words
/// common enough to matter in news are shipped.
enum WordClusterBuilder {
    static let middleCount = 800
    static let coarseCount = 80
    static let iterations = 10
    /// Words whose lowercase form is rarer than this (Zipf scale: 2.5 is about three in a
    /// billion words) are left out.
    static let minimumZipf = 2.5

    /// The serialized cluster file and the clusters it holds.
    static func build(vectors dir: String, zipf: [String: Double]) throws -> (Data, EntityWordClusters) {
        let rows = try vectors(dir + "/vectors")
        let count = rows.count / dimensions
        let middleOfRow = kMeans(rows, count: count, k: middleCount)
        var centroids = [Float](repeating: 0, count: middleCount * dimensions)
        for r in 0..<count {
            let m = Int(middleOfRow[r])
            for d in 0..<dimensions { centroids[m * dimensions + d] += rows[r * dimensions + d] }
        }
        normalize(&centroids)
        let coarseOfMiddle = kMeans(centroids, count: middleCount, k: coarseCount)
        let coarseOfRow = middleOfRow.map { coarseOfMiddle[Int($0)] }

        var words: [UInt64: UInt16] = [:]
        let text = try String(contentsOfFile: dir + "/clusters.tsv", encoding: .utf8)
        for line in text.split(separator: "\n") {
            let f = line.split(separator: "\t")
            guard f.count == 2, let row = Int(f[1]), row < count, f[0].contains(where: \.isLetter),
                (zipf[f[0].lowercased()] ?? 0) >= minimumZipf
            else { continue }
            words[TokenHash.of(f[0])] = UInt16(row)
        }
        let data = EntityWordClusters.serialized(words: words, middle: middleOfRow, coarse: coarseOfRow)
        guard let clusters = EntityWordClusters(data: data) else {
            throw ValidationError("the cluster file written does not read back")
        }
        return (data, clusters)
    }

    static let dimensions = 300

    /// The rows of a NumPy `.npy` float32 matrix of width `dimensions`, each scaled to length 1.
    static func vectors(_ path: String) throws -> [Float] {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        guard data.count > 10, data.prefix(6) == Data([0x93, 0x4E, 0x55, 0x4D, 0x50, 0x59]) else {
            throw ValidationError("\(path) is not a NumPy file")
        }
        let headerLength = Int(data[8]) | Int(data[9]) << 8
        let start = 10 + headerLength
        let count = (data.count - start) / 4
        var out = [Float](repeating: 0, count: count - count % dimensions)
        data.withUnsafeBytes { raw in
            for k in out.indices {
                out[k] = Float(
                    bitPattern: UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: start + k * 4, as: UInt32.self)))
            }
        }
        normalize(&out)
        return out
    }

    static func normalize(_ v: inout [Float]) {
        for r in 0..<(v.count / dimensions) {
            var s: Float = 0
            for d in 0..<dimensions { s += v[r * dimensions + d] * v[r * dimensions + d] }
            let scale = s > 0 ? 1 / s.squareRoot() : 0
            for d in 0..<dimensions { v[r * dimensions + d] *= scale }
        }
    }

    /// Spherical k-means: each of `count` unit rows goes to the centroid it is most similar to.
    /// Deterministic: centroids start at evenly spaced rows and every sum runs in row order.
    static func kMeans(_ rows: [Float], count: Int, k: Int) -> [UInt16] {
        let n = dimensions
        var centroids = [Float](repeating: 0, count: k * n)
        for c in 0..<k {
            let r = c * count / k
            for d in 0..<n { centroids[c * n + d] = rows[r * n + d] }
        }
        var assignment = [UInt16](repeating: 0, count: count)
        for _ in 0..<iterations {
            rows.withUnsafeBufferPointer { x in
                centroids.withUnsafeBufferPointer { m in
                    for r in 0..<count {
                        var best = 0
                        var bestScore = -Float.infinity
                        for c in 0..<k {
                            var s: Float = 0
                            for d in 0..<n { s += x[r * n + d] * m[c * n + d] }
                            if s > bestScore {
                                bestScore = s
                                best = c
                            }
                        }
                        assignment[r] = UInt16(best)
                    }
                }
            }
            var sums = [Float](repeating: 0, count: k * n)
            var sizes = [Int](repeating: 0, count: k)
            for r in 0..<count {
                let c = Int(assignment[r])
                sizes[c] += 1
                for d in 0..<n { sums[c * n + d] += rows[r * n + d] }
            }
            normalize(&sums)
            for c in 0..<k where sizes[c] > 0 {
                for d in 0..<n { centroids[c * n + d] = sums[c * n + d] }
            }
        }
        return assignment
    }
}
