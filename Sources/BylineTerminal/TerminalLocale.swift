import CNcursesw

/// The C locale ncurses and `wcwidth` see. Without a UTF-8 codeset `wcwidth` answers -1 for every
/// non-ASCII character and ncurses draws them as escapes, so a UTF-8 locale is required.
enum TerminalLocale {
    /// Adopts the user's locale; when its codeset is not UTF-8 (LANG unset, `C`, `POSIX`, a legacy
    /// charset), falls back to `C.UTF-8`, which glibc always has. Returns whether UTF-8 is in effect.
    @discardableResult
    static func adoptUTF8() -> Bool {
        setlocale(LC_ALL, "")
        if isUTF8 { return true }
        setlocale(LC_CTYPE, "C.UTF-8")
        return isUTF8
    }

    static var isUTF8: Bool {
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        let name = String(cString: codeset).uppercased()
        return name == "UTF-8" || name == "UTF8"
    }
}
