import Foundation

/// The commands that may open a URL, in the order to try them: each entry of `$BROWSER` (a
/// colon-separated list, as in the convention of sensible-browser and Python's webbrowser; `%s`
/// stands for the URL, otherwise it is the last argument), then `xdg-open`.
public enum BrowserCommand {
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
