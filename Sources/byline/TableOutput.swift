import ArgumentParser
import BylineCore
import BylineUI
import Foundation

/// Plain-text tables and RFC 4180 CSV for the listing commands. Table cells are made safe for
/// the terminal (no control characters or escape sequences get through) and cut to a width in
/// terminal cells.
enum TableOutput {
    /// The output formats of the listing commands that offer CSV (`entities`, `quotes`).
    enum Format: String, ExpressibleByArgument, CaseIterable { case table, json, csv }

    /// Aligned columns separated by two spaces, as UTF-8: `cells` holds the rows one after the
    /// other, `columns` cells each, the header first; `widths` caps each column (nil: no cap), and
    /// columns listed in `rightAligned` are padded on the left. Rows wider than `fitTo.width` (the
    /// terminal's) have the widest of the `shrinking` columns cut to fit, so no row wraps.
    static func table(
        cells: [String], columns: Int, widths: [Int?], rightAligned: Set<Int> = [],
        fitTo: (width: Int, shrinking: Set<Int>)? = nil
    ) -> ByteBuffer {
        // Each cell is made safe, cut and counted once; most need no change and are kept as they are.
        var shown: [(text: String, cells: Int)] = []
        shown.reserveCapacity(cells.count)
        var width = [Int](repeating: 0, count: columns)
        for (k, s) in cells.enumerated() {
            let i = k % columns
            let cap = i < widths.count ? widths[i] : nil
            let c = plainCell(s, width: cap) ?? fitted(SafeText.sanitize(s, lineBreaks: .space), to: cap)
            width[i] = max(width[i], c.cells)
            shown.append(c)
        }
        let right = (0..<columns).map { rightAligned.contains($0) }
        if let fitTo {
            let headings = (0..<min(columns, shown.count)).map { shown[$0].cells }
            let fitted = fit(
                width, into: fitTo.width, keeping: headings, cut: (0..<columns).map(fitTo.shrinking.contains))
            for (k, c) in shown.enumerated() where c.cells > fitted[k % columns] {
                shown[k] = self.fitted(c.text, to: fitted[k % columns])
            }
            width = fitted
        }
        var out = ByteBuffer()
        for (k, c) in shown.enumerated() {
            let i = k % columns
            let last = i == columns - 1
            let pad = width[i] - c.cells
            if right[i] { out.appendSpaces(pad) }
            var text = c.text
            text.withUTF8 { out.append($0) }
            if !right[i] && !last { out.appendSpaces(pad) }
            out.append(last ? StaticString("\n") : StaticString("  "))
        }
        return out
    }

    /// Column widths that fit `limit` cells with two spaces between columns: the widest of the
    /// columns that may be cut loses a cell at a time, down to the width of its heading (or
    /// `minimumCut`), until the row fits or nothing is left to cut.
    static func fit(_ widths: [Int], into limit: Int, keeping headings: [Int], cut: [Bool]) -> [Int] {
        var w = widths
        var over = w.reduce(2 * max(0, w.count - 1), +) - limit
        while over > 0 {
            let floor = { (i: Int) in max(i < headings.count ? headings[i] : 0, minimumCut) }
            guard let i = w.indices.filter({ cut[$0] && w[$0] > floor($0) }).max(by: { w[$0] < w[$1] }) else { break }
            w[i] -= 1
            over -= 1
        }
        return w
    }

    /// The narrowest a column is cut to (with its "…"), when its heading is narrower.
    static let minimumCut = 8

    /// The cell of `s` when all of it that is shown is printable ASCII (most cells), as
    /// `fitted(SafeText.sanitize(s))` would make it, from a look at no more than `width + 1` bytes:
    /// printable ASCII is shown as it is and is one character per byte, and what follows the cut
    /// cannot change what comes before it. Nil when the cell needs the full treatment.
    private static func plainCell(_ s: String, width: Int?) -> (text: String, cells: Int)? {
        var utf8 = s
        return utf8.withUTF8 { bytes -> (text: String, cells: Int)? in
            let looked = width.map { min(bytes.count, $0 + 1) } ?? bytes.count
            for b in bytes[..<looked] where b < 0x20 || b >= 0x7F { return nil }
            guard let width, bytes.count > width else { return (s, bytes.count) }
            let kept = max(0, width - 1)
            return (String(decoding: bytes[..<kept], as: UTF8.self) + "…", kept + 1)
        }
    }

    /// `s` cut to `width` terminal cells, ending with "…" when cut, and the cells the result
    /// takes: CJK and emoji take two, so the columns after them stay aligned. Measures no further
    /// into `s` than the width.
    private static func fitted(_ s: String, to width: Int?) -> (text: String, cells: Int) {
        if let c = plainCell(s, width: width) { return c }
        let measure = DisplayWidth.unicode
        var used = 0
        var keep = s.startIndex  // the end of what fits beside the "…"
        var kept = 0
        var i = s.startIndex
        while i < s.endIndex {
            let w = measure.width(of: s[i])
            if let width, used + w > width { return (String(s[..<keep]) + "…", kept + 1) }
            used += w
            s.formIndex(after: &i)
            if used < (width ?? 0) { (keep, kept) = (i, used) }
        }
        return (s, used)
    }

    /// One CSV record: fields quoted when they hold a comma, quote, or line break, quotes doubled,
    /// CRLF at the end (RFC 4180). `inert` (the output is a terminal) shows controls and bidi
    /// overrides as placeholders, as the tables do; otherwise the fields are written exactly, so
    /// a pipe or a file gets the data unchanged.
    static func csvRecord(_ fields: [String], inert: Bool) -> String {
        fields.map { f -> String in
            let clean = inert ? SafeText.sanitize(f, lineBreaks: .keep) : f
            guard clean.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else {
                return clean
            }
            return "\"" + clean.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }.joined(separator: ",") + "\r\n"
    }

    /// Whether standard output is a terminal, where CSV is made inert.
    static var csvToTerminal: Bool { isatty(1) != 0 }
}
