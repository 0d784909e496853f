import BylineUI

/// How many colours the terminal can show, best first; a theme's colours are degraded to it.
enum ColorDepth: Sendable, Equatable {
    /// Colour numbers are 24-bit RGB values (terminfo entries such as xterm-direct).
    case direct
    /// 256 colours whose palette entries can be redefined: RGB colours get exact palette slots.
    case redefinable
    /// The xterm 256-colour palette.
    case indexed256
    case ansi16
    case ansi8
    /// No colour at all, or NO_COLOR is set: attributes alone keep roles apart.
    case monochrome

    /// The depth for what curses reports, honouring NO_COLOR (https://no-color.org: any non-empty value).
    static func detect(hasColors: Bool, colors: Int, canChangeColor: Bool, noColor: String?) -> ColorDepth {
        if let noColor, !noColor.isEmpty { return .monochrome }
        guard hasColors else { return .monochrome }
        if colors >= 1 << 24 { return .direct }
        if colors >= 256 { return canChangeColor ? .redefinable : .indexed256 }
        if colors >= 16 { return .ansi16 }
        if colors >= 8 { return .ansi8 }
        return .monochrome
    }
}

/// Colour arithmetic for degrading: the xterm palette's RGB values and nearest-colour searches.
enum ColorMath {
    struct RGB: Hashable, Sendable {
        var r, g, b: Int
        init(_ r: Int, _ g: Int, _ b: Int) { self.r = r; self.g = g; self.b = b }
        var packed: Int { r << 16 | g << 8 | b }
    }

    /// xterm's default values for the 16 ANSI colours.
    static let ansi: [RGB] = [
        RGB(0, 0, 0), RGB(205, 0, 0), RGB(0, 205, 0), RGB(205, 205, 0),
        RGB(0, 0, 238), RGB(205, 0, 205), RGB(0, 205, 205), RGB(229, 229, 229),
        RGB(127, 127, 127), RGB(255, 0, 0), RGB(0, 255, 0), RGB(255, 255, 0),
        RGB(92, 92, 255), RGB(255, 0, 255), RGB(0, 255, 255), RGB(255, 255, 255),
    ]

    /// The six levels of each axis of the 6×6×6 colour cube (indices 16–231).
    static let cubeLevels = [0, 95, 135, 175, 215, 255]

    /// The RGB value of a palette index (0–255) as xterm defines it.
    static func rgb(ofIndex n: Int) -> RGB {
        let n = min(max(n, 0), 255)
        if n < 16 { return ansi[n] }
        if n >= 232 {
            let v = 8 + (n - 232) * 10
            return RGB(v, v, v)
        }
        let c = n - 16
        return RGB(cubeLevels[c / 36], cubeLevels[(c / 6) % 6], cubeLevels[c % 6])
    }

    /// The RGB value a theme colour stands for; nil for the terminal's default.
    static func rgb(of color: Color) -> RGB? {
        switch color {
        case .terminalDefault: return nil
        case .ansi(let n): return rgb(ofIndex: min(max(n, 0), 15))
        case .indexed(let n): return rgb(ofIndex: n)
        case .rgb(let r, let g, let b): return RGB(Int(r), Int(g), Int(b))
        }
    }

    /// Squared distance weighted roughly by how sensitive the eye is to each primary.
    static func distance(_ a: RGB, _ b: RGB) -> Int {
        let dr = a.r - b.r, dg = a.g - b.g, db = a.b - b.b
        return 3 * dr * dr + 4 * dg * dg + 2 * db * db
    }

    /// The nearest of the 256 palette entries, searching the cube, the grey ramp and the 16 ANSI colours.
    static func nearest256(_ c: RGB) -> Int {
        func level(_ v: Int) -> Int {
            var best = 0
            for (i, l) in cubeLevels.enumerated() where abs(l - v) < abs(cubeLevels[best] - v) { best = i }
            return best
        }
        let cube = 16 + 36 * level(c.r) + 6 * level(c.g) + level(c.b)
        let grey = 232 + min(23, max(0, ((c.r + c.g + c.b) / 3 - 3) / 10))
        var best = cube
        for candidate in [grey] + Array(0..<16) where distance(rgb(ofIndex: candidate), c) < distance(rgb(ofIndex: best), c) {
            best = candidate
        }
        return best
    }

    /// The nearest of the first `count` ANSI colours (8 or 16).
    static func nearestANSI(_ c: RGB, count: Int) -> Int {
        var best = 0
        for i in 1..<min(count, 16) where distance(ansi[i], c) < distance(ansi[best], c) { best = i }
        return best
    }
}
