/// Untrusted text made safe to send to a terminal, with a map from the original's scalar offsets
/// to the displayed text's, so highlights computed on the original land on the right characters.
///
/// Article text comes from the web: an ESC, a C1 control or a bidi override written raw to the
/// terminal can change the window title, move the cursor, or make text read backwards. Every
/// such scalar is replaced by a visible placeholder, so the reader sees that something was there
/// and nothing acts on it:
/// - C0 controls and DEL become their Unicode control pictures (ESC -> "␛", BEL -> "␇", DEL -> "␡");
///   the printable rest of an escape sequence stays as plain, inert text ("␛[31m").
/// - C1 controls (U+0080–U+009F), the bidi embeddings and overrides U+202A–U+202E, the
///   deprecated shaping controls U+206A–U+206F and the interlinear annotation marks
///   U+FFF9–U+FFFB become "<U+XXXX>": an override makes text read backwards where bidi is
///   applied, and the annotation marks can hide text from one reader and show it to another.
/// - The bytes of a file name that is not UTF-8 (`FileName`) become "\u{FFFD}".
/// - A run of combining marks keeps its first `maxMarks`; the rest of a flood ("Zalgo" text,
///   a thousand marks on one letter) is dropped, so it cannot paint over neighbouring lines.
/// - Characters that draw nothing are dropped (`isInvisible`): the direction marks and isolates
///   (a browser shows nothing of them, and a terminal that applies bidi would reorder the line
///   around them), the zero-width space, word joiner, byte order mark and soft hyphen (which
///   terminals draw as a hyphen or a blank, and C libraries measure as one cell), and every
///   zero-width joiner. Dropping the joiner shows an emoji sequence (👨‍👩‍👧‍👦) as its emoji side
///   by side: curses keeps one spacing character per cell, and terminals disagree on how wide
///   a joined sequence is (2 cells in tmux and kitty, 8 in xterm), while the parts take the same
///   cells everywhere; tmux also joins whatever follows a joiner into the cell before it. A
///   zero-width non-joiner is kept where it shapes a word, and dropped at the start of a line,
///   where it has no letter to sit on.
/// - A tab expands to spaces up to the next tab stop; a carriage return before a line feed is
///   dropped, a lone one becomes "␍". Line feeds are kept, or become spaces for one-line views.
///
/// Offsets count Unicode scalars, like every offset in Byline. Tab stops count one column per
/// scalar, which is exact for the text articles are made of and never unsafe otherwise.
public struct SafeText: Sendable, Hashable {
    /// What to do with line feeds.
    public enum LineBreaks: Sendable, Hashable {
        /// Keep them: the text is shown over several lines (the reading pane, `show`).
        case keep
        /// Turn each into a space, for one-line views (list rows, titles, status lines).
        case space
    }

    /// The text to display.
    public let text: String
    /// Every place where the display differs in length from the original: the original offset of
    /// the replaced scalar, and the total growth of the display up to and including it.
    /// Empty when the text needed no change beyond one-for-one substitutions.
    private let changes: [Change]
    /// Number of scalars in the original text.
    public let originalCount: Int

    private struct Change: Sendable, Hashable {
        var original: Int
        var shiftAfter: Int
    }

    public init(_ original: String, lineBreaks: LineBreaks = .keep, tabWidth: Int = 8) {
        let width = max(1, tabWidth)
        var out = ""
        out.reserveCapacity(original.utf8.count)
        var changes: [Change] = []
        var shift = 0
        var column = 0
        var count = 0
        var marks = 0
        let scalars = original.unicodeScalars
        // Scalars shown as they are are copied a run at a time, not one by one, so a huge
        // article is made safe at the speed of a copy.
        var run = scalars.startIndex
        /// The last scalar shown, for a non-joiner at the start of a line.
        var last: Unicode.Scalar? = nil
        var index = scalars.startIndex
        while index != scalars.endIndex {
            let here = index
            let u = scalars[index]
            scalars.formIndex(after: &index)
            let offset = count
            count += 1
            // Dropped before marks are counted, so invisible characters between the marks of a
            // flood cannot reset the count.
            if SafeText.isInvisible(u) || (u.value == 0x200C && (last == nil || last == "\n")) {
                out.append(contentsOf: Substring(scalars[run..<here]))
                run = index
                shift -= 1
                changes.append(Change(original: offset, shiftAfter: shift))
                continue
            }
            if u.value >= 0x300 && SafeText.isCombiningMark(u) {
                marks += 1
                if marks > SafeText.maxMarks {
                    out.append(contentsOf: Substring(scalars[run..<here]))
                    run = index
                    shift -= 1
                    changes.append(Change(original: offset, shiftAfter: shift))
                    continue
                }
            } else {
                marks = 0
            }
            if !SafeText.needsReplacement(u) || (u == "\n" && lineBreaks == .keep) {
                column = u == "\n" ? 0 : column + 1
                last = u
                continue
            }
            out.append(contentsOf: Substring(scalars[run..<here]))
            run = index
            let replacement: String
            switch u.value {
            case 0x0A: replacement = " "
            case 0x09: replacement = String(repeating: " ", count: width - column % width)
            case 0x0D:
                let next = index != scalars.endIndex ? scalars[index] : nil
                replacement = next == "\n" ? "" : "\u{240D}"
            default: replacement = SafeText.placeholder(u)
            }
            out.append(replacement)
            let length = replacement.unicodeScalars.count
            column += length
            last = replacement.unicodeScalars.last ?? last
            let grew = length - 1
            if grew != 0 {
                shift += grew
                changes.append(Change(original: offset, shiftAfter: shift))
            }
        }
        out.append(contentsOf: Substring(scalars[run...]))
        self.text = out
        self.changes = changes
        self.originalCount = count
    }

