/// The small part of TOML that theme and config files use: `[table]` headers (dotted names kept
/// as one string, "list.selected"), `key = value` with a string, an integer, a boolean or an
/// array of strings, and `#` comments. Every error names the file, the line and the key.
public struct TOMLSubset: Sendable {
    public enum Value: Sendable, Hashable {
        case string(String)
        case integer(Int)
        case boolean(Bool)
        case strings([String])
    }

    /// A value and the line it was written on, so later checks can point at it.
    public struct Entry: Sendable, Hashable {
        public var value: Value
        public var line: Int
    }

    /// The file the text came from, for messages.
    public let file: String
    /// Table name ("" for keys before any header) -> key -> entry.
    public private(set) var tables: [String: [String: Entry]] = [:]
    /// Table names in the order they appear.
    public private(set) var tableOrder: [String] = []
    /// The line of each table's header.
    public private(set) var tableLines: [String: Int] = [:]

    /// Parses `text`; throws at the first line that is not in the subset.
    public init(_ text: String, file: String) throws(TOMLError) {
        self.file = file
        var current = ""
        tables[""] = [:]
        for (n, raw) in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
            .enumerated()
        {
            let line = n + 1
            var cursor = Cursor(Substring(raw), file: file, line: line)
            cursor.skipSpace()
            if cursor.atEndOrComment { continue }
            if cursor.peek == "[" {
                cursor.advance()
                let name = try cursor.tableName()
                if tables[name] != nil {
                    throw TOMLError(file: file, line: line, key: name, message: "table defined twice")
                }
                tables[name] = [:]
                tableOrder.append(name)
                tableLines[name] = line
                current = name
                continue
            }
            let key = try cursor.key()
            cursor.skipSpace()
            guard cursor.peek == "=" else {
                throw TOMLError(file: file, line: line, key: key, message: "expected '=' after the key")
            }
            cursor.advance()
            cursor.skipSpace()
            let value = try cursor.value(key: key)
            cursor.skipSpace()
            guard cursor.atEndOrComment else {
                throw TOMLError(file: file, line: line, key: key, message: "unexpected text after the value")
            }
            if tables[current]?[key] != nil {
                throw TOMLError(file: file, line: line, key: key, message: "key defined twice")
            }
            tables[current, default: [:]][key] = Entry(value: value, line: line)
        }
    }

    /// An error about an entry found in this file (a wrong colour name, an unknown key).
    public func error(_ message: String, table: String, key: String) -> TOMLError {
        let line = tables[table]?[key]?.line ?? tableLines[table] ?? 0
        let fullKey = table.isEmpty ? key : key.isEmpty ? table : "\(table).\(key)"
        return TOMLError(file: file, line: line, key: fullKey, message: message)
    }
}

/// A problem in a TOML file: `FILE:LINE: key 'KEY': MESSAGE`.
public struct TOMLError: Error, Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var key: String?
    public var message: String

    public init(file: String, line: Int, key: String?, message: String) {
        self.file = file
        self.line = line
        self.key = key
        self.message = message
    }

    public var description: String {
        "\(file):\(line): " + (key.map { "key '\($0)': " } ?? "") + message
    }
}

/// Reads one line of the subset.
private struct Cursor {
    var rest: Substring
    let file: String
    let line: Int

    init(_ text: Substring, file: String, line: Int) {
        rest = text.hasSuffix("\r") ? text.dropLast() : text
        self.file = file
        self.line = line
    }

    var peek: Character? { rest.first }
    var atEndOrComment: Bool { rest.isEmpty || rest.first == "#" }
    mutating func advance() { rest = rest.dropFirst() }
    mutating func skipSpace() { while let c = rest.first, c == " " || c == "\t" { rest = rest.dropFirst() } }

    func fail(_ message: String, key: String? = nil) -> TOMLError {
        TOMLError(file: file, line: line, key: key, message: message)
    }

