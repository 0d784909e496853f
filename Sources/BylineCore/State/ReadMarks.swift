import Foundation

/// Which articles the user has read, remembered across runs in
/// `${XDG_STATE_HOME:-~/.local/state}/byline/read-marks.json`.
///
/// Two readers may be open at once: each remembers what it changed since it loaded, and `save`
/// re-reads the file under a lock, applies only those changes, and writes the result atomically,
/// so neither loses the other's marks. A file that cannot be parsed is moved aside (to
/// `read-marks.json.corrupt-TIMESTAMP`) with a warning, and the marks start afresh.
public struct ReadMarks: Sendable {
    public static let fileName = "read-marks.json"

    /// The directory the marks live in.
    public let directory: URL
    /// Read articles: key -> when it was marked (seconds since 1970).
    public private(set) var marks: [String: Double]
    /// Problems met while loading or saving, for the user to see (a corrupted file moved aside).
    public private(set) var warnings: [String] = []
    /// Changes since the last load or save: set (with its time) or cleared (nil).
    private var changes: [String: Double?] = [:]

    var file: URL { directory.appendingPathComponent(Self.fileName) }
    var lockFile: URL { directory.appendingPathComponent(Self.fileName + ".lock") }

    /// The marks saved in `directory` (the user's state directory by default). Never fails: a
    /// missing file means nothing read yet, a corrupted one is moved aside with a warning.
    public static func load(directory: URL = StateDirectory.url()) -> ReadMarks {
        var marks = ReadMarks(directory: directory, marks: [:])
        marks.marks = marks.readFile()
        return marks
    }

    private init(directory: URL, marks: [String: Double]) {
        self.directory = directory
        self.marks = marks
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
        marks[key] = t
        changes[key] = .some(t)
    }

    public mutating func unmark(_ key: String) {
        marks[key] = nil
        changes[key] = .some(nil)
    }

    /// Merges this reader's changes into the file as it is now on disk and writes it atomically.
    /// Afterwards `marks` also holds what other readers saved meanwhile.
    public mutating func save() throws {
        try StateDirectory.create(directory)
        let lock = try StateLock(lockFile)
        var merged = readFile()
        for (key, change) in changes {
            if let t = change { merged[key] = max(t, merged[key] ?? t) } else { merged[key] = nil }
        }
        let object: [String: Any] = ["version": 1, "read": merged]
        let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
        try AtomicFile.replace(file, with: data)
        _ = consume lock
        marks = merged
        changes = [:]
    }

    /// The marks on disk; a file that is not a marks file is moved aside with a warning.
    private mutating func readFile() -> [String: Double] {
        guard let data = FileManager.default.contents(atPath: file.path) else { return [:] }
        if let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
            let read = object["read"] as? [String: Any]
        {
            var out: [String: Double] = [:]
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
}
