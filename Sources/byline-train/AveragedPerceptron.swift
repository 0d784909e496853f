import BylineNLP

/// The averaged perceptron over hashed feature rows, with lazy averaging: `accumulated` holds
/// the sum of step-weighted updates, so the average is `weights - accumulated / steps` and no
/// per-step copy of the table is needed.
struct AveragedPerceptron {
    let rowBits: Int
    /// Labels per row.
    let width: Int
    var weights: [Float]
    var accumulated: [Double]
    var steps = 1

    init(rowBits: Int, width: Int = EntityTag.count) {
        self.rowBits = rowBits
        self.width = width
        weights = [Float](repeating: 0, count: (1 << rowBits) * width)
        accumulated = [Double](repeating: 0, count: weights.count)
    }

    /// Each label's score for the feature rows `rows`.
    func scores(_ rows: UnsafeBufferPointer<UInt32>) -> [Float] {
        var scores = [Float](repeating: 0, count: width)
        for r in rows {
            let base = Int(r) * width
            for t in 0..<width { scores[t] += weights[base + t] }
        }
        return scores
    }

    /// The best tag allowed after `previous` for the feature rows `rows`.
    func predict(_ rows: UnsafeBufferPointer<UInt32>, previous: EntityTag, plain: Bool, title: Bool) -> EntityTag {
        let scores = scores(rows)
        var best = EntityTag.outside
        for t in 1..<width where scores[t] > scores[best.rawValue] {
            let tag = EntityTag(rawValue: t)!
            if tag.mayFollow(previous, plain: plain, title: title) { best = tag }
        }
        return best
    }

    /// The best label for the feature rows `rows`; `preferred` wins ties.
    func predict(_ rows: UnsafeBufferPointer<UInt32>, preferred: Int) -> Int {
        let scores = scores(rows)
        var best = preferred
        for t in 0..<width where scores[t] > scores[best] { best = t }
        return best
    }

    mutating func update(_ rows: UnsafeBufferPointer<UInt32>, truth: EntityTag, guess: EntityTag, amount: Float) {
        update(rows, truth: truth.rawValue, guess: guess.rawValue, amount: amount)
    }

    /// Moves `amount` of weight from the wrong label to the right one on every feature row (less
    /// than 1 for examples from noisier text).
    mutating func update(_ rows: UnsafeBufferPointer<UInt32>, truth: Int, guess: Int, amount: Float) {
        guard truth != guess else { return }
        let step = Double(amount) * Double(steps)
        for r in rows {
            let base = Int(r) * width
            weights[base + truth] += amount
            weights[base + guess] -= amount
            accumulated[base + truth] += step
            accumulated[base + guess] -= step
        }
    }

    mutating func tick() { steps += 1 }

    /// The averaged weights.
    func averaged() -> [Double] {
        let n = Double(steps)
        return weights.indices.map { Double(weights[$0]) - accumulated[$0] / n }
    }

    /// The mean of several runs' averaged weights, quantised to 16 bits with one scale for the
    /// whole table. Runs that saw the data in different orders disagree on rare features; their
    /// mean keeps what they agree on.
    static func quantized(_ runs: [[Double]], rowBits: Int, width: Int = EntityTag.count) -> EntityModel {
        var mean = runs[0]
        for run in runs.dropFirst() { for k in mean.indices { mean[k] += run[k] } }
        let largest = mean.reduce(0) { max($0, abs($1)) }
        let scale = largest > 0 ? 32767 / largest : 1
        return EntityModel(rowBits: rowBits, width: width, weights: mean.map { Int16(($0 * scale).rounded()) })
    }
}
