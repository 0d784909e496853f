import BylineCore
import BylineNLP
import Foundation

/// One synthetic article: a real headline and 3–9 real paragraphs, and a publication day.
struct GeneratedArticle {
    var index: Int
    var title: String
    var paragraphs: [String]
    /// Days since 1970-01-01.
    var day: Int
}

/// Synthetic collections of `count` articles drawn by a fixed-seed generator, one article at a
/// time so that a million articles take no more memory than ten: as files (four in five as `.txt`
/// in the seed's shape, one in five as `.md` with front matter, a thousand files per folder) and
/// as a newsboat cache of the same articles. A finished collection is marked and reused by the
/// next run.
struct CorpusGenerator {
    let source: SourceParagraphs

    /// Calls `body` with the `count` articles of the collection of that size, in order.
    func forEach(count: Int, _ body: (GeneratedArticle) throws -> Void) rethrows {
        var rng = SplitMix64(seed: UInt64(count))
        for i in 0..<count {
            let title = source.titles[rng.below(source.titles.count)]
            let paragraphs = (0..<(3 + rng.below(7))).map { _ in
                source.paragraphs[rng.below(source.paragraphs.count)]
            }
            let day = 17897 + rng.below(1460)  // 2019-01-01 + up to four years
            try body(GeneratedArticle(index: i, title: title, paragraphs: paragraphs, day: day))
        }
    }

    /// The collection's directory under `base`, generated unless already there.
    func collection(count: Int, under base: String) throws -> String {
        let dir = "\(base)/corpus-\(count)"
        let marker = dir + "/.complete-v1"
        if FileManager.default.fileExists(atPath: marker) { return dir }
        try? FileManager.default.removeItem(atPath: dir)
        try forEach(count: count) { a in
            let folder = "\(dir)/\(String(format: "%03d", a.index / 1000))"
            if a.index % 1000 == 0 {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            }
            let body = a.paragraphs.joined(separator: "\n\n")
            let text: String
            let ext: String
            if a.index % 5 == 0 {
                let escaped = a.title.replacingOccurrences(of: "\"", with: "\\\"")
                text =
                    "---\ntitle: \"\(escaped)\"\ndate: \(Self.isoDate(day: a.day))\nsource: Synthetic Wire\n---\n\n\(body)\n"
                ext = "md"
            } else {
                text = "\(a.title)\n\n\(body)\n"
                ext = "txt"
            }
            try Self.writeFile(text, to: "\(folder)/\(String(format: "%06d", a.index)).\(ext)")
        }
        try Data().write(to: URL(fileURLWithPath: marker))
        return dir
    }

    /// Writes a new file with plain POSIX calls: Foundation's `write(toFile:)` syncs every file to
    /// disk, which at a million files takes hours.
    static func writeFile(_ text: String, to path: String) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { throw BenchError("cannot write \(path): \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        var text = text
        try text.withUTF8 { bytes in
            var done = 0
            while done < bytes.count {
                let n = write(fd, bytes.baseAddress! + done, bytes.count - done)
                if n < 0 && errno == EINTR { continue }
                guard n > 0 else { throw BenchError("cannot write \(path): \(String(cString: strerror(errno)))") }
                done += n
            }
        }
    }

    /// "2019-01-01" for day 17897.
    static func isoDate(day: Int) -> String {
        ISO8601DateFormatter.string(
            from: Date(timeIntervalSince1970: Double(day) * 86400), timeZone: TimeZone(identifier: "UTC")!,
            formatOptions: [.withFullDate])
    }

    /// Total size of the collection's article files, in bytes, walked without listing them all at once.
    static func size(of dir: String) -> Int {
        // Listed as the reader lists it and measured with stat: Foundation's enumerator with
        // resource values takes minutes over a million files.
        var walk = FileWalk(roots: [dir])
        var total = 0
        while case let files = walk.next(limit: 4096), !files.isEmpty {
            for f in files {
                var st = stat()
                if stat(f.path, &st) == 0 { total += Int(st.st_size) }
            }
        }
        return total
    }
}
