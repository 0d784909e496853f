import Testing

@testable import BylineUI

@Suite struct KeymapTests {
    @Test(arguments: ["j", "C-d", "M-x", "Enter", "PgDn", "F1", "Space", "Esc", "S-Tab", "?", "]", "C-M-a"])
    func keyNamesRoundTrip(name: String) {
        #expect(KeyPress(parsing: name)?.description == name)
    }

    @Test func unknownKeyNames() {
        #expect(KeyPress(parsing: "Hyper-q") == nil)
        #expect(KeyPress(parsing: "") == nil)
        #expect(KeyPress(parsing: "F99") == nil)
    }

    @Test func everyCommandHasOneRowWithKeysAndHelp() {
        for c in Command.allCases {
            let rows = KeyBinding.defaults.filter { $0.command == c }
            #expect(rows.count == 1, "\(c)")
            #expect(rows.first.map { !$0.keys.isEmpty && !$0.help.isEmpty && !$0.contexts.isEmpty } == true, "\(c)")
        }
    }

    @Test func noKeyMeansTwoThingsInOneContext() {
        for context in KeyContext.allCases {
            var seen: [KeyPress: Command] = [:]
            for b in KeyBinding.defaults where b.contexts.contains(context) {
                for k in b.keys {
                    #expect(seen[k] == nil, "\(k) in \(context): \(seen[k].map { "\($0)" } ?? "") and \(b.command)")
                    seen[k] = b.command
                }
            }
        }
    }

    @Test func theIssuesDefaultKeys() {
        let k = Keymap.standard
        let expected: [(String, KeyContext, Command)] = [
            ("j", .list, .down), ("k", .reader, .up), ("g", .list, .top), ("G", .list, .bottom),
            ("Home", .reader, .top), ("End", .reader, .bottom),
            ("C-d", .reader, .halfPageDown), ("C-u", .reader, .halfPageUp), ("PgDn", .list, .pageDown),
            ("PgUp", .list, .pageUp), ("Space", .reader, .pageDown),
            ("Enter", .list, .open), ("Tab", .reader, .switchPane), ("]", .reader, .nextQuote),
            ("[", .reader, .previousQuote),
            ("}", .reader, .nextSpeakerQuote), ("{", .reader, .previousSpeakerQuote), ("s", .reader, .pickSpeaker),
            ("S", .list, .filterSpeaker),
            ("f", .list, .filterEntity), ("F", .list, .clearFilters), ("/", .list, .search), ("n", .reader, .nextMatch),
            ("N", .reader, .previousMatch), ("N", .list, .toggleRead), ("A", .list, .markAllRead),
            ("H", .reader, .hideRead), ("j", .panel, .down), ("Enter", .panel, .accept), ("e", .panel, .entityPanel),
            ("d", .reader, .toggleDates), ("t", .list, .nextTheme), ("e", .reader, .entityPanel),
            ("L", .list, .loadReport), ("o", .reader, .openURL),
            ("?", .list, .help), ("q", .list, .back), ("Esc", .reader, .close), ("C-l", .list, .redraw),
            ("C-z", .reader, .suspend),
            ("Enter", .picker, .accept), ("Esc", .prompt, .cancel),
        ]
        for (key, context, command) in expected {
            #expect(k.command(for: KeyPress(parsing: key)!, in: context) == command, "\(key) in \(context)")
        }
    }

    @Test func rebindingMovesKeysAndReportsBadNames() throws {
        var k = Keymap.standard
        try k.rebind("next-quote", to: ["n", "C-n"])
        #expect(k.command(for: .char("n"), in: .reader) == .nextQuote)
        #expect(k.keys(for: .nextMatch).isEmpty)
        #expect(k.command(for: .char("]"), in: .reader) == nil)
        #expect(throws: KeymapError.unknownAction("fly")) { try k.rebind("fly", to: ["x"]) }
        #expect(throws: KeymapError.unknownKey(action: "top", key: "Hyper-x")) { try k.rebind("top", to: ["Hyper-x"]) }
    }

    @Test func helpIsGeneratedFromTheKeymapInForce() throws {
        var k = Keymap.standard
        try k.rebind("toggle-dates", to: ["D"])
        let lines = HelpOverlay.lines(k)
        #expect(lines.contains { $0.keys == "D" && $0.text == "Show resolved dates inline" })
        #expect(!lines.contains { $0.keys == "d" })
        // One line per binding, two for the mouse, one per colour of the legend.
        let entries = lines.filter { !$0.isHeading && !$0.keys.isEmpty }
        #expect(entries.count == KeyBinding.defaults.count + 2 + Legend.entries.count)
        #expect(entries.filter { $0.sample != nil }.map(\.text) == Legend.entries.map(\.meaning))
    }
}

@Suite struct KeymapConfigTests {
    @Test func aKeysTableRebinds() throws {
        var k = Keymap.standard
        try k.apply(TOMLSubset("[keys]\nnext-quote = [\"x\", \"C-n\"]\nhelp = \"F1\"\n", file: "config.toml"))
        #expect(k.command(for: .char("x"), in: .reader) == .nextQuote)
        #expect(k.command(for: KeyPress(.function(1)), in: .list) == .help)
        #expect(k.command(for: .char("?"), in: .list) == nil)
    }

    @Test func badEntriesNameFileLineAndKey() throws {
        var k = Keymap.standard
        #expect(
            throws: TOMLError(
                file: "config.toml", line: 3, key: "keys.fly", message: KeymapError.unknownAction("fly").description)
        ) {
            try k.apply(TOMLSubset("[keys]\nhelp = \"h\"\nfly = \"x\"\n", file: "config.toml"))
        }
        #expect(throws: TOMLError.self) { try k.apply(TOMLSubset("[keys]\nhelp = 3\n", file: "config.toml")) }
    }

    @Test func escapeNeverQuits() {
        var s = Fixtures.state()
        #expect(s.keys("Esc").isEmpty)
        s.keys("Enter", "Esc")
        #expect(s.focus == .list)
        #expect(s.keys("Esc", "Esc").isEmpty)
    }
}
