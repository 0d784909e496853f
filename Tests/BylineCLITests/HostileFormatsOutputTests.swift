import Foundation
import Testing

/// Escape sequences, C1 controls and bidi overrides can arrive in every format Byline reads; the
/// human-readable commands (`show`, and the `list`, `entities` and `quotes` tables) must print them
/// as placeholders, never raw, whatever format carried them.
@Suite struct HostileFormatsOutputTests {
    /// OSC (window title), CSI (clear screen), C1 CSI and OSC, a bidi override and isolate, a
    /// right-to-left mark, the Arabic letter mark, DEL, backspace and a bare CR.
    static let payload =
        "\u{1B}]0;PWNED\u{07}\u{1B}[2J\u{9B}31m\u{9D}0;X\u{9C}\u{202E}\u{2067}\u{200F}\u{061C}\u{7F}\u{08}\r"
    /// What XML 1.0 allows as characters (no C0 controls): the rest of the payload arrives as HTML
    /// character references inside the item's markup, which the HTML reader decodes.
    static let xmlPayload = "\u{9B}31m\u{9D}0;X\u{9C}\u{202E}\u{2067}\u{200F}\u{061C}\u{7F}"
    static let htmlReferences = "&amp;#x1B;]0;PWNED&amp;#7;&amp;#x1B;[2J&amp;#155;31m"

    /// Scalars that must never reach a terminal raw: C0 controls other than line feed, DEL, C1
    /// controls, and every bidi control (the marks U+200E/F and U+061C, the embeddings,
    /// overrides and isolates).
    static func isHostile(_ u: Unicode.Scalar) -> Bool {
        (u.value < 0x20 && u != "\n") || (0x7F...0x9F).contains(u.value) || (0x202A...0x202E).contains(u.value)
            || (0x2066...0x2069).contains(u.value) || [0x200E, 0x200F, 0x061C].contains(u.value)
    }

    static func expectInert(_ output: String, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let raw = output.unicodeScalars.filter(isHostile).map { String(format: "U+%04X", $0.value) }
        #expect(raw.isEmpty, "\(what): raw \(Set(raw).sorted())", sourceLocation: sourceLocation)
    }

    static func quote(_ marker: String, _ payload: String) -> String {
        "\u{201C}We \(marker) will \(payload)watch,\u{201D} Jean Lee said on Monday in Seoul."
    }

