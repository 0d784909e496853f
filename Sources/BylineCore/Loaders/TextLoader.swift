import Foundation
import BylineNLP

/// Plain-text articles: the first non-empty line is the headline, paragraphs are separated by
/// blank lines. The text is kept exactly as decoded; captions and the dateline become metadata.
public struct TextLoader: ArticleLoader {
    public static let extensions = ["txt"]

    public init() {}

    public func load(_ data: Data, path: String, issues: inout [LoadIssue]) throws -> [Article] {
        let (text, _) = try TextDecoding.decode(data)
        return [article(text: text, path: path)]
    }

    /// Builds the article for already-decoded text (also used for standard input).
    public func article(text: String, path: String) -> Article {
        let scalars = Array(text.unicodeScalars)
        let paragraphs = Paragraphs.ranges(in: scalars)
        let title = paragraphs.first.map { firstLine(of: scalars[$0]) } ?? ""
        var captions: [Range<Int>] = []
        var dateline: Dateline?
        for p in paragraphs.dropFirst() {
            if Captions.isCaption(scalars[p]) {
                captions.append(p)
            } else if dateline == nil {
                dateline = Datelines.parse(scalars, paragraph: p)
                if dateline != nil { break }
            }
            if captions.count > 3 { break }
        }
        return Article(path: path, format: .txt, title: title, text: text, dateline: dateline, captions: captions)
    }

    private func firstLine(of s: ArraySlice<Unicode.Scalar>) -> String {
        let end = s.firstIndex { $0 == "\n" || $0 == "\r" } ?? s.endIndex
        var out = String.UnicodeScalarView()
        out.append(contentsOf: s[s.startIndex..<end])
        return String(out).trimmingCharacters(in: .whitespaces)
    }
}

/// Blank-line separated paragraphs as scalar ranges, trimmed of surrounding whitespace.
public enum Paragraphs {
    public static func ranges(in s: [Unicode.Scalar]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var i = 0
        let n = s.count
        while i < n {
            while i < n && (s[i] == " " || s[i] == "\t" || s[i] == "\n" || s[i] == "\r") { i += 1 }
            guard i < n else { break }
            let start = i
            var lastNonSpace = i
            while i < n {
                if s[i] == "\n" {
                    var j = i + 1
                    while j < n && (s[j] == " " || s[j] == "\t" || s[j] == "\r") { j += 1 }
                    if j >= n || s[j] == "\n" { break }
                } else if s[i] != " " && s[i] != "\t" && s[i] != "\r" {
                    lastNonSpace = i
                }
                i += 1
            }
            out.append(start..<(lastNonSpace + 1))
        }
        return out
    }
}

/// Photo captions: a paragraph ending in a credit such as "PHOTO: AFP/KCNA".
enum Captions {
    static func isCaption(_ p: ArraySlice<Unicode.Scalar>) -> Bool {
        let text = String(String.UnicodeScalarView(p))
        guard let r = text.range(of: "PHOTO", options: .backwards) ?? text.range(of: "Photo:", options: .backwards) else {
            return false
        }
        let tail = text[r.upperBound...]
        return tail.hasPrefix(":") || tail.hasPrefix("S:") || tail.hasPrefix(" credit")
    }
}

/// Datelines such as "WASHINGTON/SEOUL (AFP, REUTERS) - " at the start of the first body paragraph.
enum Datelines {
    static func parse(_ s: [Unicode.Scalar], paragraph p: Range<Int>) -> Dateline? {
        var i = p.lowerBound
        let limit = min(p.upperBound, p.lowerBound + 80)
        // places: capitals, spaces, slashes, dots, commas, apostrophes
        while i < limit, isPlaceScalar(s[i]) { i += 1 }
        let placeEnd = i
        guard placeEnd - p.lowerBound >= 2 else { return nil }
        var agencies: [String] = []
        var j = placeEnd
        while j < limit && s[j] == " " { j += 1 }
        if j < limit && s[j] == "(" {
            guard let close = s[j..<limit].firstIndex(of: ")") else { return nil }
            agencies = String(String.UnicodeScalarView(s[(j + 1)..<close]))
                .split(whereSeparator: { $0 == "," || $0 == "/" })
                .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            j = close + 1
            while j < limit && s[j] == " " { j += 1 }
        }
        guard j < limit, s[j] == "-" || s[j] == "\u{2013}" || s[j] == "\u{2014}" || s[j] == ":" else { return nil }
        j += 1
        while j < p.upperBound && s[j] == " " { j += 1 }
        let placeText = String(String.UnicodeScalarView(s[p.lowerBound..<placeEnd])).trimmingCharacters(in: .whitespaces)
        let letters = placeText.unicodeScalars.filter { $0.properties.isAlphabetic }
        guard !letters.isEmpty, letters.allSatisfy({ $0.properties.isUppercase }) else { return nil }
        let places = placeText.split(separator: "/").map { titleCase($0.split(separator: ",")[0].trimmingCharacters(in: .whitespaces)) }
        return Dateline(places: places, agencies: agencies, start: p.lowerBound, end: j)
    }

    static func isPlaceScalar(_ u: Unicode.Scalar) -> Bool {
        u.properties.isUppercase || u == " " || u == "/" || u == "." || u == "," || u == "'"
    }

    /// "NEW YORK" -> "New York", for showing the dateline place like a name.
    static func titleCase(_ s: String) -> String {
        s.split(separator: " ").map { w in w.prefix(1) + w.dropFirst().lowercased() }.joined(separator: " ")
    }
}
