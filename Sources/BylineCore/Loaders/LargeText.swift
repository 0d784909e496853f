import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A large plain-text file read straight into its text, a few megabytes at a time, so it is held
/// once (the text) rather than twice (the bytes, then the text decoded from them): a 256 MB
/// article then costs 256 MB, not 512. Only UTF-8 goes this way; anything else (a byte-order mark
/// of UTF-16, a NUL byte early on, a broken sequence) is left to `FileReading` and
/// `TextDecoding`, which read it as they read every file.
enum LargeText {
    /// Files at least this large are read this way.
    static let threshold = 16 << 20
    /// Bytes read at a time.
    static let chunk = 4 << 20

    /// The text of the file at `path` with its size and modification time, or nil when it is
    /// smaller than `threshold`, not valid UTF-8 throughout, or changed while it was read.
    static func text(of path: String) -> (text: String, size: Int, modified: Double)? {
        guard let (fd, before) = try? RegularFile.openWithStatus(path) else { return nil }
        defer { close(fd) }
        return text(fd: fd, status: before)
    }

    /// `text(of:)` for the regular file open at `fd` from its start, whose `fstat` gave `before`;
    /// nil leaves the file's offset anywhere.
    static func text(fd: Int32, status before: stat) -> (text: String, size: Int, modified: Double)? {
        let size = Int(before.st_size)
        guard size >= threshold, size <= FileReading.maxSize else { return nil }
        var text = String()
        text.reserveCapacity(size)
        var buffer = [UInt8](repeating: 0, count: chunk + 3)
        var carried = 0
        var first = true
        while true {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress! + carried, chunk) }
            if n < 0 && errno == EINTR { continue }
            guard n >= 0 else { return nil }
            let filled = carried + n
            if n == 0 {
                guard carried == 0 else { return nil }  // the file ends inside a sequence
                break
            }
            if first {
                guard !Self.looksOtherThanUTF8(buffer[0..<filled]) else { return nil }
                first = false
            }
            // The last sequence may continue in the next chunk: keep it back.
            let cut = Self.completeEnd(buffer, filled)
            let valid = buffer.withUnsafeBufferPointer {
                String(validating: UnsafeBufferPointer(rebasing: $0[0..<cut]), as: UTF8.self)
            }
            guard let piece = valid else { return nil }
            text += piece
            carried = filled - cut
            for k in 0..<carried { buffer[k] = buffer[cut + k] }
        }
        var after = stat()
        guard fstat(fd, &after) == 0, after.st_size == before.st_size,
            FileReading.modified(after) == FileReading.modified(before), text.utf8.count <= size
        else { return nil }
        // A UTF-8 byte-order mark is not part of the text, as `TextDecoding` reads it.
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return (text, size, FileReading.modified(after))
    }

    /// A UTF-16 byte-order mark or a NUL byte in the first 8 KiB: `TextDecoding` decides.
    private static func looksOtherThanUTF8(_ head: ArraySlice<UInt8>) -> Bool {
        let b = Array(head.prefix(TextDecoding.sniffLength))
        if b.starts(with: [0xFF, 0xFE]) || b.starts(with: [0xFE, 0xFF]) { return true }
        return b.contains(0)
    }

    /// The end of the last complete UTF-8 sequence among the first `count` bytes.
    private static func completeEnd(_ b: [UInt8], _ count: Int) -> Int {
        var start = count
        // Back over at most three continuation bytes to the sequence's lead byte.
        while start > 0, count - start < 3, b[start - 1] & 0xC0 == 0x80 { start -= 1 }
        guard start > 0 else { return count }
        let lead = b[start - 1]
        let length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
        return start - 1 + length > count ? start - 1 : count
    }
}
