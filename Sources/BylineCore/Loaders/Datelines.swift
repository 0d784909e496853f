import BylineNLP

/// Datelines at the start of an article's first body paragraph: "WASHINGTON/SEOUL (AFP, REUTERS) - ",
/// "LONDON (Reuters) — ", "SEOUL, Jan 14 (Yonhap) - ", "BEIJING: ". The places are written in
/// capitals; the agencies sit in brackets; a dash (or, without agencies, a colon) ends the dateline.
enum Datelines {
    /// Datelines are short; looking no further keeps a long first paragraph cheap.
    static let maxLength = 100

    static func parse(_ s: [Unicode.Scalar], paragraph p: Range<Int>) -> Dateline? {
        let limit = min(p.upperBound, p.lowerBound + maxLength)
        guard let (headerEnd, end, colon) = terminator(s, from: p.lowerBound, limit: limit, bodyEnd: p.upperBound)
        else { return nil }
        var header = Array(s[p.lowerBound..<headerEnd])
        var agencies: [String] = []
        if let open = header.firstIndex(of: "("), let close = header.lastIndex(of: ")"), open < close {
            guard !colon else { return nil }
            agencies = String(scalars: header[(open + 1)..<close])
                .split(whereSeparator: { $0 == "," || $0 == "/" })
                .map { $0.trimmingSpaces() }
            guard !agencies.isEmpty, agencies.allSatisfy({ $0.unicodeScalars.first?.properties.isUppercase == true })
            else { return nil }
            header = Array(header[..<open])
        }
        // The place is what comes before the first comma ("SEOUL, Jan 14"; "SAN FRANCISCO, Calif.").
        let placePart = header.split(separator: ",", maxSplits: 1, omittingEmptySubsequences: false).first ?? []
        let placeText = String(scalars: placePart).trimmingSpaces()
        let letters = placeText.unicodeScalars.filter { $0.properties.isAlphabetic }
        guard letters.count >= 2, letters.allSatisfy({ $0.properties.isUppercase }),
            placeText.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || " /.'-".unicodeScalars.contains($0) })
        else { return nil }
        let places = placeText.split(separator: "/").map { titleCase($0.trimmingSpaces()) }.filter { !$0.isEmpty }
        guard !places.isEmpty else { return nil }
        return Dateline(places: places, agencies: agencies, start: p.lowerBound, end: end)
    }

    /// The end of the dateline's header, the offset after the dash and its spaces, and whether a
    /// colon (rather than a dash) ended it.
    static func terminator(_ s: [Unicode.Scalar], from start: Int, limit: Int, bodyEnd: Int) -> (Int, Int, Bool)? {
        var i = start
        while i < limit {
            let u = s[i]
            let isDash = u == "-" || u == "\u{2013}" || u == "\u{2014}"
            if (isDash && i > start && s[i - 1] == " ") || (u == ":" && i + 1 < bodyEnd && s[i + 1] == " ") {
                var headerEnd = i
                while headerEnd > start, s[headerEnd - 1] == " " { headerEnd -= 1 }
                var j = i + 1
                while j < bodyEnd, s[j] == " " { j += 1 }
                return j < bodyEnd ? (headerEnd, j, u == ":") : nil
            }
            i += 1
        }
        return nil
    }

    /// "NEW YORK" -> "New York", for showing the dateline place like a name.
    static func titleCase(_ s: String) -> String {
        s.split(separator: " ").map { w in w.prefix(1) + w.dropFirst().lowercased() }.joined(separator: " ")
    }
}
