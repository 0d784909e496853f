/// How many colours a terminal can show; themes are degraded to it before drawing.
public enum ColorDepth: Sendable, Hashable, CaseIterable {
    case trueColor
    case indexed256
    case ansi16
    case ansi8
    /// No colour at all (NO_COLOR, or a terminal without colours): attributes only.
    case none

    /// The depth for a terminal reporting `colors` colours (ncurses' COLORS) and whether it
    /// accepts direct RGB (COLORTERM=truecolor/24bit).
    public init(colors: Int, directColor: Bool) {
        if colors <= 1 {
            self = .none
        } else if directColor {
            self = .trueColor
        } else if colors >= 256 {
            self = .indexed256
        } else if colors >= 16 {
            self = .ansi16
        } else {
            self = .ansi8
        }
    }
}

extension Color {
    /// The colour as a terminal of `depth` can show it; `terminalDefault` when it has no colours.
    public func degraded(to depth: ColorDepth) -> Color {
        switch (self, depth) {
        case (.terminalDefault, _), (_, .trueColor): return self
        case (_, .none): return .terminalDefault
        case (.rgb(let r, let g, let b), .indexed256): return .indexed(Color.nearest256(r, g, b))
        case (.rgb(let r, let g, let b), .ansi16): return .ansi(Color.nearest16(Color.nearest256(r, g, b)))
        case (.rgb(let r, let g, let b), .ansi8): return .ansi(Color.nearest8(Color.nearest256(r, g, b)))
        case (.indexed(let i), .indexed256): return .indexed(i)
        case (.indexed(let i), .ansi16): return .ansi(Color.nearest16(i))
        case (.indexed(let i), .ansi8): return .ansi(Color.nearest8(i))
        case (.ansi(let i), .ansi8): return .ansi(i & 7)
        case (.ansi, _): return self
        }
    }

    /// The six levels of each channel in the xterm 6x6x6 colour cube (indices 16-231).
    static let cubeLevels: [Int] = [0, 95, 135, 175, 215, 255]

    /// The RGB value of an xterm 256-colour index.
    public static func rgb(ofIndex i: Int) -> (Int, Int, Int) {
        let i = min(max(i, 0), 255)
        if i < 16 {
            let base: [(Int, Int, Int)] = [
                (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205),
                (229, 229, 229),
                (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255),
                (255, 255, 255),
            ]
            return base[i]
        }
        if i >= 232 {
            let v = 8 + (i - 232) * 10
            return (v, v, v)
        }
        let c = i - 16
        return (cubeLevels[c / 36], cubeLevels[(c / 6) % 6], cubeLevels[c % 6])
    }

    static func distance(_ a: (Int, Int, Int), _ b: (Int, Int, Int)) -> Int {
        let dr = a.0 - b.0
        let dg = a.1 - b.1
        let db = a.2 - b.2
        return 2 * dr * dr + 4 * dg * dg + 3 * db * db
    }

    /// The nearest xterm 256-colour index to an RGB colour, from the cube or the grey ramp
    /// (never 0-15, whose values vary between terminals).
    public static func nearest256(_ r: UInt8, _ g: UInt8, _ b: UInt8) -> Int {
        let target = (Int(r), Int(g), Int(b))
        var best = 16
        var bestDistance = Int.max
        for i in 16...255 {
            let d = distance(rgb(ofIndex: i), target)
            if d < bestDistance {
                best = i
                bestDistance = d
            }
        }
        return best
    }

    /// The ANSI colour (of 16) that shows a 256-colour index.
    public static func nearest16(_ index: Int) -> Int { ansiHue(of: index, bright: true) }

    /// The ANSI colour (of the basic 8) that shows a 256-colour index.
    public static func nearest8(_ index: Int) -> Int {
        index < 16 ? index & 7 : ansiHue(of: index, bright: false)
    }

    /// A colour keeps its hue on a 8- or 16-colour terminal: the pastel blue, green and pink a
    /// theme gives people, organisations and places would all be nearest to white by distance,
    /// and roles would merge. Greys go to the nearest grey by lightness.
    static func ansiHue(of index: Int, bright allowed: Bool) -> Int {
        if index < 16 { return allowed ? index : index & 7 }
        let (r, g, b) = rgb(ofIndex: index)
        let high = max(r, g, b)
        let low = min(r, g, b)
        let chroma = high - low
        guard chroma >= 32 else {
            // With eight colours a mid grey (a border, a dimmed line) stays visible as white.
            guard allowed else { return high >= 64 ? 7 : 0 }
            return [0, 8, 7, 15].min { abs(rgb(ofIndex: $0).0 - high) < abs(rgb(ofIndex: $1).0 - high) } ?? 7
        }
        let hue: Int
        if high == r {
            hue = (60 * (g - b) / chroma + 360) % 360
        } else if high == g {
            hue = 60 * (b - r) / chroma + 120
        } else {
            hue = 60 * (r - g) / chroma + 240
        }
        // Sectors of 60° centred on red, yellow, green, cyan, blue, magenta.
        let basic = [1, 3, 2, 6, 4, 5][((hue + 30) / 60) % 6]
        // Light, washed-out colours are the bright half of the palette.
        return allowed && high >= 200 && low >= 80 ? basic + 8 : basic
    }
}

extension Style {
    /// The style for a terminal of `depth`; attributes always survive. Eight-colour terminals
    /// show the bright half of the palette as bold, so a bright foreground keeps its brightness
    /// as bold there, also once the theme is degraded whole before it is drawn.
    public func degraded(to depth: ColorDepth) -> Style {
        var attributes = attributes
        if depth == .ansi8, case .ansi(let n) = foreground, n >= 8 { attributes.insert(.bold) }
        return Style(
            foreground: foreground.degraded(to: depth), background: background.degraded(to: depth),
            attributes: attributes)
    }
}
