/// Drawing text into the grid by display width: wide characters take a cell and a continuation
/// cell, and nothing ever spills past the area it is given, so no row is wider than the screen.
extension Grid {
    /// Whether (x, y) is on the grid.
    public func contains(x: Int, y: Int) -> Bool { x >= 0 && y >= 0 && x < width && y < height }

    /// Writes one grapheme cluster at (x, y), taking `cells` columns (1 or 2); breaks any wide
    /// character it overwrites half of, so the grid never holds an orphan continuation cell.
    public mutating func set(_ text: String, x: Int, y: Int, cells: Int, role: Role, accent: UInt8 = 0) {
        guard contains(x: x, y: y), cells >= 1, x + cells <= width else { return }
        if self[x, y].isContinuation, x > 0 { self[x - 1, y] = Cell(" ", role: self[x - 1, y].role) }
        let after = x + cells
        if after < width, self[after, y].isContinuation { self[after, y] = Cell(" ", role: self[after, y].role) }
        self[x, y] = Cell(text, role: role, accent: accent)
        if cells == 2 { self[x + 1, y] = Cell("", role: role, accent: accent) }
    }

    /// Draws `text` from (x, y), at most `maxWidth` columns; returns the columns used.
    /// A wide character that would straddle the limit is replaced by a space; a cluster with no
    /// width of its own (a lone combining mark) is drawn on a dotted circle, and one of several
    /// spacing characters (a flag) one character a cell, as curses places it.
    @discardableResult
    public mutating func put(
        _ text: String, x: Int, y: Int, maxWidth: Int, role: Role, accent: UInt8 = 0, measure: DisplayWidth
    ) -> Int {
        guard y >= 0, y < height, maxWidth > 0 else { return 0 }
        let limit = min(x + maxWidth, width)
        var col = x
        for c in text {
            let w = measure.width(of: c)
            if col + w > limit {
                while col < limit {
                    set(" ", x: col, y: y, cells: 1, role: role, accent: accent)
                    col += 1
                }
                break
            }
            put(cluster: c, x: col, y: y, role: role, accent: accent, measure: measure)
            col += w
        }
        return col - x
    }

    /// Draws one cluster from (x, y), piece by piece (`DisplayWidth.forEachPiece`), in the
    /// `measure.width(of: c)` cells it takes.
    public mutating func put(cluster c: Character, x: Int, y: Int, role: Role, accent: UInt8, measure: DisplayWidth) {
        var col = x
        measure.forEachPiece(of: c) { piece, cells in
            if col >= 0 { set(piece, x: col, y: y, cells: cells, role: role, accent: accent) }
            col += cells
        }
    }

    /// Fills a rectangle with blanks of one role (backgrounds, clearing a pane).
    public mutating func fill(_ r: Rect, role: Role, with text: String = " ") {
        for y in max(0, r.y)..<min(height, r.maxY) {
            for x in max(0, r.x)..<min(width, r.maxX) { self[x, y] = Cell(text, role: role) }
        }
    }

    /// The role of every cell of row `y`, for tests.
    public func roles(_ y: Int) -> [Role] { (0..<width).map { self[$0, y].role } }
}

extension Grid: CustomStringConvertible {
    /// The rows as text, one per line: what a screen capture shows, and what test failures print.
    public var description: String { lines.joined(separator: "\n") }
}
