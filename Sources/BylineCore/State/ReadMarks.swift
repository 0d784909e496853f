import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Which articles the user has read, remembered across runs in
/// `${XDG_STATE_HOME:-~/.local/state}/byline/`: `read-marks.json` holds the marks as of the last
/// compaction, and `read-marks.log` every change since, one line each, appended.
///
/// Marking costs O(1): `mark` only records the change, and `save` appends the changes not yet
/// written to the log, under a lock shared by every Byline process, after reading what other
/// readers appended since (so each sees the other's marks, and neither loses any). Once the log
/// passes `compactionThreshold` bytes, `save` folds it into `read-marks.json` (written atomically)
/// and removes it; a reader that finds the log replaced reads both files again. A line torn by a
/// kill is skipped. A marks file that cannot be parsed is moved aside (to
/// `read-marks.json.corrupt-TIMESTAMP`) with a warning, and the marks start afresh; temporary
/// files left by a killed process (`read-marks.json.tmp-PID`) are removed when the marks load.
///
/// Flags (`Kind.flags`: `flags.json`, `flags.log`) are kept the same way, in files of their own.
public struct ReadMarks: Sendable {
    /// Which set of marks: the files they live in and the marks file's field.
    public struct Kind: Sendable {
        public let fileName: String
        public let logName: String
        let field: String

        public static let read = Kind(fileName: "read-marks.json", logName: "read-marks.log", field: "read")
        public static let flags = Kind(fileName: "flags.json", logName: "flags.log", field: "flagged")
    }

    public static let fileName = Kind.read.fileName
    /// The log is folded into the marks file past this size (about 15,000 marks).
    static let compactionThreshold = 1 << 20

    /// The directory the marks live in.
    public let directory: URL
    public let kind: Kind
    /// Read articles: key -> when it was marked (seconds since 1970).
    public private(set) var marks: [String: Double]
    /// Problems met while loading or saving, for the user to see (a corrupted file moved aside).
    public private(set) var warnings: [String] = []
    /// Changes not yet appended to the log, in order: set (with its time) or cleared (nil).
    private var pending: [(key: String, time: Double?)] = []
    /// The log this reader has read, and how far.
    private var logIdentity: FileIdentity?
    private var logOffset = 0

    var file: URL { directory.appendingPathComponent(kind.fileName) }
    var log: URL { directory.appendingPathComponent(kind.logName) }
    var lockFile: URL { directory.appendingPathComponent(kind.fileName + ".lock") }

    /// The marks saved in `directory` (the user's state directory by default). Never fails: a
    /// missing file means nothing read yet, a corrupted one is moved aside with a warning.
    public static func load(directory: URL = StateDirectory.url(), kind: Kind = .read) -> ReadMarks {
        var marks = ReadMarks(directory: directory, kind: kind)
        marks.removeStaleTemporaryFiles()
        marks.readAll()
        return marks
    }

    private init(directory: URL, kind: Kind) {
        self.directory = directory
        self.kind = kind
        self.marks = [:]
    }

    /// The key under which an article's read mark is kept: its URL when it has one (the same
    /// story saved twice is read once), else its absolute path and position in the file.
    public static func key(for article: Article) -> String {
        if let url = article.url, !url.isEmpty { return url }
        let path = article.path == "-" ? "-" : URL(fileURLWithPath: article.path).standardizedFileURL.path
        return article.item.map { "\(path)#\($0)" } ?? path
    }

    public func isRead(_ key: String) -> Bool { marks[key] != nil }

    public var count: Int { marks.count }

    public mutating func mark(_ key: String, at time: Date = Date()) {
        let t = time.timeIntervalSince1970
        Self.apply(key, t, to: &marks)
        pending.append((key, t))
    }

    public mutating func unmark(_ key: String) {
        marks[key] = nil
        pending.append((key, nil))
    }

    /// Appends this reader's changes to the log, after taking in what other readers appended,
    /// and compacts the log when it has grown large. Afterwards `marks` also holds the others' marks.
    public mutating func save() throws {
        guard !pending.isEmpty else { return }
        try StateDirectory.create(directory)
        let lock = try StateLock(lockFile)
        catchUp()
        var lines = ""
        for change in pending { lines += Self.line(change.key, change.time) }
        logOffset = try Self.append(lines, to: log.path)
        var st = stat()
        logIdentity = stat(log.path, &st) == 0 ? FileIdentity(st) : nil
        pending = []
        if logOffset > Self.compactionThreshold { try compact() }
        _ = consume lock
    }

    // MARK: Reading

    /// Everything on disk: the marks file, then the whole log.
    private mutating func readAll() {
        marks = readFile()
        logIdentity = nil
        logOffset = 0
        readLog()
    }

    /// Takes in the log lines other readers appended since this one last looked; when the log was
    /// compacted (replaced) meanwhile, reads everything again and applies this reader's own
    /// pending changes on top.
    private mutating func catchUp() {
        var st = stat()
        if stat(log.path, &st) == 0, FileIdentity(st) == logIdentity, Int(st.st_size) >= logOffset {
            readLog()
            return
        }
        readAll()
        for change in pending { Self.apply(change.key, change.time, to: &marks) }
    }

