/// A file name made from a headline, offered by `w`: letters and digits kept (lowercased), every
/// other run of characters one hyphen, at most `maxLength` characters, then the extension. It
/// never holds a slash, never starts with a dot or a hyphen, and is never empty.
public enum SafeFileName {
    public static let maxLength = 60

    public static func from(headline: String, extension ext: String = "md") -> String {
        var name = ""
        var pendingHyphen = false
        for c in headline.lowercased() where name.count < maxLength {
            if c.isLetter || c.isNumber, c.unicodeScalars.allSatisfy({ !SafeText.needsReplacement($0) }) {
                if pendingHyphen, !name.isEmpty { name.append("-") }
                pendingHyphen = false
                name.append(c)
            } else {
                pendingHyphen = true
            }
        }
        name = String(name.prefix(maxLength))
        while name.hasSuffix("-") { name.removeLast() }
        return (name.isEmpty ? "article" : name) + "." + ext
    }
}
