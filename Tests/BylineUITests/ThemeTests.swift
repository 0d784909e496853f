import Foundation
import Testing

@testable import BylineUI

@Suite struct ThemeTests {
    static let themesDir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
        "../../themes"
    ).standardized.path

    /// A bundled theme, read from the repository's `themes/`.
    static func bundled(_ name: String) throws -> Theme {
        let path = themesDir + "/" + name + ".toml"
        return try Theme(toml: String(contentsOfFile: path, encoding: .utf8), file: path)
    }

    @Test(arguments: Theme.bundledNames) func bundledThemesParseAndCoverEveryRole(name: String) throws {
        let t = try ThemeTests.bundled(name)
        #expect(t.name == name)
        for role in Role.allCases where role != .normal && role != .listRead && role != .help {
            #expect(t.styles[role] != nil, "\(name) lacks \(role.rawValue)")
        }
    }

    @Test func monochromeKeepsTheHighlightRolesApartByAttributesAlone() throws {
        let t = try ThemeTests.bundled("monochrome")
        let roles: [Role] = [.person, .speaker, .organization, .place, .date, .quote, .searchMatch, .listSelected]
        let looks = roles.map { t.style(for: $0) }
        #expect(Set(looks).count == looks.count)
        #expect(looks.allSatisfy { $0.foreground == .terminalDefault && $0.background == .terminalDefault })
    }

    @Test func coloursAndAttributesAsThemesWriteThem() throws {
        let t = try Theme(
            toml: """
                name = "x"
                speakers = ["red", "#102030", "200"]
                [person]
                fg = "#ff8700"
                bg = 17
                attrs = ["bold", "underline"]
                [search.match]
                fg = "bright-blue"
                attrs = ["reverse"]
                """, file: "x.toml")
        #expect(
            t.style(for: .person)
                == Style(foreground: .rgb(255, 135, 0), background: .indexed(17), attributes: [.bold, .underline]))
        #expect(t.style(for: .searchMatch).foreground == .ansi(12))
        #expect(t.speakerColors == [.ansi(1), .rgb(16, 32, 48), .indexed(200)])
        #expect(t.style(for: .speaker, accent: 2).foreground == .rgb(16, 32, 48))
        #expect(t.style(for: .speaker, accent: 4).foreground == .ansi(1))
    }

    @Test(
        arguments: [
            ("[person]\nfg = \"bluish\"\n", 2, "person.fg", "not a colour"),
            ("name = \"x\"\n\n[persn]\nfg = \"red\"\n", 3, "persn", "unknown role"),
            ("[person]\nattrs = [\"blink\"]\n", 2, "person.attrs", "unknown attribute 'blink'"),
            ("[person]\ncolour = \"red\"\n", 2, "person.colour", "unknown key"),
            ("# ok\n[person]\nfg = \"red\n", 3, "fg", "string not closed"),
            ("[person]\nfg = 300\n", 2, "person.fg", "not a colour"),
            ("[person]\nfg = \"red\"\nfg = \"blue\"\n", 3, "fg", "defined twice"),
            ("[person\n", 1, nil, "expected ']'"),
        ] as [(String, Int, String?, String)])
    func brokenThemesNameFileLineAndKey(text: String, line: Int, key: String?, message: String) {
        do {
            _ = try Theme(toml: text, file: "themes/broken.toml")
            Issue.record("parsed a broken theme")
        } catch {
            #expect(error.file == "themes/broken.toml")
            #expect(error.line == line)
            #expect(error.key == key)
            #expect(error.message.contains(message), "\(error)")
            #expect(error.description.hasPrefix("themes/broken.toml:\(line): "))
        }
    }

    @Test func degradingColours() {
        #expect(Color.nearest256(255, 135, 0) == 208)
        #expect(Color.nearest256(0, 0, 0) == 16)
        #expect(Color.nearest256(128, 128, 128) == 244)
        #expect(Color.nearest8(196) == 1)
        #expect(Color.nearest8(21) == 4)
        #expect(Color.nearest8(231) == 7)
        #expect(Color.nearest16(9) == 9)
        #expect(Color.rgb(255, 135, 0).degraded(to: .indexed256) == .indexed(208))
        #expect(Color.rgb(255, 0, 0).degraded(to: .ansi8) == .ansi(1))
        #expect(Color.ansi(12).degraded(to: .ansi8) == .ansi(4))
        #expect(Color.indexed(46).degraded(to: .trueColor) == .indexed(46))
        #expect(Color.rgb(1, 2, 3).degraded(to: .none) == .terminalDefault)
        let s = Style(foreground: .rgb(255, 0, 0), background: .indexed(17), attributes: [.bold])
        #expect(s.degraded(to: .none) == Style(attributes: [.bold]))
        // On 8 colours a bright foreground is its base colour in bold, also in a theme degraded
        // whole before it is drawn (the high-contrast theme's bright white title).
        let bright = Style(foreground: .ansi(15), attributes: [.underline])
        #expect(bright.degraded(to: .ansi8) == Style(foreground: .ansi(7), attributes: [.underline, .bold]))
        #expect(bright.degraded(to: .ansi8).degraded(to: .ansi8).attributes.contains(.bold))
        #expect(bright.degraded(to: .ansi16) == bright)
        #expect(ColorDepth(colors: 256, directColor: false) == .indexed256)
        #expect(ColorDepth(colors: 8, directColor: false) == .ansi8)
        #expect(ColorDepth(colors: 0, directColor: true) == .none)
    }

    @Test func sgrSequences() {
        #expect(ANSIStyle.sgr(Style(foreground: .ansi(1), attributes: [.bold])) == "\u{1B}[1;31m")
        #expect(ANSIStyle.sgr(Style(foreground: .ansi(9), background: .indexed(17))) == "\u{1B}[91;48;5;17m")
        #expect(ANSIStyle.sgr(Style(foreground: .rgb(1, 2, 3))) == "\u{1B}[38;2;1;2;3m")
        #expect(ANSIStyle.sgr(Style()) == "")
    }
}

