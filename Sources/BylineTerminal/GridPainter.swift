import BylineUI
import CNcursesw

/// Writes a `Grid` to curses' screen, touching only the cells that changed since the last frame.
/// Each cell is written with the wide API, so combining marks stay with their base character and
/// double-width characters take exactly the two cells the grid gave them.
struct GridPainter {
    /// The frame on screen; nil when the screen must be painted in full.
    private var shown: Grid?
    private var styleCache: [StyleKey: CursesStyles.Drawn] = [:]

    private struct StyleKey: Hashable { var role: Role, accent: UInt8 }

    /// Forget what is on screen (after a resize, a suspend, Ctrl-L, a theme change).
    mutating func invalidate() {
        shown = nil
    }

    /// Forget the styles too (the theme or the colour set-up changed).
    mutating func invalidateStyles() {
        styleCache.removeAll()
        shown = nil
    }

    /// Writes the cells of `grid` that differ from the frame on screen into `window`.
    mutating func paint(
        _ grid: Grid, into window: UnsafeMutablePointer<WINDOW>, styles: CursesStyles, lookup: (Role, UInt8) -> Style
    ) {
        let previous = shown.flatMap { $0.width == grid.width && $0.height == grid.height ? $0 : nil }
        if previous == nil { werase(window) }
        for y in 0..<grid.height {
            var x = 0
            var flagChanged = false
            while x < grid.width {
                let cell = grid[x, y]
                let changed = previous.map { $0[x, y] != cell } ?? true
                if !changed {
                    x += 1
                    continue
                }
                if let previous {
                    flagChanged =
                        flagChanged || Self.isRegionalIndicator(cell) || Self.isRegionalIndicator(previous[x, y])
                }
                // A changed continuation cell belongs to the wide character before it.
                let start = cell.isContinuation && x > 0 && !grid[x - 1, y].isContinuation ? x - 1 : x
                x = start + write(grid, x: start, y: y, into: window, styles: styles, lookup: lookup)
            }
            // A flag is two cells, a regional indicator each, that the terminal joins as they
            // arrive: curses sends only the cells that changed, and one half of a flag sent
            // alone over the other half on screen breaks it apart. So the row is sent whole.
            if flagChanged { wredrawln(window, Int32(y), 1) }
        }
        shown = grid
    }

    /// Whether a cell holds a regional indicator (half a flag).
    private static func isRegionalIndicator(_ cell: Cell) -> Bool {
        guard let v = cell.text.unicodeScalars.first?.value else { return false }
        return v >= 0x1F1E6 && v <= 0x1F1FF
    }

    /// Writes the cell at (x, y); returns how many columns it covered.
    private mutating func write(
        _ grid: Grid, x: Int, y: Int, into window: UnsafeMutablePointer<WINDOW>, styles: CursesStyles,
        lookup: (Role, UInt8) -> Style
    ) -> Int {
        let cell = grid[x, y]
        let key = StyleKey(role: cell.role, accent: cell.accent)
        let drawn: CursesStyles.Drawn
        if let d = styleCache[key] {
            drawn = d
        } else {
            drawn = styles.drawn(lookup(cell.role, cell.accent))
            styleCache[key] = drawn
        }
        let wide = x + 1 < grid.width && grid[x + 1, y].isContinuation
        let scalars = CellText.scalars(cell.text, cells: wide ? 2 : 1)
        put(scalars, x: x, y: y, drawn: drawn, window: window)
        if wide && scalars.count == 1 && scalars[0] == 0x20 {
            put([0x20], x: x + 1, y: y, drawn: drawn, window: window)
        }
        return wide ? 2 : 1
    }

    private func put(
        _ scalars: [wchar_t], x: Int, y: Int, drawn: CursesStyles.Drawn, window: UnsafeMutablePointer<WINDOW>
    ) {
        var cc = cchar_t()
        var pair = drawn.pair
        let text = scalars + [0]
        let ok = text.withUnsafeBufferPointer { buf in
            setcchar(&cc, buf.baseAddress, drawn.attributes, Int16(truncatingIfNeeded: min(pair, 32767)), &pair)
        }
        guard ok == OK else { return }
        // Writing the bottom-right cell reports ERR (the cursor cannot advance) but still draws it.
        _ = mvwadd_wch(window, Int32(y), Int32(x), &cc)
    }
}

/// What curses is given for one grid cell: a spacing character followed by the combining marks
/// that fit in a `cchar_t`, checked against the columns the grid gave the cell, so a character the
/// C library measures differently can never push the rest of the row out of place.
enum CellText {
    static func scalars(_ text: String, cells: Int) -> [wchar_t] {
        var out: [wchar_t] = []
        for s in text.unicodeScalars {
            let w = wchar_t(bitPattern: s.value)
            if out.isEmpty {
                guard Int(wcwidth(w)) == cells else { break }
                out.append(w)
            } else if out.count < Int(CCHARW_MAX), wcwidth(w) == 0, s.value != 0x200D {
                out.append(w)
            } else {
                // A joiner or a second spacing character (an emoji's skin tone, which
                // `DisplayWidth.forEachPiece` keeps on its emoji): the grid gave the piece the
                // width of its first character, so draw that alone. A skin tone cannot ride in
                // the emoji's cell: the C library gives it two columns, and ncurses 6.4's
                // setcchar keeps only the characters before the first one with a width.
                break
            }
        }
        if out.isEmpty { return cells == 2 || text.isEmpty ? [0x20] : [0xFFFD] }
        return out
    }
}
