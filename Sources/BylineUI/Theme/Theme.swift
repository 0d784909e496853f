/// How every role looks: a table role -> style, plus the palette that gives each speaker a
/// colour of their own (quote gutters, labels and names carry it as the cell's accent).
public struct Theme: Sendable, Hashable {
    public var name: String
    public var styles: [Role: Style]
    /// Accent `a` (1...) of a cell takes `speakerColors[(a - 1) % count]` as its foreground.
    public var speakerColors: [Color]

    /// The bundled themes (the repository's `themes/`), in the order `t` cycles through them.
    public static let bundledNames = ["dark", "light", "high-contrast", "monochrome"]
    public static let defaultName = "dark"
    /// The bundled theme drawn with attributes alone, used whenever there is no colour.
    public static let attributeOnlyName = "monochrome"

    public init(name: String, styles: [Role: Style], speakerColors: [Color] = []) {
        self.name = name
        self.styles = styles
        self.speakerColors = speakerColors
    }

    /// The style of a cell: its role's style (`normal`'s when the theme leaves the role out),
    /// with the speaker colour as foreground when the cell has an accent. A role without a
    /// background of its own takes `normal`'s: a theme whose colours are chosen for one
    /// background paints it under every role, or its black headline would vanish on a black
    /// terminal (and a white one on a white terminal).
    public func style(for role: Role, accent: UInt8 = 0) -> Style {
        let normal = styles[.normal] ?? Style()
        var s = styles[role] ?? normal
        if s.background == .terminalDefault { s.background = normal.background }
        if accent > 0, !speakerColors.isEmpty {
            s.foreground = speakerColors[(Int(accent) - 1) % speakerColors.count]
        }
        return s
    }

    /// The same theme for a terminal with fewer colours: every colour mapped to the nearest
    /// one the terminal has; with none, attributes alone remain. Speaker colours that come out as
    /// the colour of a person, organisation, place or date are left out while others remain: on
    /// 8 colours an orange speaker and a cyan-ish one would otherwise read as a place or a person.
    public func degraded(to depth: ColorDepth) -> Theme {
        var t = self
        t.styles = styles.mapValues { $0.degraded(to: depth) }
        // Two colours apart in 256 may become the same one of 8: grey 242 on white 231 is
        // white on white there. Such a foreground becomes black or white, whichever the
        // background is not.
        for (role, style) in t.styles {
            let background = t.style(for: role).background
            guard style.foreground != .terminalDefault, style.foreground == background,
                case .ansi(let i) = background
            else { continue }
            let (r, g, b) = Color.rgb(ofIndex: i)
            t.styles[role]?.foreground = .ansi(r * 299 + g * 587 + b * 114 > 128_000 ? 0 : 7)
        }
        let speakers = depth == .none ? [] : speakerColors.map { $0.degraded(to: depth) }
        let types = Set([Role.person, .organization, .place, .date].compactMap { t.styles[$0]?.foreground })
        let apart = speakers.filter { !types.contains($0) }
        t.speakerColors = apart.isEmpty ? speakers : apart
        return t
    }

    /// The theme as a terminal of `depth` shows it, `plain` being the attribute-only theme.
    /// Without colour a theme that draws with colours loses every role its colours told apart
    /// (a search match would show nothing, a speaker's label and the current match would both be
    /// plain bold), so it takes `plain`'s attribute table: one table for every theme.
    public func degraded(to depth: ColorDepth, plain: Theme) -> Theme {
        guard depth == .none, !isAttributeOnly, plain.isAttributeOnly else { return degraded(to: depth) }
        return plain
    }

    /// Whether the theme draws with attributes alone, the only kind that keeps roles apart on a
    /// terminal without colour.
    public var isAttributeOnly: Bool {
        speakerColors.isEmpty
            && styles.values.allSatisfy { $0.foreground == .terminalDefault && $0.background == .terminalDefault }
    }
}

/// Speaker colours are assigned by name, the same in every run and every article.
public enum SpeakerAccent {
    /// How many accents there are; a theme's palette is cycled to cover them.
    public static let count = 8

    /// The accent (1...count) for a speaker's canonical name: FNV-1a, not `Hashable`, whose
    /// seed changes per process.
    public static func of(_ name: String) -> UInt8 {
        var h: UInt32 = 2_166_136_261
        for b in name.lowercased().utf8 { h = (h ^ UInt32(b)) &* 16_777_619 }
        return UInt8(h % UInt32(count)) + 1
    }
}
