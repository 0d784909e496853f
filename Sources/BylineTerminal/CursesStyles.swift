import BylineUI
import CNcursesw

/// Turns a theme's styles into curses attributes and colour pairs for the terminal at hand,
/// allocating pairs (and, where the palette can be redefined, palette slots) as styles first appear.
final class CursesStyles {
    let depth: ColorDepth
    /// Whether -1 means "the terminal's own colour" (use_default_colors succeeded).
    private let defaultColors: Bool
    private let maxPairs: Int
    private let maxColors: Int
    private var pairs: [PairKey: Int32] = [:]
    private var slots: [ColorMath.RGB: Int32] = [:]
    /// The next palette slot to redefine; slots 0–15 keep the user's ANSI colours.
    private var nextSlot: Int32 = 16

    private struct PairKey: Hashable { var fg: Int32, bg: Int32 }

    /// A style as curses draws it.
    struct Drawn: Equatable {
        var attributes: attr_t
        var pair: Int32
    }

    init(depth: ColorDepth, defaultColors: Bool, maxPairs: Int, maxColors: Int) {
        self.depth = depth
        self.defaultColors = defaultColors
        self.maxPairs = maxPairs
        self.maxColors = maxColors
    }

    func drawn(_ style: Style) -> Drawn {
        var attrs = Self.attributes(style.attributes)
        guard depth != .monochrome else {
            // Without colour a background is the only thing telling a selection apart: keep it visible.
            if style.background != .terminalDefault { attrs ^= BYLINE_A_REVERSE }
            return Drawn(attributes: attrs, pair: 0)
        }
        var fg = number(for: style.foreground, isForeground: true)
        let bg = number(for: style.background, isForeground: false)
        if depth == .ansi8, case .ansi(let n) = style.foreground, n >= 8 {
            // Eight-colour terminals show the bright half of the palette as bold.
            attrs |= BYLINE_A_BOLD
            fg = Int32(n - 8)
        }
        return Drawn(attributes: attrs, pair: pair(fg: fg, bg: bg))
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

    /// The curses colour number for a theme colour at this depth.
    private func number(for color: Color, isForeground: Bool) -> Int32 {
        if case .terminalDefault = color {
            if defaultColors { return -1 }
            return isForeground ? Int32(COLOR_WHITE) : Int32(COLOR_BLACK)
        }
        if case .ansi(let n) = color, depth != .direct { return Int32(depth == .ansi8 ? n & 7 : min(max(n, 0), 15)) }
        if case .indexed(let n) = color, n < 16, depth != .direct { return Int32(depth == .ansi8 ? n & 7 : max(n, 0)) }
        if case .indexed(let n) = color, depth == .indexed256 { return Int32(min(n, 255)) }
        guard let rgb = ColorMath.rgb(of: color) else { return -1 }
        switch depth {
        case .direct:
            // Direct-colour terminfo entries send numbers below 8 as ANSI colours: lift near-black above them.
            return Int32(max(rgb.packed, 8))
        case .redefinable:
            return slot(for: rgb)
        case .indexed256:
            return Int32(ColorMath.nearest256(rgb))
        case .ansi16:
            return Int32(ColorMath.nearestANSI(rgb, count: 16))
        case .ansi8, .monochrome:
            return Int32(ColorMath.nearestANSI(rgb, count: 8))
        }
    }

    /// A redefined palette slot holding exactly `rgb`; the nearest ANSI colour once slots run out.
    private func slot(for rgb: ColorMath.RGB) -> Int32 {
        if let s = slots[rgb] { return s }
        guard Int(nextSlot) < min(maxColors, 256) else { return Int32(ColorMath.nearestANSI(rgb, count: 16)) }
        let s = nextSlot
        nextSlot += 1
        func permille(_ v: Int) -> Int32 { Int32(v * 1000 / 255) }
        guard init_extended_color(s, permille(rgb.r), permille(rgb.g), permille(rgb.b)) == OK else {
            return Int32(ColorMath.nearestANSI(rgb, count: 16))
        }
        slots[rgb] = s
        return s
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
