/// Everything the terminal backend reports, decoded into values the state machine understands.
public enum InputEvent: Sendable, Hashable {
    case key(KeyPress)
    case mouse(MouseEvent)
    /// The terminal now has this many columns and rows.
    case resize(width: Int, height: Int)
}

/// One key press. Printable keys carry their character; the rest are named.
public struct KeyPress: Sendable, Hashable, CustomStringConvertible {
    public enum Code: Sendable, Hashable {
        case char(Character)
        case enter, escape, tab, backTab, backspace, delete, insert
        case up, down, left, right, home, end, pageUp, pageDown
        case function(Int)
    }

    public var code: Code
    public var ctrl: Bool
    public var alt: Bool

    public init(_ code: Code, ctrl: Bool = false, alt: Bool = false) {
        self.code = code
        self.ctrl = ctrl
        self.alt = alt
    }

    public static func char(_ c: Character) -> KeyPress { KeyPress(.char(c)) }
    public static func ctrl(_ c: Character) -> KeyPress { KeyPress(.char(c), ctrl: true) }

    /// The key as written in key-binding files and the help overlay: "j", "C-d", "M-x", "Enter", "PgDn", "F1".
    public var description: String {
        let base: String
        switch code {
        case .char(" "): base = "Space"
        case .char(let c): base = String(c)
        case .enter: base = "Enter"
        case .escape: base = "Esc"
        case .tab: base = "Tab"
        case .backTab: base = "S-Tab"
        case .backspace: base = "Backspace"
        case .delete: base = "Del"
        case .insert: base = "Ins"
        case .up: base = "Up"
        case .down: base = "Down"
        case .left: base = "Left"
        case .right: base = "Right"
        case .home: base = "Home"
        case .end: base = "End"
        case .pageUp: base = "PgUp"
        case .pageDown: base = "PgDn"
        case .function(let n): base = "F\(n)"
        }
        return (ctrl ? "C-" : "") + (alt ? "M-" : "") + base
    }
}

/// A mouse action at a cell.
public struct MouseEvent: Sendable, Hashable {
    public enum Kind: Sendable, Hashable { case press, wheelUp, wheelDown }
    public var kind: Kind
    public var x: Int
    public var y: Int

    public init(_ kind: Kind, x: Int, y: Int) {
        self.kind = kind
        self.x = x
        self.y = y
    }
}
