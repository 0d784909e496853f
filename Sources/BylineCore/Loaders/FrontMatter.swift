import Foundation

/// The YAML front-matter block at the top of a Markdown article, read as far as article metadata
/// needs: `key: value` lines whose values are plain or quoted scalars, flow lists (`[a, "b"]`),
/// block lists (`- item` lines) and block scalars (`|`, `>`). Nested mappings under keys Byline
/// does not read are skipped; anything else malformed is an error naming the line.
public struct FrontMatter: Sendable, Equatable {
    public enum Value: Sendable, Equatable {
        case scalar(String)
        case list([String])

        /// The value as one string (a list's items joined by ", ").
        public var text: String {
            switch self {
            case .scalar(let s): return s
            case .list(let items): return items.joined(separator: ", ")
            }
        }

        /// The value as items (a scalar is split on commas, as in `tags: a, b`).
        public var items: [String] {
            switch self {
            case .scalar(let s):
                return s.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            case .list(let items): return items
            }
        }
    }

    /// What is wrong with a front-matter block, at `line` of the file.
    public struct Failure: Error, Sendable {
        public var line: Int
        public var fault: Fault
    }

    /// The ways front matter goes wrong; `LoadProblem+Wording.swift` words them.
    public enum Fault: Sendable, Hashable {
        case neverClosed
        /// A line that is not `key: value`, its first 40 characters.
        case notKeyValue(found: String)
        case textAfterClosingQuote
        case badUnicodeEscape
        case unclosedQuote
        case textAfterList
        case unclosedList
    }

    /// Keys lowercased, in file order of first appearance.
    public var fields: [String: Value]
    /// Where the Markdown body starts, after the closing `---` line.
    public var bodyStart: String.Index

    /// Front matter is only looked for within this many bytes, so a huge file with an opening
    /// `---` and no closing one costs nothing.
    static let maxBytes = 64 * 1024

    /// Splits `text` into front matter and body; nil when the text does not start with `---`.
    public static func split(_ text: String) throws(Failure) -> FrontMatter? {
        var lines: [(text: Substring, number: Int)] = []
        var number = 0
        var bodyStart: String.Index?
        var bytes = 0
        var opened = false
        text.forEachLine { line, next in
            number += 1
            if number == 1 {
                opened = line.trimmingTrailingSpaces() == "---"
                return opened
            }
            if line == "---" || line == "..." {
                bodyStart = next
                return false
            }
            lines.append((line, number))
            bytes += line.utf8.count + 1
            return bytes <= maxBytes
        }
        guard opened else { return nil }
        guard let bodyStart else {
            throw Failure(line: 1, fault: .neverClosed)
        }
        return FrontMatter(fields: try parse(lines), bodyStart: bodyStart)
    }

    static func parse(_ lines: [(text: Substring, number: Int)]) throws(Failure) -> [String: Value] {
        var fields: [String: Value] = [:]
        var k = 0
        while k < lines.count {
            let (line, number) = lines[k]
            k += 1
            let trimmed = line.trimmingLeadingSpaces()
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            // Indented lines that no key claimed belong to a nested structure Byline does not read.
            if trimmed.count != line.count { continue }
            guard let colon = line.firstIndex(of: ":"),
                !line[..<colon].isEmpty,
                line[..<colon].allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" || $0 == " " })
            else {
                throw Failure(line: number, fault: .notKeyValue(found: String(line.prefix(40))))
            }
            let key = line[..<colon].trimmingTrailingSpaces().lowercased()
            let rest = line[line.index(after: colon)...].trimmingLeadingSpaces()
            // Everything indented below this key.
            var block: [Substring] = []
            while k < lines.count, lines[k].text.isEmpty || lines[k].text.first == " " || lines[k].text.first == "\t" {
                block.append(lines[k].text)
                k += 1
            }
            while block.last?.trimmingLeadingSpaces().isEmpty == true { block.removeLast() }
            if rest.isEmpty || rest.hasPrefix("#") {
                let items = block.map { $0.trimmingLeadingSpaces() }.filter { !$0.isEmpty && !$0.hasPrefix("#") }
                if !items.isEmpty, items.allSatisfy({ $0 == "-" || $0.hasPrefix("- ") }) {
                    fields[key] = .list(
                        try items.map { item throws(Failure) in
                            try scalar(item.dropFirst().trimmingLeadingSpaces(), line: number)
                        })
                } else {
                    fields[key] = .scalar("")
                }
            } else if rest.first == "|" || rest.first == ">" {
                let parts = block.map { String($0.trimmingLeadingSpaces()) }
                fields[key] = .scalar(
                    parts.joined(separator: rest.first == "|" ? "\n" : " ").trimmingCharacters(
                        in: .whitespacesAndNewlines))
            } else if rest.first == "[" {
                fields[key] = .list(try flowList(rest, line: number))
            } else {
                fields[key] = .scalar(try scalar(rest, line: number))
            }
        }
        return fields
    }