    /// Applies the log from `logOffset` to its end; a torn or foreign line is skipped.
    private mutating func readLog() {
        guard let fd = try? RegularFile.openForReading(log.path) else { return }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0, Int(st.st_size) > logOffset else { return }
        let count = Int(st.st_size) - logOffset
        var bytes = [UInt8](repeating: 0, count: count)
        let n = bytes.withUnsafeMutableBytes { pread(fd, $0.baseAddress!, count, off_t(logOffset)) }
        guard n > 0 else { return }
        // Only whole lines: a line still being written is read next time.
        guard let end = bytes[0..<n].lastIndex(of: 0x0A) else { return }
        for line in bytes[0..<end].split(separator: 0x0A) {
            if let (key, time) = Self.parse(line) { Self.apply(key, time, to: &marks) }
        }
        logOffset += end + 1
        logIdentity = FileIdentity(st)
    }

    /// The marks file; one that is not a marks file is moved aside with a warning.
    private mutating func readFile() -> [String: Double] {
        guard let data = RegularFile.contents(file.path) else { return [:] }
        if let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
            let read = object[kind.field] as? [String: Any]
        {
            var out: [String: Double] = [:]
            out.reserveCapacity(read.count)
            for (k, v) in read { if let t = (v as? NSNumber)?.doubleValue { out[k] = t } }
            return out
        }
        let stamp = ISO8601DateFormatter().string(from: Date()).replacingOccurrences(of: ":", with: "")
        let aside = file.path + ".corrupt-" + stamp
        if rename(file.path, aside) == 0 {
            warnings.append("\(file.path) was corrupted: moved it to \(aside) and started afresh")
        } else {
            warnings.append(
                "\(file.path) is corrupted and could not be moved aside: \(String(cString: strerror(errno)))")
        }
        return [:]
    }

    // MARK: Writing

    /// Folds the log into the marks file. `marks` already holds both (`catchUp` ran under the
    /// same lock); the log goes only after the marks file is safely replaced.
    private mutating func compact() throws {
        let object: [String: Any] = ["version": 1, kind.field: marks]
        let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
        try AtomicFile.replace(file, with: data)
        unlink(log.path)
        logIdentity = nil
        logOffset = 0
    }

    /// Appends `text` in one write, after a line feed if a killed writer left a line unfinished;
    /// returns the log's new size.
    private static func append(_ text: String, to path: String) throws -> Int {
        let fd = open(path, O_RDWR | O_APPEND | O_CREAT | O_NONBLOCK | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw AtomicFile.Failure(description: "cannot write \(path): \(Self.error())") }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0, st.st_mode & S_IFMT == S_IFREG else {
            throw AtomicFile.Failure(description: "cannot write \(path): not a regular file")
        }
        var bytes = Array(text.utf8)
        if st.st_size > 0 {
            var last: UInt8 = 0
            if pread(fd, &last, 1, st.st_size - 1) == 1, last != 0x0A { bytes.insert(0x0A, at: 0) }
        }
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeBytes { write(fd, $0.baseAddress! + done, $0.count - done) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { throw AtomicFile.Failure(description: "cannot write \(path): \(Self.error())") }
            done += n
        }
        guard fstat(fd, &st) == 0 else {
            throw AtomicFile.Failure(description: "cannot write \(path): \(Self.error())")
        }
        return Int(st.st_size)
    }

    /// Removes `read-marks.json.tmp-PID` files whose process no longer runs (killed mid-save).
    private func removeStaleTemporaryFiles() {
        let prefix = kind.fileName + ".tmp-"
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else { return }
        for name in names where name.hasPrefix(prefix) {
            guard let pid = Int32(name.dropFirst(prefix.count)), pid != getpid() else { continue }
            if kill(pid, 0) != 0 && errno == ESRCH { unlink(directory.appendingPathComponent(name).path) }
        }
    }

    // MARK: The log's lines

    /// `TIME<TAB>KEY` to mark, `-<TAB>KEY` to clear; the key with `%`, tab, CR and LF percent-encoded.
    static func line(_ key: String, _ time: Double?) -> String {
        var escaped = ""
        for u in key.unicodeScalars {
            switch u {
            case "%": escaped += "%25"
            case "\t": escaped += "%09"
            case "\n": escaped += "%0A"
            case "\r": escaped += "%0D"
            default: escaped.unicodeScalars.append(u)
            }
        }
        return (time.map { String($0) } ?? "-") + "\t" + escaped + "\n"
    }

    static func parse(_ line: ArraySlice<UInt8>) -> (String, Double?)? {
        guard let tab = line.firstIndex(of: 0x09),
            let key = String(validating: line[(tab + 1)...], as: UTF8.self)?.removingPercentEncoding, !key.isEmpty
        else { return nil }
        let head = line[..<tab]
        if head.elementsEqual("-".utf8) { return (key, nil) }
        guard let time = Double(String(decoding: head, as: UTF8.self)), time.isFinite else { return nil }
        return (key, time)
    }

    private static func apply(_ key: String, _ time: Double?, to marks: inout [String: Double]) {
        if let t = time { marks[key] = max(t, marks[key] ?? t) } else { marks[key] = nil }
    }

    private static func error() -> String { String(cString: strerror(errno)) }
}

/// Which file a path names, to notice a log that another reader replaced.
struct FileIdentity: Equatable, Sendable {
    var device: UInt64
    var inode: UInt64

    init(_ st: stat) {
        device = UInt64(st.st_dev)
        inode = UInt64(st.st_ino)
    }
}
