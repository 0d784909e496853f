/// The key bindings in force: the default table, possibly rebound by a config file's `[keys]`.
public struct Keymap: Sendable {
    /// The table, in help order; rebinding changes keys, never the order or the help text.
    public private(set) var bindings: [KeyBinding]

    public init(bindings: [KeyBinding] = KeyBinding.defaults) {
        self.bindings = bindings
    }

    public static let standard = Keymap()

    /// The command a key runs in a context, if any.
    public func command(for key: KeyPress, in context: KeyContext) -> Command? {
        for b in bindings where b.contexts.contains(context) && b.keys.contains(key) { return b.command }
        return nil
    }

    /// The keys bound to a command, for hints such as "? help" in the status bar.
    public func keys(for command: Command) -> [KeyPress] {
        bindings.first { $0.command == command }?.keys ?? []
    }

    /// Binds `keys` to the action named `name` (its `Command` raw value), replacing its default
    /// keys; the same keys are taken away from any other action sharing a context with it.
    public mutating func rebind(_ name: String, to keyNames: [String]) throws(KeymapError) {
        guard let command = Command(rawValue: name) else { throw .unknownAction(name) }
        var keys: [KeyPress] = []
        for k in keyNames {
            guard let key = KeyPress(parsing: k) else { throw .unknownKey(action: name, key: k) }
            keys.append(key)
        }
        guard let at = bindings.firstIndex(where: { $0.command == command }) else { throw .unknownAction(name) }
        let contexts = bindings[at].contexts
        for i in bindings.indices where i != at && !bindings[i].contexts.isDisjoint(with: contexts) {
            bindings[i].keys.removeAll { keys.contains($0) }
        }
        bindings[at].keys = keys
    }
}

/// Why a `[keys]` entry could not be applied; the config reader adds the file and line.
public enum KeymapError: Error, Sendable, Equatable, CustomStringConvertible {
    case unknownAction(String)
    case unknownKey(action: String, key: String)

    public var description: String {
        switch self {
        case .unknownAction(let a): return "no action named '\(a)' (see the help overlay, ?, for the names)"
        case .unknownKey(let a, let k):
            return "'\(k)' is not a key name (for \(a)); use names like j, C-d, M-x, Enter, PgDn, F1"
        }
    }
}