@Suite struct TOMLSubsetTests {
    @Test func theSubset() throws {
        let doc = try TOMLSubset(
            """
            # comment
            data = "~/news"   # trailing comment
            theme = 'light'
            count = -3
            mouse = true

            [keys]
            next-quote = ["]", "C-n"]
            "quoted key" = "a \\"b\\" \\u00e9"
            [a.b]
            x = 1_000
            """, file: "c.toml")
        #expect(doc.tables[""]?["data"]?.value == .string("~/news"))
        #expect(doc.tables[""]?["theme"]?.value == .string("light"))
        #expect(doc.tables[""]?["count"]?.value == .integer(-3))
        #expect(doc.tables[""]?["mouse"]?.value == .boolean(true))
        #expect(doc.tables["keys"]?["next-quote"]?.value == .strings(["]", "C-n"]))
        #expect(doc.tables["keys"]?["next-quote"]?.line == 8)
        #expect(doc.tables["keys"]?["quoted key"]?.value == .string("a \"b\" é"))
        #expect(doc.tables["a.b"]?["x"]?.value == .integer(1000))
        #expect(doc.tableOrder == ["keys", "a.b"])
    }

    @Test func windowsLineEndings() throws {
        let doc = try TOMLSubset("a = 1\r\n[t]\r\nb = \"x\"\r\n", file: "w.toml")
        #expect(doc.tables["t"]?["b"]?.value == .string("x"))
        #expect(doc.tables["t"]?["b"]?.line == 3)
    }

    @Test(arguments: ["a = [1, 2]", "a = ", "= 3", "a = \"x\" y", "a = [\"x\"", "a = \"\\q\"", "[a]\n[a]"])
    func rejected(text: String) {
        #expect(throws: TOMLError.self) { try TOMLSubset(text, file: "f") }
    }
}

/// What a person needs to tell the roles apart: every bundled theme at every depth.
@Suite struct ThemeLegibilityTests {
    @Test(arguments: ["dark", "light", "high-contrast"], [ColorDepth.ansi8, .ansi16, .indexed256])
    func everyEntityRoleStaysApartFromTheOthersAndFromSpeakers(name: String, depth: ColorDepth) throws {
        let t = try ThemeTests.bundled(name).degraded(to: depth)
        let types: [Role] = [.normal, .person, .organization, .place, .date, .quote]
        let typeLooks = types.map { t.style(for: $0) }
        #expect(Set(typeLooks).count == types.count, "\(name) at \(depth): \(typeLooks)")
        // A speaker's name may share a hue with a type on 8 colours; its attributes still differ.
        for accent in 1...UInt8(SpeakerAccent.count) {
            let speaker = t.style(for: .speaker, accent: accent)
            #expect(!typeLooks.contains(speaker), "\(name) at \(depth): speaker \(accent) looks like a type")
        }
    }

    @Test(arguments: ["dark", "light", "high-contrast"], [ColorDepth.ansi8, .ansi16])
    func speakerColoursKeepOutOfTheTypesColoursOnFewColours(name: String, depth: ColorDepth) throws {
        let t = try ThemeTests.bundled(name).degraded(to: depth)
        let types = Set([Role.person, .organization, .place, .date].map { t.style(for: $0).foreground })
        #expect(!t.speakerColors.isEmpty)
        #expect(Set(t.speakerColors).isDisjoint(with: types), "\(name) at \(depth): \(t.speakerColors)")
    }

    @Test(arguments: ["dark", "light", "high-contrast"])
    func speakerColoursDifferFromEachOtherAndFromTheTypes(name: String) throws {
        let t = try ThemeTests.bundled(name).degraded(to: .indexed256)
        func index(_ c: Color) -> Int? {
            switch c {
            case .indexed(let i), .ansi(let i): return i
            default: return nil
            }
        }
        let types = [Role.person, .organization, .place, .date].compactMap { index(t.style(for: $0).foreground) }
        let speakers = t.speakerColors.compactMap(index)
        #expect(speakers.count == SpeakerAccent.count && types.count == 4)
        #expect(Set(speakers).count == speakers.count, "\(name): \(speakers)")
        #expect(Set(speakers).isDisjoint(with: types), "\(name): \(speakers) against \(types)")
        guard name != "high-contrast" else { return }
        // Not neighbours either: far apart in the 256-colour cube.
        let all = speakers + types
        for (i, a) in all.enumerated() {
            for b in all[(i + 1)...] where !(types.contains(a) && types.contains(b)) {
                let d = Color.distance(Color.rgb(ofIndex: a), Color.rgb(ofIndex: b))
                #expect(d >= 12_000, "\(name): colours \(a) and \(b) are too close (\(d))")
            }
        }
    }

    @Test func pastelColoursKeepTheirHueOnFewColours() {
        // The dark theme's person, organisation and place colours.
        #expect(Color.rgb(0x87, 0xd7, 0xff).degraded(to: .ansi8) == .ansi(6))
        #expect(Color.rgb(0x87, 0xd7, 0x87).degraded(to: .ansi8) == .ansi(2))
        #expect(Color.rgb(0xd7, 0x87, 0xd7).degraded(to: .ansi8) == .ansi(5))
        #expect(Color.rgb(0x87, 0xd7, 0xff).degraded(to: .ansi16) == .ansi(14))
        #expect(Color.indexed(240).degraded(to: .ansi8) == .ansi(7))
        #expect(Color.indexed(236).degraded(to: .ansi8) == .ansi(0))
    }

}