    /// The sanitised text alone, for callers that need no offset map.
    public static func sanitize(_ s: String, lineBreaks: LineBreaks = .keep, tabWidth: Int = 8) -> String {
        guard needsChange(s) else { return s }
        return SafeText(s, lineBreaks: lineBreaks, tabWidth: tabWidth).text
    }

    /// Combining marks kept in a row: enough for any script's stacked diacritics.
    public static let maxMarks = 8

    /// Nonspacing and enclosing marks, which stack on the character before them.
    @inline(__always)
    static func isCombiningMark(_ u: Unicode.Scalar) -> Bool {
        switch u.properties.generalCategory {
        case .nonspacingMark, .enclosingMark: return true
        default: return false
        }
    }

    /// Characters dropped from the display because they draw nothing (see the type's summary):
    /// the soft hyphen, the Mongolian vowel separator, the zero-width space and joiner, the
    /// direction marks (U+200E, U+200F, U+061C), the word joiner and invisible operators
    /// (U+2060–U+2064), the direction isolates (U+2066–U+2069) and the byte order mark.
    @inline(__always)
    public static func isInvisible(_ u: Unicode.Scalar) -> Bool {
        let v = u.value
        if v < 0xAD { return false }
        return v == 0xAD || v == 0x61C || v == 0x180E || v == 0x200B || v == 0x200D || v == 0x200E || v == 0x200F
            || (v >= 0x2060 && v <= 0x2064) || (v >= 0x2066 && v <= 0x2069) || v == 0xFEFF
    }

    /// Whether `s` would be changed on display: a scalar to replace or drop, or a flood of marks.
    public static func needsChange(_ s: String) -> Bool {
        // Text in ASCII needs a change only for a control character, found byte by byte.
        var utf8 = s
        if let control = utf8.withUTF8({ Self.asciiControl(in: $0) }) { return control }
        var marks = 0
        var lineStart = true
        for u in s.unicodeScalars {
            if needsReplacement(u) || (lineStart && u.value == 0x200C) { return true }
            lineStart = u == "\n"
            if u.value >= 0x300 && isCombiningMark(u) {
                marks += 1
                if marks > maxMarks { return true }
            } else {
                marks = 0
            }
        }
        return false
    }

    /// Whether ASCII `bytes` hold a control character (or DEL); nil when they are not all ASCII.
    private static func asciiControl(in bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        var control = false
        for b in bytes {
            if b >= 0x80 { return nil }
            if b < 0x20 || b == 0x7F { control = true }
        }
        return control
    }

    /// Whether a scalar is changed or dropped on display (line feeds included, since they may
    /// become spaces).
    @inline(__always)
    public static func needsReplacement(_ u: Unicode.Scalar) -> Bool {
        let v = u.value
        if v < 0x20 || (v >= 0x7F && v < 0xA0) { return true }
        if isInvisible(u) { return true }
        if v < 0x202A { return false }
        if v >= 0x202A && v <= 0x202E || v >= 0x206A && v <= 0x206F { return true }
        if v >= 0xFFF9 && v <= 0xFFFB { return true }
        return v >= 0x10FF80 && FileName.isRawByte(u)
    }

    /// The visible stand-in for a control or bidi scalar (never for tab, CR or LF, handled apart).
    static func placeholder(_ u: Unicode.Scalar) -> String {
        switch u.value {
        case 0..<0x20: return String(Unicode.Scalar(0x2400 + u.value)!)  // ␀ … ␟, including ␛
        case 0x7F: return "\u{2421}"  // ␡
        case _ where FileName.isRawByte(u): return "\u{FFFD}"  // a file name's byte that is not UTF-8
        default:
            let hex = String(u.value, radix: 16, uppercase: true)
            return "<U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + ">"
        }
    }

    /// Number of scalars in the displayed text.
    public var displayCount: Int { originalCount + (changes.last?.shiftAfter ?? 0) }

    /// The display offset where original offset `offset` (0...originalCount) falls; an offset
    /// inside nothing (a boundary between scalars) maps to the matching boundary.
    public func displayOffset(_ offset: Int) -> Int {
        let o = min(max(offset, 0), originalCount)
        // The last change whose replaced scalar ends at or before `o`.
        var lo = 0
        var hi = changes.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if changes[mid].original + 1 <= o { lo = mid + 1 } else { hi = mid }
        }
        return o + (lo == 0 ? 0 : changes[lo - 1].shiftAfter)
    }

    /// The display range covering original scalars `range`: a highlight on the original text
    /// covers the whole placeholder of every scalar it includes.
    public func displayRange(_ range: Range<Int>) -> Range<Int> {
        let a = displayOffset(range.lowerBound)
        return a..<max(a, displayOffset(range.upperBound))
    }

    /// The original offset of the scalar shown at display offset `offset` (for mouse clicks):
    /// a position inside a placeholder or an expanded tab maps to the scalar it stands for.
    public func originalOffset(_ offset: Int) -> Int {
        let d = min(max(offset, 0), displayCount)
        // The last change whose display start is at or before `d`.
        var lo = 0
        var hi = changes.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if displayStart(mid) <= d { lo = mid + 1 } else { hi = mid }
        }
        guard lo > 0 else { return d }
        let k = lo - 1
        let end = changes[k].original + 1 + changes[k].shiftAfter
        if d < end { return changes[k].original }
        return d - changes[k].shiftAfter
    }

    /// Where the replacement of change `k` starts in the display.
    private func displayStart(_ k: Int) -> Int {
        changes[k].original + (k == 0 ? 0 : changes[k - 1].shiftAfter)
    }
}
