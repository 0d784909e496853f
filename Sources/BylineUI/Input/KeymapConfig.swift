extension Keymap {
    /// Applies a config file's `[keys]` table: `action-name = "key"` or `= ["key", "key"]`,
    /// names as the help overlay shows them. Errors point at the entry's file and line.
    public mutating func apply(_ doc: TOMLSubset, table: String = "keys") throws(TOMLError) {
        guard let entries = doc.tables[table] else { return }
        for name in entries.keys.sorted(by: { entries[$0]!.line < entries[$1]!.line }) {
            let keys: [String]
            switch entries[name]!.value {
            case .string(let k): keys = [k]
            case .strings(let ks): keys = ks
            default: throw doc.error("expected a key name or an array of key names", table: table, key: name)
            }
            do {
                try rebind(name, to: keys)
            } catch {
                throw doc.error(error.description, table: table, key: name)
            }
        }
    }
}
