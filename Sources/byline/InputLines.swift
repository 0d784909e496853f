import Foundation

/// Standard input read a buffer at a time and cut into lines, so a stream of any length goes
/// through in constant memory. A line longer than `maxLine` is not kept: it comes back as
/// `.tooLong` and its bytes are skipped up to the next newline.
final class InputLines: @unchecked Sendable {
    enum Line {
        case bytes([UInt8])
        case tooLong
    }

    private let fd: Int32
    let maxLine: Int
    private var buffer: [UInt8] = []
    private var start = 0
    private var ended = false
    /// Lines handed out so far.
    private(set) var count = 0

    init(fd: Int32 = 0, maxLine: Int = 64 << 20) {
        self.fd = fd
        self.maxLine = maxLine
    }

    /// Reads more input into the buffer; false at the end of the input.
    private func fill() -> Bool {
        guard !ended else { return false }
        if start > 0 {
            buffer.removeFirst(start)
            start = 0
        }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else {
                ended = true
                return false
            }
            buffer.append(contentsOf: chunk[0..<n])
            return true
        }
    }

    /// The first byte that is not white space (or a byte-order mark), without consuming
    /// anything; nil for an input that is empty or all white space.
    func firstVisibleByte() -> UInt8? {
        var i = start
        while true {
            while i < buffer.count {
                if ![0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains(buffer[i]) { return buffer[i] }
                i += 1
            }
            let offset = i - start
            guard fill() else { return nil }
            i = start + offset
        }
    }

    /// The next line without its line break, or nil at the end of the input.
    func next() -> Line? {
        var skipping = false
        var searchFrom = start
        while true {
            if let nl = buffer[searchFrom...].firstIndex(of: 0x0A) {
                defer {
                    start = nl + 1
                    count += 1
                }
                if skipping { return .tooLong }
                var end = nl
                if end > start && buffer[end - 1] == 0x0D { end -= 1 }
                return .bytes(Array(buffer[start..<end]))
            }
            if buffer.count - start > maxLine {
                // Keep nothing of an overlong line but the fact that it was one.
                skipping = true
                start = buffer.count
            }
            let offset = buffer.count - start
            // `fill` drops the bytes before `start`, so the scan resumes at the same offset from it.
            guard fill() else { break }
            searchFrom = start + offset
        }
        guard start < buffer.count || skipping else { return nil }
        count += 1
        defer { start = buffer.count }
        return skipping ? .tooLong : .bytes(Array(buffer[start..<buffer.count]))
    }

    /// Everything left, for an input that is one article rather than lines.
    func rest() -> [UInt8] {
        while fill() {}
        defer { start = buffer.count }
        return Array(buffer[start...])
    }
}
