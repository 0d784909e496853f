/// The side-by-side table `byline eval entities` prints.
public enum EntityReport {
    /// One row per scored type plus micro, Byline's P/R/F1 and, when given, spaCy's beside them.
    public static func table(byline: EntityScore, spaCy: EntityScore?) -> String {
        var lines: [String] = []
        var header = pad("type", 14) + pad("byline P", 10) + pad("R", 8) + pad("F1", 8)
        if spaCy != nil { header += "  " + pad("spaCy sm P", 12) + pad("R", 8) + pad("F1", 8) }
        lines.append(header)
        let rows =
            EntityScore.types.map { ($0.rawValue, byline.counts($0), spaCy?.counts($0)) }
            + [("micro", byline.micro, spaCy?.micro)]
        for (name, ours, theirs) in rows {
            var line =
                pad(name, 14) + pad(number(ours.precision), 10) + pad(number(ours.recall), 8) + pad(number(ours.f1), 8)
            if let theirs {
                line +=
                    "  " + pad(number(theirs.precision), 12) + pad(number(theirs.recall), 8) + pad(number(theirs.f1), 8)
            }
            lines.append(line)
        }
        return lines.map { $0.replacingTrailingSpaces() }.joined(separator: "\n")
    }

    static func pad(_ s: String, _ width: Int) -> String {
        s.count >= width ? s + " " : s + String(repeating: " ", count: width - s.count)
    }

    /// A score with three decimals ("0.912").
    static func number(_ x: Double) -> String {
        let thousandths = Int((x * 1000).rounded())
        let frac = String(thousandths % 1000)
        return "\(thousandths / 1000)." + String(repeating: "0", count: 3 - frac.count) + frac
    }
}

extension String {
    fileprivate func replacingTrailingSpaces() -> String {
        var s = self
        while s.hasSuffix(" ") { s.removeLast() }
        return s
    }
}
