import BylineNLP
import Foundation

/// Writes a synthetic collection of `count` articles: real headlines and 3–9 real paragraphs
/// each, drawn by a fixed-seed generator, four in five as `.txt` in the seed's shape and one in
/// five as `.md` with front matter (title, date, source), a thousand files per folder. A finished
/// collection is marked and reused by the next run.
struct CorpusGenerator {
    let source: SourceParagraphs

    /// The collection's directory under `base`, generated unless already there.
    func collection(count: Int, under base: String) throws -> String {
        let dir = "\(base)/corpus-\(count)"
        let marker = dir + "/.complete-v1"
        if FileManager.default.fileExists(atPath: marker) { return dir }
        try? FileManager.default.removeItem(atPath: dir)
        var rng = SplitMix64(seed: UInt64(count))
        for i in 0..<count {
            let folder = "\(dir)/\(String(format: "%03d", i / 1000))"
            if i % 1000 == 0 {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            }
            let title = source.titles[rng.below(source.titles.count)]
            let body = (0..<(3 + rng.below(7))).map { _ in source.paragraphs[rng.below(source.paragraphs.count)] }
                .joined(separator: "\n\n")
            let day = 17897 + rng.below(1460)  // 2019-01-01 + up to four years
            let text: String
            let ext: String
            if i % 5 == 0 {
                let date = Date(timeIntervalSince1970: Double(day) * 86400)
                let iso = ISO8601DateFormatter.string(
                    from: date, timeZone: TimeZone(identifier: "UTC")!, formatOptions: [.withFullDate])
                let escaped = title.replacingOccurrences(of: "\"", with: "\\\"")
                text = "---\ntitle: \"\(escaped)\"\ndate: \(iso)\nsource: Synthetic Wire\n---\n\n\(body)\n"
                ext = "md"
            } else {
                text = "\(title)\n\n\(body)\n"
                ext = "txt"
            }
            try text.write(toFile: "\(folder)/\(String(format: "%06d", i)).\(ext)", atomically: false, encoding: .utf8)
        }
        try Data().write(to: URL(fileURLWithPath: marker))
        return dir
    }

    /// Total size of the collection's article files, in bytes.
    static func size(of dir: String) -> Int {
        var total = 0
        for rel in FileManager.default.enumerator(atPath: dir)?.allObjects as? [String] ?? [] where !rel.hasPrefix(".")
        {
            total += ((try? FileManager.default.attributesOfItem(atPath: dir + "/" + rel))?[.size] as? Int) ?? 0
        }
        return total
    }
}
