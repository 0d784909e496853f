import Foundation

/// An `annotate`-output article whose entity and speaker names carry what no screen may show raw:
/// the escape payload, a right-to-left mark, a flood of 1,000 combining marks and an emoji joiner
/// sequence. Annotations in such a file are taken as they are, so the names reach the entity
/// panel, the pickers and the `entities` and `quotes` tables unchanged.
enum HostileNames {
    static let flood = "Zo" + String(repeating: "\u{0301}", count: 1_000) + "e"
    static let family = "👨\u{200D}👩\u{200D}👧\u{200D}👦"
    static let speaker = "Jean \u{1B}[31mLee\u{200F} \(flood) \(family)"
    static let place = "Seoul\u{202E}luoeS \u{9B}6n"

    /// One JSON line; its title carries the flood, the sequence and `payload` too, and its quote
    /// the marker word "namesjson".
    static func line(payload: String) throws -> String {
        let title = "Names \(flood) \(family) \(payload)title"
        let text = title + "\n\n\u{201C}We namesjson will watch,\u{201D} Jean Lee said in Seoul on Monday."
        func span(_ s: String) -> (Int, Int) {
            let scalars = Array(text.unicodeScalars)
            let needle = Array(s.unicodeScalars)
            let start = (0...(scalars.count - needle.count)).first {
                Array(scalars[$0..<($0 + needle.count)]) == needle
            }!
            return (start, start + needle.count)
        }
        let (ps, pe) = span("Jean Lee")
        let (ls, le) = span("Seoul")
        let (qs, qe) = span("\u{201C}We namesjson will watch,\u{201D}")
        let (cs, ce) = span("said")
        let object: [String: Any] = [
            "path": "names.txt", "title": title, "published": "2022-01-14",
            "published_source": "metadata", "source": "Wire \(payload)", "url": NSNull(), "format": "txt",
            "text": text,
            "entities": [
                ["type": "person", "start": ps, "end": pe, "text": "Jean Lee", "canonical": speaker],
                ["type": "place", "start": ls, "end": le, "text": "Seoul", "canonical": place],
            ],
            "quotes": [
                [
                    "kind": "direct", "start": qs, "end": qe, "text": "\u{201C}We namesjson will watch,\u{201D}",
                    "speaker": ["name": speaker, "start": ps, "end": pe, "text": "Jean Lee"],
                    "cue": ["start": cs, "end": ce, "text": "said"],
                ]
            ],
        ]
        let data = try JSONSerialization.data(withJSONObject: object)
        return String(decoding: data, as: UTF8.self)
    }
}
