import Foundation

/// The commands that may open a URL, in the order to try them: each entry of `$BROWSER` (a
/// colon-separated list, as in the convention of sensible-browser and Python's webbrowser; `%s`
/// stands for the URL, otherwise it is the last argument), then `xdg-open`.
///
/// URLs come from articles, so only web URLs are handed over (`refusal`): a `file:` or
/// `javascript:` URL, or one made to look like an option (`--help`), is refused with a reason.
/// A URL that passes starts with its scheme, never with `-`, so no browser reads it as an option
/// (`--` cannot mark the end of options for every browser: xdg-open rejects it).
public enum BrowserCommand {
    /// The schemes handed to the browser.
    public static let webSchemes: Set<String> = ["http", "https"]

    /// Why `url` is not opened, or nil when it may be: its scheme must be one of `schemes`, and
    /// it may hold no control character or white space.
    public static func refusal(of url: String, schemes: Set<String> = webSchemes) -> String? {
        guard let colon = url.firstIndex(of: ":"), colon != url.startIndex else { return "not a URL" }
        let scheme = url[..<colon].lowercased()
        let schemeChars = scheme.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("0"..."9").contains($0) || "+-.".unicodeScalars.contains($0)
        }
        guard schemeChars, let first = scheme.unicodeScalars.first, ("a"..."z").contains(first) else {
            return "not a URL"
        }
        guard schemes.contains(scheme) else {
            return "\(scheme): URLs are not opened (only \(schemes.sorted().joined(separator: ", ")))"
        }
        if url.unicodeScalars.contains(where: { $0.properties.isWhitespace || $0.value < 0x20 || $0.value == 0x7F }) {
            return "the URL holds spaces or control characters"
        }
        return nil
    }

    public static func candidates(url: String, browser: String?) -> [[String]] {
        var out: [[String]] = []
        for entry in (browser ?? "").split(separator: ":") {
            let words = entry.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
            guard !words.isEmpty else { continue }
            if words.contains(where: { $0.contains("%s") }) {
                out.append(words.map { $0.replacingOccurrences(of: "%s", with: url) })
            } else {
                out.append(words + [url])
            }
        }
        out.append(["xdg-open", url])
        return out
    }
}
