/// How many terminal cells text takes. Every layout decision in the UI goes through one value of
/// this type, so the grid and the real screen agree.
///
/// The UI cannot import curses, so the width of a scalar is injectable: the terminal backend passes
/// one built on the C library's `wcwidth` (what ncurses uses to place characters), and `unicode`
/// is a pure-Swift table that matches glibc's for the common cases (tests, `byline show`).
public struct DisplayWidth: Sendable {
    /// Cells taken by one scalar: 0, 1 or 2; negative for scalars the terminal cannot show
    /// (controls), which the sanitiser replaces before text reaches the layout.
    public let scalarWidth: @Sendable (Unicode.Scalar) -> Int

    public init(scalarWidth: @escaping @Sendable (Unicode.Scalar) -> Int) {
        self.scalarWidth = scalarWidth
    }

    /// Cells taken by one grapheme cluster, as curses places it: the sum of its pieces
    /// (`forEachPiece`). Nearly every cluster is one piece, the width of its base scalar, with
    /// combining marks and variation selectors adding nothing: so "emoji + U+FE0F" takes the
    /// width of the emoji alone (one cell for U+2764), as with `wcwidth`. A flag takes two cells,
    /// one per regional indicator, and so does a Devanagari consonant with a vowel sign ("कि").
    /// A cluster without a visible base (a lone combining mark) is drawn on a dotted circle
    /// (see `drawn`) and takes one cell, so every cluster takes at least one.
    public func width(of c: Character) -> Int {
        var scalars = c.unicodeScalars.makeIterator()
        guard let first = scalars.next() else { return 0 }
        var total = first.value < 0x80 ? 1 : scalarWidth(first) == 2 ? 2 : 1
        while let s = scalars.next() {
            if s.value == 0x200D { break }
            total += addedWidth(s)
        }
        return total
    }

    /// The cells a scalar after the first of a cluster adds: 0 for one that sits on the
    /// character before it (a mark, a variation selector, an emoji skin tone, which curses
    /// cannot draw beside its emoji without terminals disagreeing on the width), else its width.
    @inline(__always)
    private func addedWidth(_ s: Unicode.Scalar) -> Int {
        if s.value < 0x80 { return 1 }
        if (0x1F3FB...0x1F3FF).contains(s.value) { return 0 }
        let w = scalarWidth(s)
        return w <= 0 ? 0 : w == 2 ? 2 : 1
    }

    /// Calls `body` with the text and cells (1 or 2) of each piece curses draws for cluster `c`,
    /// left to right: a spacing character with the zero-width scalars after it, which is what one
    /// curses cell holds. A cluster with several spacing characters (a flag's two regional
    /// indicators, "कि", "กำ") takes one piece per spacing character, as curses places them; a
    /// terminal that joins them (a flag drawn whole) gives the whole the same cells. What follows
    /// a zero-width joiner is not drawn (`SafeText` drops joiners before text is shown).
    public func forEachPiece(of c: Character, _ body: (String, Int) -> Void) {
        let shown = drawn(c)
        var scalars = shown.unicodeScalars.makeIterator()
        guard let first = scalars.next() else { return }
        var piece = String.UnicodeScalarView()
        piece.append(first)
        var cells = first.value < 0x80 ? 1 : scalarWidth(first) == 2 ? 2 : 1
        while let s = scalars.next() {
            if s.value == 0x200D { break }
            let w = addedWidth(s)
            if w == 0 {
                piece.append(s)
                continue
            }
            body(String(piece), cells)
            piece = String.UnicodeScalarView()
            piece.append(s)
            cells = w
        }
        body(String(piece), cells)
    }

    /// The text to draw for a cluster: itself, or on a dotted circle (U+25CC) when its first
    /// scalar has no width, so it cannot merge into the neighbouring cell.
    public func drawn(_ c: Character) -> String {
        guard let first = c.unicodeScalars.first, first.value >= 0x80, scalarWidth(first) <= 0 else { return String(c) }
        return "\u{25CC}" + String(c)
    }

    /// Cells taken by a string, cluster by cluster.
    public func width<S: StringProtocol>(of s: S) -> Int {
        var total = 0
        for c in s { total += width(of: c) }
        return total
    }

    /// The pure-Swift default: East Asian Wide and Fullwidth (emoji presentation included) take
    /// two cells; nonspacing and enclosing marks, format characters (except the soft hyphen and
    /// the prepended concatenation marks), Hangul medial and final jamo, and the zero-width space
    /// take none; controls are -1. Over the scalars glibc 2.36 knows, this agrees with its
    /// `wcwidth` on all but one (U+1171E, whose category changed in Unicode 15.1).
    public static let unicode = DisplayWidth { s in
        let v = s.value
        if v < 0x20 || (v >= 0x7F && v < 0xA0) { return -1 }
        if v < 0x300 { return 1 }
        if DisplayWidth.isWide(v) { return 2 }
        if v == 0x200B || (0x1160...0x11FF).contains(v) || (0xD7B0...0xD7FF).contains(v) { return 0 }
        switch s.properties.generalCategory {
        case .nonspacingMark, .enclosingMark: return 0
        // The soft hyphen and the prepended concatenation marks (Arabic number signs) are shown.
        case .format:
            return v == 0xAD || (0x600...0x605).contains(v)
                || [0x6DD, 0x70F, 0x890, 0x891, 0x8E2, 0x110BD, 0x110CD].contains(v) ? 1 : 0
        default: return 1
        }
    }

    /// Binary search over `wideScalarRanges`.
    static func isWide(_ v: UInt32) -> Bool {
        var lo = 0
        var hi = wideScalarRanges.count
        while lo < hi {
            let mid = (lo + hi) / 2
            let r = wideScalarRanges[mid]
            if v < r.lowerBound { hi = mid } else if v > r.upperBound { lo = mid + 1 } else { return true }
        }
        return false
    }
}
