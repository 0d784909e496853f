extension KeyPress {
    /// Reads a key as `description` writes it ("j", "C-d", "M-x", "Enter", "PgDn", "F1", "Space"),
    /// so key-binding files use the names the help overlay shows. Nil for anything else.
    public init?(parsing text: String) {
        var rest = Substring(text)
        var ctrl = false
        var alt = false
        while rest.count > 2 {
            if rest.hasPrefix("C-") {
                ctrl = true
                rest = rest.dropFirst(2)
            } else if rest.hasPrefix("M-") {
                alt = true
                rest = rest.dropFirst(2)
            } else {
                break
            }
        }
        let named: [String: Code] = [
            "Space": .char(" "), "Enter": .enter, "Esc": .escape, "Tab": .tab, "S-Tab": .backTab,
            "Backspace": .backspace, "Del": .delete, "Ins": .insert, "Up": .up, "Down": .down,
            "Left": .left, "Right": .right, "Home": .home, "End": .end, "PgUp": .pageUp, "PgDn": .pageDown,
        ]
        if let code = named[String(rest)] {
            self.init(code, ctrl: ctrl, alt: alt)
        } else if rest.count == 1, let c = rest.first {
            self.init(.char(c), ctrl: ctrl, alt: alt)
        } else if rest.hasPrefix("F"), let n = Int(rest.dropFirst()), (1...24).contains(n) {
            self.init(.function(n), ctrl: ctrl, alt: alt)
        } else {
            return nil
        }
    }
}
