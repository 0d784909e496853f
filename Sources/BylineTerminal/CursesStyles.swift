import BylineUI
import CNcursesw

/// Turns a theme's styles into curses attributes and colour pairs for the terminal at hand:
/// colours are degraded to the terminal's depth (`Style.degraded(to:)`), then given curses colour
/// numbers, allocating pairs on first use. The terminal's palette is never redefined: it is the
/// user's, and resetting it on exit would throw their own colours away.
final class CursesStyles {
    /// How RGB colours reach the screen when the depth is `.trueColor`.
    enum RGBMode: Equatable {
        /// Colour numbers are 24-bit RGB values (terminfo entries such as xterm-direct).
        case direct
        /// No RGB: colours are palette indices.
        case none
    }

    let depth: ColorDepth
    let rgbMode: RGBMode
    /// Whether -1 means "the terminal's own colour" (use_default_colors succeeded).
    private let defaultColors: Bool
    private let maxPairs: Int
    private var pairs: [PairKey: Int32] = [:]

    private struct PairKey: Hashable { var fg: Int32, bg: Int32 }

    /// A style as curses draws it.
    struct Drawn: Equatable {
        var attributes: attr_t
        var pair: Int32
    }

    init(depth: ColorDepth, rgbMode: RGBMode, defaultColors: Bool, maxPairs: Int) {
        self.depth = depth
        self.rgbMode = depth == .trueColor ? rgbMode : .none
        self.defaultColors = defaultColors
        self.maxPairs = maxPairs
    }

    /// The depth and RGB mode for what curses reports; `hasColors` is false when colours are off
    /// (NO_COLOR, decided by the caller) or the terminal has none.
    static func detect(hasColors: Bool, colors: Int) -> (ColorDepth, RGBMode) {
        guard hasColors, colors >= 8 else { return (.none, .none) }
        if colors >= 1 << 24 { return (.trueColor, .direct) }
        return (ColorDepth(colors: colors, directColor: false), .none)
    }

    func drawn(_ style: Style) -> Drawn {
        guard depth != .none else {
            var attrs = Self.attributes(style.attributes)
            // Without colour a background is the only thing telling a selection apart: keep it visible.
            if style.background != .terminalDefault { attrs ^= BYLINE_A_REVERSE }
            return Drawn(attributes: attrs, pair: 0)
        }
        let shown = style.degraded(to: depth)
        let fg = number(for: shown.foreground, isForeground: true)
        let bg = number(for: shown.background, isForeground: false)
        return Drawn(attributes: Self.attributes(shown.attributes), pair: pair(fg: fg, bg: bg))
    }

    static func attributes(_ a: Attributes) -> attr_t {
        var out = BYLINE_A_NORMAL
        if a.contains(.bold) { out |= BYLINE_A_BOLD }
        if a.contains(.underline) { out |= BYLINE_A_UNDERLINE }
        if a.contains(.italic) { out |= BYLINE_A_ITALIC }
        if a.contains(.reverse) { out |= BYLINE_A_REVERSE }
        if a.contains(.dim) { out |= BYLINE_A_DIM }
        return out
    }

    /// The curses colour number for a colour already degraded to the terminal's depth.
    func number(for color: Color, isForeground: Bool) -> Int32 {
        switch color {
        case .terminalDefault:
            if defaultColors { return -1 }
            return isForeground ? Int32(COLOR_WHITE) : Int32(COLOR_BLACK)
        case .ansi(let n):
            let n = min(max(n, 0), 15)
            return rgbMode == .direct && n >= 8 ? rgbNumber(index: n) : Int32(n)
        case .indexed(let n):
            let n = min(max(n, 0), 255)
            if n < 16 { return number(for: .ansi(n), isForeground: isForeground) }
            return rgbMode == .none ? Int32(n) : rgbNumber(index: n)
        case .rgb(let r, let g, let b):
            let packed = Int(r) << 16 | Int(g) << 8 | Int(b)
            switch rgbMode {
            // Direct-colour terminfo entries send numbers below 8 as ANSI colours: lift near-black above them.
            case .direct: return Int32(max(packed, 8))
            case .none: return Int32(Color.nearest256(r, g, b))
            }
        }
    }

    /// A palette index as an RGB colour number: in direct mode the numbers above 16 are not the
    /// xterm palette.
    private func rgbNumber(index n: Int) -> Int32 {
        let (r, g, b) = Color.rgb(ofIndex: n)
        return number(for: .rgb(UInt8(r), UInt8(g), UInt8(b)), isForeground: true)
    }

    /// The colour pair for (fg, bg), allocated on first use; pair 0 (the default colours) once the
    /// terminal's pairs run out.
    private func pair(fg: Int32, bg: Int32) -> Int32 {
        if fg == -1 && bg == -1 && defaultColors { return 0 }
        let key = PairKey(fg: fg, bg: bg)
        if let p = pairs[key] { return p }
        let p = Int32(pairs.count + 1)
        guard Int(p) < maxPairs, init_extended_pair(p, fg, bg) == OK else { return 0 }
        pairs[key] = p
        return p
    }
}