    static func isBare(_ c: Character) -> Bool { c.isASCII && (c.isLetter || c.isNumber || c == "_" || c == "-") }

    /// A bare or quoted key.
    mutating func key() throws(TOMLError) -> String {
        if peek == "\"" { return try basicString(key: nil) }
        var k = ""
        while let c = peek, Cursor.isBare(c) {
            k.append(c)
            advance()
        }
        if k.isEmpty { throw fail("expected a key (letters, digits, _ or -) or a [table] header") }
        return k
    }

    /// The inside of `[a.b]` up to and including `]`, parts joined with ".".
    mutating func tableName() throws(TOMLError) -> String {
        var parts: [String] = []
        while true {
            skipSpace()
            parts.append(try key())
            skipSpace()
            if peek == "." {
                advance()
                continue
            }
            guard peek == "]" else { throw fail("expected ']' to close the table header") }
            advance()
            skipSpace()
            guard atEndOrComment else { throw fail("unexpected text after the table header") }
            return parts.joined(separator: ".")
        }
    }

    mutating func value(key: String) throws(TOMLError) -> TOMLSubset.Value {
        switch peek {
        case "\"": return .string(try basicString(key: key))
        case "'": return .string(try literalString(key: key))
        case "[": return .strings(try stringArray(key: key))
        case "t" where rest.hasPrefix("true"):
            rest = rest.dropFirst(4)
            return .boolean(true)
        case "f" where rest.hasPrefix("false"):
            rest = rest.dropFirst(5)
            return .boolean(false)
        case let c? where c == "-" || c == "+" || c.isASCII && c.isNumber:
            var digits = ""
            while let d = peek, d.isASCII && (d.isNumber || d == "_" || d == "-" || d == "+") {
                if d != "_" { digits.append(d) }
                advance()
            }
            guard let n = Int(digits) else { throw fail("'\(digits)' is not an integer", key: key) }
            return .integer(n)
        case nil: throw fail("missing value", key: key)
        default: throw fail("expected a \"string\", an integer, true/false or an array of strings", key: key)
        }
    }

    mutating func basicString(key: String?) throws(TOMLError) -> String {
        advance()
        var s = ""
        while let c = peek {
            advance()
            if c == "\"" { return s }
            if c == "\\" {
                guard let e = peek else { break }
                advance()
                switch e {
                case "\"": s.append("\"")
                case "\\": s.append("\\")
                case "n": s.append("\n")
                case "t": s.append("\t")
                case "u", "U":
                    let count = e == "u" ? 4 : 8
                    let hex = String(rest.prefix(count))
                    guard hex.count == count, let v = UInt32(hex, radix: 16), let u = Unicode.Scalar(v) else {
                        throw fail("bad \\\(e) escape in a string", key: key)
                    }
                    s.unicodeScalars.append(u)
                    rest = rest.dropFirst(count)
                default: throw fail("unknown escape \\\(e) in a string", key: key)
                }
            } else {
                s.append(c)
            }
        }
        throw fail("string not closed on this line", key: key)
    }

    mutating func literalString(key: String) throws(TOMLError) -> String {
        advance()
        guard let end = rest.firstIndex(of: "'") else { throw fail("string not closed on this line", key: key) }
        let s = String(rest[..<end])
        rest = rest[rest.index(after: end)...]
        return s
    }

    mutating func stringArray(key: String) throws(TOMLError) -> [String] {
        advance()
        var items: [String] = []
        while true {
            skipSpace()
            if peek == "]" {
                advance()
                return items
            }
            switch peek {
            case "\"": items.append(try basicString(key: key))
            case "'": items.append(try literalString(key: key))
            case nil: throw fail("array not closed on this line", key: key)
            default: throw fail("arrays hold \"strings\" only", key: key)
            }
            skipSpace()
            if peek == "," {
                advance()
            } else if peek != "]" {
                throw fail("expected ',' or ']' in the array", key: key)
            }
        }
    }
}
