/// One screen cell: what curses draws in it (a grapheme cluster, or one spacing character of a
/// cluster that takes several cells, such as a flag; nothing for the right half of a wide
/// character) and its role.
public struct Cell: Sendable, Hashable {
    /// The text shown; empty for the trailing cell of a double-width character.
    public var text: String
    public var role: Role
    /// An extra per-cell colour slot, e.g. the speaker colour of a quote gutter (index into the theme's speaker palette).
    public var accent: UInt8

    public init(_ text: String = " ", role: Role = .normal, accent: UInt8 = 0) {
        self.text = text
        self.role = role
        self.accent = accent
    }

    public static let blank = Cell()
    public var isContinuation: Bool { text.isEmpty }
}

/// A rectangle of cells that screens draw into; the terminal backend flushes the cells that changed.
public struct Grid: Sendable, Equatable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * width + x] }
        set { cells[y * width + x] = newValue }
    }

    /// The text of row `y`, continuation cells dropped: what a person would read there.
    public func line(_ y: Int) -> String {
        var s = ""
        for x in 0..<width where !self[x, y].isContinuation { s += self[x, y].text }
        return s
    }

    /// Every row, for tests and text captures.
    public var lines: [String] { (0..<height).map(line) }
}
