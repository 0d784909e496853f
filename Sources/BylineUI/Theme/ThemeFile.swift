/// Reads a theme from its TOML form:
///
///     name = "dark"
///     speakers = ["#ff8700", "51", "magenta"]   # palette for speaker gutters, labels, names
///     [person]
///     fg = "#ffd787"                             # a name, 0-255, or #rrggbb; "default" for none
///     bg = "default"
///     attrs = ["bold", "underline"]              # bold, underline, italic, reverse, dim
///
/// Each table is a role from `Role` ("list.selected", "search.match"); roles left out look
/// like `normal`.
extension Theme {
    public init(toml text: String, file: String) throws(TOMLError) {
        let doc = try TOMLSubset(text, file: file)
        let root = doc.tables[""] ?? [:]
        var name = (file.split(separator: "/").last.map(String.init) ?? file)
        if name.hasSuffix(".toml") { name = String(name.dropLast(5)) }
        var palette: [Color] = []
        for (key, entry) in root {
            switch (key, entry.value) {
            case ("name", .string(let s)): name = s
            case ("speakers", .strings(let list)):
                for c in list {
                    guard let color = Color(themeValue: .string(c)) else {
                        throw doc.error("'\(c)' is not a colour (a name, 0-255 or #rrggbb)", table: "", key: key)
                    }
                    palette.append(color)
                }
            case ("name", _): throw doc.error("expected a \"string\"", table: "", key: key)
            case ("speakers", _): throw doc.error("expected an array of colours", table: "", key: key)
            default: throw doc.error("unknown key (expected name or speakers)", table: "", key: key)
            }
        }
        var styles: [Role: Style] = [:]
        for table in doc.tableOrder {
            guard let role = Role(rawValue: table) else {
                throw doc.error(
                    "unknown role; roles are \(Role.allCases.map(\.rawValue).joined(separator: ", "))", table: table,
                    key: "")
            }
            var style = Style()
            for (key, entry) in doc.tables[table] ?? [:] {
                switch key {
                case "fg", "bg":
                    guard let c = Color(themeValue: entry.value) else {
                        throw doc.error(
                            "not a colour: use a name (red, bright-blue, default), 0-255 or #rrggbb", table: table,
                            key: key)
                    }
                    if key == "fg" { style.foreground = c } else { style.background = c }
                case "attrs":
                    guard case .strings(let names) = entry.value else {
                        throw doc.error("expected an array such as [\"bold\"]", table: table, key: key)
                    }
                    for n in names {
                        guard let a = Attributes(themeName: n) else {
                            throw doc.error(
                                "unknown attribute '\(n)' (bold, underline, italic, reverse, dim)", table: table,
                                key: key)
                        }
                        style.attributes.insert(a)
                    }
                default: throw doc.error("unknown key (expected fg, bg or attrs)", table: table, key: key)
                }
            }
            styles[role] = style
        }
        self.init(name: name, styles: styles, speakerColors: palette)
    }
}

extension Color {
    static let names: [String: Color] = [
        "default": .terminalDefault, "black": .ansi(0), "red": .ansi(1), "green": .ansi(2), "yellow": .ansi(3),
        "blue": .ansi(4), "magenta": .ansi(5), "cyan": .ansi(6), "white": .ansi(7),
        "bright-black": .ansi(8), "gray": .ansi(8), "grey": .ansi(8), "bright-red": .ansi(9), "bright-green": .ansi(10),
        "bright-yellow": .ansi(11), "bright-blue": .ansi(12), "bright-magenta": .ansi(13), "bright-cyan": .ansi(14),
        "bright-white": .ansi(15),
    ]

    /// A colour as theme files write it: a name, an integer 0-255 (also as a string), or #rrggbb.
    init?(themeValue: TOMLSubset.Value) {
        switch themeValue {
        case .integer(let n) where (0...255).contains(n):
            self = n < 16 ? .ansi(n) : .indexed(n)
        case .string(let s):
            let t = s.lowercased()
            if let named = Color.names[t] {
                self = named
                return
            }
            if let n = Int(t) {
                self.init(themeValue: .integer(n))
                return
            }
            guard t.hasPrefix("#"), t.count == 7, let v = UInt32(t.dropFirst(), radix: 16) else { return nil }
            self = .rgb(UInt8(v >> 16), UInt8((v >> 8) & 0xFF), UInt8(v & 0xFF))
        default:
            return nil
        }
    }
}

extension Attributes {
    init?(themeName: String) {
        switch themeName.lowercased() {
        case "bold": self = .bold
        case "underline": self = .underline
        case "italic": self = .italic
        case "reverse": self = .reverse
        case "dim": self = .dim
        default: return nil
        }
    }
}
