import BylineUI

/// One read from `wget_wch`: a character, or a curses key code (`KEY_*`).
enum RawKey: Sendable, Hashable {
    case char(UInt32)
    case code(Int32)
}

/// Turns what `wget_wch` returns into `InputEvent`s. Kept free of curses calls (reads arrive through
/// a closure) so the decoding rules are testable without a terminal.
struct KeyDecoder {
    /// Curses key codes, passed in because the curses constants live in the backend.
    struct Codes: Sendable {
        var up, down, left, right, home, end, pageUp, pageDown: Int32
        var backTab, backspace, delete, insert, enter: Int32
        /// `KEY_F(0)`: function key n is `f0 + n`.
        var f0: Int32
        var resize, mouse: Int32
    }

    let codes: Codes
    /// A read that followed an Esc but did not belong to it, handed out next.
    private var pending: RawKey?

    init(codes: Codes) {
        self.codes = codes
    }

    /// What one raw read means. `KEY_RESIZE` and `KEY_MOUSE` need the backend's help (the new size,
    /// `getmouse`), so they come back as `.needsBackend`.
    enum Decoded: Equatable {
        case event(InputEvent)
        case needsBackend(Int32)
        case nothing
    }

    /// Decodes the next key. `read(timeoutMilliseconds)` reads once more from the terminal (nil when
    /// nothing arrives in time); it is used after an Esc to tell Esc from Alt+key, since terminals
    /// send Alt+x as Esc followed by x.
    mutating func next(timeoutMilliseconds: Int32, read: (Int32) -> RawKey?) -> Decoded {
        let raw: RawKey
        if let p = pending {
            pending = nil
            raw = p
        } else {
            guard let r = read(timeoutMilliseconds) else { return .nothing }
            raw = r
        }
        switch raw {
        case .code(let c):
            return decode(code: c)
        case .char(27):
            guard let following = read(0) else { return .event(.key(KeyPress(.escape))) }
            if case .char(let v) = following, let key = Self.key(forChar: v), key.code != .escape {
                var alt = key
                alt.alt = true
                return .event(.key(alt))
            }
            pending = following
            return .event(.key(KeyPress(.escape)))
        case .char(let v):
            guard let key = Self.key(forChar: v) else { return .nothing }
            return .event(.key(key))
        }
    }

    /// Named keys from curses key codes; unknown codes (shifted arrows and other extended keys)
    /// are dropped rather than guessed.
    func decode(code c: Int32) -> Decoded {
        let named: KeyPress.Code?
        switch c {
        case codes.up: named = .up
        case codes.down: named = .down
        case codes.left: named = .left
        case codes.right: named = .right
        case codes.home: named = .home
        case codes.end: named = .end
        case codes.pageUp: named = .pageUp
        case codes.pageDown: named = .pageDown
        case codes.backTab: named = .backTab
        case codes.backspace: named = .backspace
        case codes.delete: named = .delete
        case codes.insert: named = .insert
        case codes.enter: named = .enter
        case codes.resize, codes.mouse: return .needsBackend(c)
        case (codes.f0 + 1)...(codes.f0 + 63): named = .function(Int(c - codes.f0))
        default: named = nil
        }
        guard let named else { return .nothing }
        return .event(.key(KeyPress(named)))
    }

    /// A character from the keyboard: Enter, Tab, Backspace and Esc by their control codes, other
    /// control codes as Ctrl+letter ("C-d"), printable characters as themselves.
    static func key(forChar v: UInt32) -> KeyPress? {
        switch v {
        case 10, 13: return KeyPress(.enter)
        case 9: return KeyPress(.tab)
        case 8, 127: return KeyPress(.backspace)
        case 27: return KeyPress(.escape)
        case 0: return .ctrl(" ")
        case 1...26: return .ctrl(Character(Unicode.Scalar(UInt8(v) + 0x60)))
        case 28...31: return .ctrl(Character(Unicode.Scalar(UInt8(v) + 0x40)))
        case 0x80..<0xA0: return nil
        default:
            guard let s = Unicode.Scalar(v) else { return nil }
            return .char(Character(s))
        }
    }

    /// Mouse buttons as curses reports them (`MEVENT.bstate`): a button-1 press selects, buttons
    /// 4 and 5 are the wheel.
    struct MouseMasks: Sendable {
        var press: UInt, wheelUp: UInt, wheelDown: UInt
    }

    static func mouse(bstate: UInt, x: Int32, y: Int32, masks: MouseMasks) -> InputEvent? {
        let kind: MouseEvent.Kind
        if bstate & masks.wheelUp != 0 {
            kind = .wheelUp
        } else if bstate & masks.wheelDown != 0 {
            kind = .wheelDown
        } else if bstate & masks.press != 0 {
            kind = .press
        } else {
            return nil
        }
        return .mouse(MouseEvent(kind, x: Int(x), y: Int(y)))
    }
}