    /// One article per format, each with the payload in its title, source and quoted body, and a
    /// marker word of its own so the test can see that its text reached the output.
    static func collection() throws -> (dir: URL, files: [String: String], env: [String: String]) {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("byline-formats-\(UUID().uuidString)")
        let data = dir.appendingPathComponent("data")
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        let p = payload
        let jsonP = p.unicodeScalars.map { $0.value < 0x20 ? String(format: "\\u%04x", $0.value) : String($0) }
            .joined()
        let files: [String: String] = [
            "plain.txt": "Plain \(p)title\n\n\(quote("plaintext", p))\n",
            "note.md": "---\ntitle: \"Markdown \(p)title\"\nsource: \"Wire \(p)\"\n---\n\n\(quote("markdown", p))\n",
            "page.html": """
            <html><head><title>Page \(p)title &#x1B;[2J</title>
            <meta property="og:site_name" content="Wire &#27;]0;PWNED&#7; \(p)"></head>
            <body><article><h1>Page \(p)title &#x1B;[2J</h1>
            <p>\(quote("hypertext", p + "&#x1B;]0;PWNED&#x07;&#155;31m&#x202E;"))</p></article></body></html>
            """,
            "item.json":
                #"{"title": "Object \#(jsonP)title", "source": "Wire \#(jsonP)", "body": "\#(quote("objectjson", jsonP))"}"#,
            "lines.jsonl":
                #"{"title": "Line \#(jsonP)title", "source": "Wire \#(jsonP)", "body": "\#(quote("linejson", jsonP))"}"#
                + "\n",
            "wire.rss": """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>Wire \(xmlPayload)</title><link>https://example.org/</link>
            <item><title>Feed \(xmlPayload)title</title><link>https://example.org/a</link>
            <description>&lt;p&gt;\(quote("rssfeed", xmlPayload + htmlReferences))&lt;/p&gt;</description></item>
            </channel></rss>
            """,
            "wire.atom": """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Atom \(xmlPayload)</title>
            <entry><title>Entry \(xmlPayload)title</title><link href="https://example.org/b"/>
            <updated>2022-01-14T10:00:00Z</updated>
            <content type="html">&lt;p&gt;\(quote("atomfeed", xmlPayload + htmlReferences))&lt;/p&gt;</content></entry></feed>
            """,
        ]
        for (name, content) in files {
            try content.write(to: data.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        var env = ProcessInfo.processInfo.environment
        env["XDG_CACHE_HOME"] = dir.appendingPathComponent("cache").path
        return (dir, files, env)
    }

    static let markers = [
        "plain.txt": "plaintext", "note.md": "markdown", "page.html": "hypertext", "item.json": "objectjson",
        "lines.jsonl": "linejson", "wire.rss": "rssfeed", "wire.atom": "atomfeed",
    ]

    @Test(.timeLimit(.minutes(1))) func showPrintsEveryFormatInert() throws {
        let (dir, files, env) = try Self.collection()
        defer { try? FileManager.default.removeItem(at: dir) }
        for name in files.keys.sorted() {
            let path = dir.appendingPathComponent("data/\(name)").path
            let r = try Binary.run(["show", path, "--width", "200"], environment: env, timeout: 30)
            #expect(r.status == 0, "\(name): \(r.stderr)")
            #expect(r.stdout.contains(try #require(Self.markers[name])), "\(name): text missing:\n\(r.stdout)")
            // Controls are shown as visible placeholders, not dropped, whether they came raw or
            // (in HTML, feeds and newsboat) as character references, which XML cannot carry raw.
            #expect(r.stdout.contains("<U+009B>"), "\(name): no placeholder for C1 CSI:\n\(r.stdout)")
            #expect(r.stdout.contains("\u{241B}"), "\(name): no placeholder for ESC:\n\(r.stdout)")
            // Direction marks and isolates draw nothing and are dropped; an override stays visible.
            #expect(r.stdout.contains("<U+202E>\u{2421}"), "\(name): RLI, RLM or ALM not dropped:\n\(r.stdout)")
            Self.expectInert(r.stdout, "show \(name)")
            Self.expectInert(r.stderr, "show \(name) (standard error)")
        }
    }

    @Test(.timeLimit(.minutes(1))) func tablesPrintEveryFormatInert() throws {
        let (dir, _, env) = try Self.collection()
        defer { try? FileManager.default.removeItem(at: dir) }
        let data = dir.appendingPathComponent("data").path
        let list = try Binary.run(["list", data], environment: env, timeout: 30)
        #expect(list.status == 0, "\(list.stderr)")
        for title in ["Plain", "Markdown", "Page", "Object", "Line", "Feed", "Entry"] {
            #expect(list.stdout.contains(title + " "), "list lacks \(title):\n\(list.stdout)")
        }
        let quotes = try Binary.run(["quotes", data], environment: env, timeout: 30)
        #expect(quotes.status == 0, "\(quotes.stderr)")
        for marker in Self.markers.values {
            #expect(quotes.stdout.contains(marker), "quotes lacks \(marker):\n\(quotes.stdout)")
        }
        let entities = try Binary.run(["entities", data], environment: env, timeout: 30)
        #expect(entities.status == 0, "\(entities.stderr)")
        #expect(entities.stdout.contains("Jean Lee"))
        for (what, r) in [("list", list), ("quotes", quotes), ("entities", entities)] {
            Self.expectInert(r.stdout, what)
            Self.expectInert(r.stderr, what + " (standard error)")
        }
    }

    /// The longest run of combining marks in `s`.
    static func longestMarkRun(_ s: String) -> Int {
        var longest = 0
        var run = 0
        for u in s.unicodeScalars {
            let mark = [.nonspacingMark, .enclosingMark].contains(u.properties.generalCategory)
            run = mark ? run + 1 : 0
            longest = max(longest, run)
        }
        return longest
    }

    /// Names and titles with a flood of 1,000 combining marks, a right-to-left mark and an emoji
    /// joiner sequence: every command that prints for a person cuts the flood to eight marks,
    /// shows the mark as a placeholder and the sequence's emoji side by side.
    @Test(.timeLimit(.minutes(1))) func marksAndEmojiSequencesInEveryTable() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("byline-names-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("names.jsonl")
        try (try HostileNames.line(payload: Self.payload) + "\n").write(to: file, atomically: true, encoding: .utf8)
        for args in [
            ["list", dir.path], ["entities", dir.path], ["quotes", dir.path], ["show", file.path, "--width", "200"],
        ] {
            let r = try Binary.run(args + (args[0] == "show" ? [] : ["--no-cache"]), timeout: 30)
            #expect(r.status == 0, "\(args): \(r.stderr)")
            Self.expectInert(r.stdout, "\(args)")
            #expect(Self.longestMarkRun(r.stdout) == 8, "\(args): \(Self.longestMarkRun(r.stdout)) marks in a row")
            #expect(!r.stdout.unicodeScalars.contains("\u{200D}"), "\(args): a joiner reached the output")
            #expect(r.stdout.contains("👨👩👧👦"), "\(args):\n\(r.stdout)")
            if ["entities", "quotes"].contains(args[0]) {
                #expect(r.stdout.contains("Jean ␛[31mLee Z"), "\(args):\n\(r.stdout)")
            }
        }
    }

    @Test(.timeLimit(.minutes(1))) func newsboatItemsPrintInert() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("byline-nbhostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let cache = dir.appendingPathComponent("cache.db").path
        NewsboatCacheFixture.write(
            to: cache,
            items: [
                .init(
                    guid: "evil", title: "Cached \(Self.payload)title", published: 1_642_118_400,
                    html: "<p>\(Self.quote("cachedfeed", Self.payload + "&#x1B;]0;PWNED&#7;"))</p>", unread: true)
            ])
        for args in [["list"], ["quotes"], ["entities"]] {
            let r = try Binary.run(args + ["--newsboat", cache, "--no-cache"], timeout: 30)
            #expect(r.status == 0, "\(args): \(r.stderr)")
            #expect(r.stdout.contains(args == ["list"] ? "Cached" : args == ["quotes"] ? "cachedfeed" : "Jean Lee"))
            Self.expectInert(r.stdout, "\(args) --newsboat")
            Self.expectInert(r.stderr, "\(args) --newsboat (standard error)")
        }
    }
}
