import Foundation

/// Real headlines and paragraphs to build synthetic articles from: the BBC News corpus (one
/// article per .txt: headline, blank line, paragraphs) and the Wikinews CSVs (url,date,title,text).
/// Read from the shared corpora outside the repository; nothing is copied into it.
struct SourceParagraphs {
    var titles: [String] = []
    var paragraphs: [String] = []

    init(bbc: String, wikinews: String) throws {
        let fm = FileManager.default
        for rel in (fm.enumerator(atPath: bbc)?.allObjects as? [String] ?? []).sorted() where rel.hasSuffix(".txt") {
            guard let data = fm.contents(atPath: bbc + "/" + rel) else { continue }
            let text = String(decoding: data, as: UTF8.self)
            let parts = text.components(separatedBy: "\n\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
                .filter { !$0.isEmpty }
            guard let title = parts.first else { continue }
            titles.append(title)
            paragraphs += parts.dropFirst().filter { $0.count >= 40 }
        }
        for name in (try? fm.contentsOfDirectory(atPath: wikinews))?.sorted() ?? [] where name.hasSuffix(".csv") {
            guard let data = fm.contents(atPath: wikinews + "/" + name) else { continue }
            for row in CSVRows.parse(String(decoding: data, as: UTF8.self)).dropFirst() where row.count >= 4 {
                titles.append(row[2])
                // The first paragraph is the dateline ("Friday, January 4, 2019").
                let parts = row[3].components(separatedBy: "\n\n").map {
                    $0.trimmingCharacters(in: .whitespacesAndNewlines)
                }
                paragraphs += parts.dropFirst().filter { $0.count >= 40 }
            }
        }
        guard !titles.isEmpty, !paragraphs.isEmpty else {
            throw BenchError("no articles found under \(bbc) or \(wikinews)")
        }
    }
}

/// RFC 4180 rows: quoted fields may hold commas, doubled quotes and line breaks.
enum CSVRows {
    static func parse(_ s: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = String.UnicodeScalarView()
        var quoted = false
        var it = s.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        while let c = pending ?? it.next() {
            pending = nil
            if quoted {
                if c == "\"" {
                    let n = it.next()
                    if n == "\"" {
                        field.append("\"")
                    } else {
                        quoted = false
                        pending = n
                    }
                } else {
                    field.append(c)
                }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                row.append(String(field))
                field = .init()
            } else if c == "\n" {
                row.append(String(field))
                rows.append(row)
                row = []
                field = .init()
            } else if c != "\r" {
                field.append(c)
            }
        }
        if !field.isEmpty || !row.isEmpty {
            row.append(String(field))
            rows.append(row)
        }
        return rows
    }
}

struct BenchError: Error, CustomStringConvertible {
    let description: String
    init(_ d: String) { description = d }
}
