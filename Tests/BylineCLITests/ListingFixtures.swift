import BylineCore
import BylineNLP
import Foundation

/// A data directory whose annotations are written by hand into a private annotation cache, so the
/// listing commands can be checked on known entities and quotes whatever the NLP finds.
struct ListingFixtures: PrivateCacheFolder {
    let root: URL

    static let blinken = """
        Blinken \u{1B}[31mwarns\u{1B}[0m on missiles

        Antony Blinken met officials in Seoul. "We watch, and we wait," Mr Blinken said.
        """
    static let lee = """
        Talks continue

        Blinken spoke in Washington. Jean Lee said "the launches, she said, will go on" in Seoul.
        """

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("byline-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            atPath: root.appendingPathComponent("data").path, withIntermediateDirectories: true)
        let stamp = Date(timeIntervalSince1970: 1_600_000_000)
        var articles: [Article] = []
        var annotations: [CompactAnnotation?] = []
        var entries: [CacheEntry] = []
        var builder = IndexBuilder()
        for (i, (name, text, date, annotation)) in [
            ("a.txt", Self.blinken, "2022-01-14", Self.blinkenAnnotation),
            ("b.txt", Self.lee, "2022-02-01", Self.leeAnnotation),
        ].enumerated() {
            let path = data + "/" + name
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            try FileManager.default.setAttributes([.modificationDate: stamp], ofItemAtPath: path)
            let size = Int64(text.utf8.count)
            articles.append(
                Article(
                    path: path, format: .txt, title: String(text.prefix { $0 != "\n" }), text: text,
                    published: CalendarDate(iso: date), publishedSource: .metadata, source: "Wire, Inc."))
            annotations.append(builder.compact(annotation))
            entries.append(
                CacheEntry(
                    key: AnnotationCache.recordKey(
                        path: path, root: 0, roots: [data],
                        inode: (try FileManager.default.attributesOfItem(atPath: path)[.systemFileNumber] as? NSNumber)?
                            .uint64Value), size: size,
                    modified: stamp.timeIntervalSince1970, articles: i..<(i + 1)))
        }
        AnnotationCache(directory: cacheHome + "/byline").write(
            roots: [data], vocabulary: builder.vocabulary, entries: entries,
            articles: ChunkedArray(articles), annotations: ArticleAnnotations(annotations))
    }

    static func span(_ text: String, _ needle: String, from: Int = 0) -> TextSpan {
        let hay = Array(text.unicodeScalars)
        let n = Array(needle.unicodeScalars)
        for i in from...(hay.count - n.count) where Array(hay[i..<(i + n.count)]) == n {
            return TextSpan(start: i, end: i + n.count, text: needle)
        }
        fatalError("\(needle) not in text")
    }

    static func mention(_ text: String, _ surface: String, _ type: EntityType, canonical: String? = nil)
        -> EntityMention
    {
        let s = span(
            text, surface,
            from: text.unicodeScalars.firstIndex(of: "\n").map {
                text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: $0)
            } ?? 0)
        return EntityMention(type: type, start: s.start, end: s.end, text: surface, canonical: canonical)
    }

    static var blinkenAnnotation: Annotation {
        let t = blinken
        return Annotation(
            entities: [
                mention(t, "Antony Blinken", .person), mention(t, "Seoul", .place),
                mention(t, "Mr Blinken", .person, canonical: "Antony Blinken"),
            ],
            quotes: [
                Quote(
                    kind: .direct, span: span(t, "\"We watch, and we wait,\""),
                    speaker: Speaker(name: "Antony Blinken", mention: span(t, "Mr Blinken"), type: .person), cue: nil)
            ])
    }

    static var leeAnnotation: Annotation {
        let t = lee
        return Annotation(
            entities: [
                mention(t, "Blinken", .person), mention(t, "Washington", .place),
                mention(t, "Jean Lee", .person), mention(t, "Seoul", .place),
            ],
            quotes: [
                Quote(
                    kind: .partial, span: span(t, "\"the launches, she said, will go on\""),
                    speaker: Speaker(name: "Jean Lee", mention: span(t, "Jean Lee"), type: .person), cue: nil)
            ])
    }

    func run(_ args: [String]) throws -> Binary.Result { try Binary.run(args, environment: environment) }

    func remove() { try? FileManager.default.removeItem(at: root) }

    /// Parses RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks.
    static func parseCSV(_ s: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var it = Array(s.unicodeScalars)[...]
        while let c = it.popFirst() {
            if quoted {
                if c == "\"" {
                    if it.first == "\"" {
                        field.unicodeScalars.append("\"")
                        it.removeFirst()
                    } else {
                        quoted = false
                    }
                } else {
                    field.unicodeScalars.append(c)
                }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                row.append(field)
                field = ""
            } else if c == "\r" && it.first == "\n" {
                it.removeFirst()
                row.append(field)
                rows.append(row)
                row = []
                field = ""
            } else {
                field.unicodeScalars.append(c)
            }
        }
        if !field.isEmpty || !row.isEmpty {
            row.append(field)
            rows.append(row)
        }
        return rows
    }
}
