import Foundation

/// The user's config file, `${XDG_CONFIG_HOME:-~/.config}/byline/config.toml`: the default data
/// directory, the theme, and key bindings by action name (the names the help overlay shows).
public struct UserConfig: Sendable {
    /// The directory opened when none is given on the command line (before `$BYLINE_DATA`).
    public var dataDirectory: String?
    /// A theme name or path, used unless `--theme` or `$BYLINE_THEME` says otherwise.
    public var theme: String?
    /// The default key table with the file's `[keys]` applied.
    public var keymap: Keymap
    /// Whether the line naming what each colour means is shown at start (`legend = false` hides it).
    public var legend = true
    /// A shell command `y` and `Y` pipe the text to (`wl-copy`, `xclip -selection clipboard`);
    /// nil: the terminal's clipboard (OSC 52) where it has one.
    public var copyCommand: String?
    /// Whether new, changed and deleted files are noticed and reloaded without `R`.
    public var watch = true
    /// The list's order at start (`O` changes it).
    public var sort: ListOrder = .date
    /// Whether the top line naming the main keys is shown (`key-hints = false` hides it).
    public var keyHints = true

    public init(dataDirectory: String? = nil, theme: String? = nil, keymap: Keymap = .standard) {
        self.dataDirectory = dataDirectory
        self.theme = theme
        self.keymap = keymap
    }

    /// Parses config text. Top-level keys: `data`, `theme`, `legend`, `key-hints`, `sort`, `copy-command`,
    /// `watch`; table:
    /// `[keys]`. `data` is kept as written: a leading `~/` is left for the caller, who knows the
    /// home directory.
    public static func parse(_ text: String, file: String) throws(TOMLError) -> UserConfig {
        let doc = try TOMLSubset(text, file: file)
        var config = UserConfig()
        for table in doc.tableOrder where table != "keys" {
            throw TOMLError(
                file: file, line: doc.tableLines[table] ?? 0, key: table,
                message: "unknown table (the config file has top-level data and theme, and [keys])")
        }
        for (key, entry) in doc.tables[""] ?? [:] {
            switch (key, entry.value) {
            case ("data", .string(let s)): config.dataDirectory = s
            case ("theme", .string(let s)): config.theme = s
            case ("legend", .boolean(let b)): config.legend = b
            case ("copy-command", .string(let s)): config.copyCommand = s.isEmpty ? nil : s
            case ("watch", .boolean(let b)): config.watch = b
            case ("key-hints", .boolean(let b)): config.keyHints = b
            case ("sort", .string(let s)):
                guard let order = ListOrder(rawValue: s) else {
                    let names = ListOrder.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")
                    throw doc.error("expected one of \(names)", table: "", key: key)
                }
                config.sort = order
            case ("sort", _): throw doc.error("expected a string in double quotes", table: "", key: key)
            case ("data", _), ("theme", _), ("copy-command", _):
                throw doc.error("expected a string in double quotes", table: "", key: key)
            case ("legend", _), ("key-hints", _), ("watch", _):
                throw doc.error("expected true or false", table: "", key: key)
            default:
                throw doc.error(
                    "unknown setting (known: data, theme, legend, key-hints, sort, copy-command, watch, and the [keys] table)",
                    table: "", key: key)
            }
        }
        try config.keymap.apply(doc)
        return config
    }

    /// A commented config file holding every default, generated from the same key table the help
    /// overlay reads, so it can never fall out of step with the program.
    public static func defaultsText() -> String {
        var out = """
            # Byline's config file: ${XDG_CONFIG_HOME:-~/.config}/byline/config.toml
            # Every setting is optional; the values below are the defaults.

            # The directory `byline` opens when none is given (before $BYLINE_DATA and ./sample-data).
            # data = "~/news"

            # The colour theme: a bundled name (\(Theme.bundledNames.joined(separator: ", "))) or a path to a .toml theme.
            # --theme and $BYLINE_THEME take precedence; NO_COLOR forces monochrome.
            theme = "\(Theme.defaultName)"

            # The line above the status bar saying what each colour means (c shows or hides it).
            legend = true

            # The top line naming the main keys of the pane in use, as newsboat's.
            key-hints = true

            # The list's order at start: "date" (newest first), "source", "title" or "quotes" (most
            # quoted first). O cycles through them.
            sort = "date"

            # y and Y copy through the terminal (OSC 52) where it can; this command, given the text on
            # its standard input, is used instead when set (for terminals that ignore OSC 52).
            # copy-command = "wl-copy"
            # copy-command = "xclip -selection clipboard"

            # New, changed and deleted files are reloaded as they appear (inotify on Linux, else a
            # look every few seconds); R reloads by hand either way.
            watch = true

            # Key bindings: action = "key" or ["key", "key"]. Keys are written as in the help overlay:
            # letters and symbols as typed, C-x for Ctrl, M-x for Alt, Enter, Esc, Tab, Space, Up, Down,
            # Left, Right, Home, End, PgUp, PgDn, Backspace, F1-F12. A rebound action loses its defaults.
            [keys]

            """
        var seen = Set<Command>()
        for binding in KeyBinding.defaults where !seen.contains(binding.command) {
            seen.insert(binding.command)
            let keys = KeyBinding.defaults.filter { $0.command == binding.command }.flatMap(\.keys)
            var unique: [String] = []
            for k in keys.map(\.description) where !unique.contains(k) { unique.append(k) }
            let value = unique.count == 1 ? quoted(unique[0]) : "[" + unique.map(quoted).joined(separator: ", ") + "]"
            out += "# \(binding.help)\n\(binding.command.rawValue) = \(value)\n"
        }
        return out
    }

    static func quoted(_ s: String) -> String {
        "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
