import ArgumentParser
import BylineCore
import Foundation

/// Plain-text tables and RFC 4180 CSV for the listing commands. Table cells are made safe for
/// the terminal (no control characters or escape sequences get through) and cut to a width.
enum TableOutput {
    /// The output formats of the listing commands that offer CSV (`entities`, `quotes`).
    enum Format: String, ExpressibleByArgument, CaseIterable { case table, json, csv }

    /// Aligned columns separated by two spaces; `widths` caps each column (nil: no cap), and
    /// columns listed in `rightAligned` are padded on the left.
    static func table(header: [String], rows: [[String]], widths: [Int?], rightAligned: Set<Int> = []) -> String {
        let cells = ([header] + rows).map { row in
            row.enumerated().map { i, s in
                cut(SafeText(s, lineBreaks: .space).text, to: i < widths.count ? widths[i] : nil)
            }
        }
        var width = [Int](repeating: 0, count: header.count)
        for row in cells { for (i, c) in row.enumerated() where i < width.count { width[i] = max(width[i], c.count) } }
        var out = ""
        for row in cells {
            var line = ""
            for (i, c) in row.enumerated() {
                let pad = String(repeating: " ", count: width[i] - c.count)
                let last = i == row.count - 1
                line += rightAligned.contains(i) ? pad + c : (last ? c : c + pad)
                if !last { line += "  " }
            }
            out += line + "\n"
        }
        return out
    }

    /// `s` cut to `width` characters, ending with "…" when cut.
    static func cut(_ s: String, to width: Int?) -> String {
        guard let width, s.count > width else { return s }
        return String(s.prefix(max(0, width - 1))) + "…"
    }

    /// One CSV record: fields quoted when they hold a comma, quote, or line break, quotes doubled,
    /// CRLF at the end (RFC 4180). `inert` (the output is a terminal) shows controls and bidi
    /// overrides as placeholders, as the tables do; otherwise the fields are written exactly, so
    /// a pipe or a file gets the data unchanged.
    static func csvRecord(_ fields: [String], inert: Bool) -> String {
        fields.map { f -> String in
            let clean = inert ? SafeText(f, lineBreaks: .keep).text : f
            guard clean.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else {
                return clean
            }
            return "\"" + clean.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }.joined(separator: ",") + "\r\n"
    }

    /// Whether standard output is a terminal, where CSV is made inert.
    static var csvToTerminal: Bool { isatty(1) != 0 }
}
