/// Counts the steps attribution's scans take, so a test can tell linear from quadratic growth
/// by counting rather than timing. Attribution runs without one; a test passes one in.
final class WorkMeter: @unchecked Sendable {
    private(set) var steps = 0

    func add(_ n: Int = 1) { steps += n }
}