    /// A plain, double-quoted or single-quoted scalar; a plain one ends at ` #` (a comment).
    static func scalar(_ s: Substring, line: Int) throws(Failure) -> String {
        guard let first = s.first else { return "" }
        if first == "\"" || first == "'" {
            let (value, end) = try quoted(s, line: line)
            let after = s[end...].trimmingLeadingSpaces()
            guard after.isEmpty || after.hasPrefix("#") else {
                throw Failure(line: line, fault: .textAfterClosingQuote)
            }
            return value
        }
        var value = s
        if let hash = s.range(of: " #") { value = s[..<hash.lowerBound] }
        return value.trimmingTrailingSpaces()
    }

    /// A quoted string starting at `s.startIndex`; returns the value and the index after the quote.
    static func quoted(_ s: Substring, line: Int) throws(Failure) -> (String, Substring.Index) {
        let q = s[s.startIndex]
        var out = ""
        var i = s.index(after: s.startIndex)
        while i < s.endIndex {
            let c = s[i]
            if c == q {
                let next = s.index(after: i)
                if q == "'", next < s.endIndex, s[next] == "'" {  // '' is a single quote
                    out.append("'")
                    i = s.index(after: next)
                    continue
                }
                return (out, next)
            }
            if q == "\"", c == "\\" {
                i = s.index(after: i)
                guard i < s.endIndex else { break }
                switch s[i] {
                case "n": out.append("\n")
                case "t": out.append("\t")
                case "u":
                    let hex = s[s.index(after: i)...].prefix(4)
                    guard hex.count == 4, let v = UInt32(hex, radix: 16), let u = Unicode.Scalar(v) else {
                        throw Failure(line: line, fault: .badUnicodeEscape)
                    }
                    out.unicodeScalars.append(u)
                    i = s.index(i, offsetBy: 4)
                default: out.append(s[i])
                }
            } else {
                out.append(c)
            }
            i = s.index(after: i)
        }
        throw Failure(line: line, fault: .unclosedQuote)
    }

    /// `[a, "b, c", 'd']`.
    static func flowList(_ s: Substring, line: Int) throws(Failure) -> [String] {
        var items: [String] = []
        var i = s.index(after: s.startIndex)
        while i < s.endIndex {
            while i < s.endIndex, s[i] == " " || s[i] == "\t" { i = s.index(after: i) }
            guard i < s.endIndex else { break }
            if s[i] == "]" {
                let after = s[s.index(after: i)...].trimmingLeadingSpaces()
                guard after.isEmpty || after.hasPrefix("#") else {
                    throw Failure(line: line, fault: .textAfterList)
                }
                return items
            }
            if s[i] == "\"" || s[i] == "'" {
                let (value, end) = try quoted(s[i...], line: line)
                items.append(value)
                i = end
            } else {
                let end = s[i...].firstIndex { $0 == "," || $0 == "]" } ?? s.endIndex
                let item = s[i..<end].trimmingTrailingSpaces()
                if !item.isEmpty { items.append(item) }
                i = end
            }
            while i < s.endIndex, s[i] == " " { i = s.index(after: i) }
            if i < s.endIndex, s[i] == "," { i = s.index(after: i) }
        }
        throw Failure(line: line, fault: .unclosedList)
    }
}

extension Substring {
    func trimmingLeadingSpaces() -> Substring { drop { $0 == " " || $0 == "\t" } }
    func trimmingTrailingSpaces() -> String {
        var s = self
        while let last = s.last, last == " " || last == "\t" { s = s.dropLast() }
        return String(s)
    }
}
