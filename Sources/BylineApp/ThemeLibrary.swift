import BylineCore
import BylineUI
import Foundation

/// Finds theme files: the user's own (`${XDG_CONFIG_HOME:-~/.config}/byline/themes`), then the
/// bundled `themes/` directory next to the installed binary or in the source tree it was built in.
public struct ThemeLibrary: Sendable {
    /// Directories searched in order; a name found in an earlier one wins.
    public var directories: [String]

    public init(directories: [String]) {
        self.directories = directories
    }

    /// The standard search path: the user's themes under `xdg`'s config directory, then the bundled
    /// ones found from `executable` (the path the program was started by, as its `argv[0]`).
    public static func standard(_ xdg: XDGDirectories, executable: String) -> ThemeLibrary {
        var dirs = [xdg.config + "/byline/themes"]
        let exe = URL(fileURLWithPath: executable).resolvingSymlinksInPath().deletingLastPathComponent()
        dirs.append(exe.appendingPathComponent("../share/byline/themes").standardized.path)
        var dir = exe
        for _ in 0..<6 {
            let candidate = dir.appendingPathComponent("themes")
            if FileManager.default.fileExists(
                atPath: candidate.appendingPathComponent(Theme.defaultName + ".toml").path)
            {
                dirs.append(candidate.path)
                break
            }
            dir = dir.deletingLastPathComponent()
        }
        return ThemeLibrary(directories: dirs)
    }

    /// Theme names found, bundled ones first in their order, then the rest alphabetically.
    public func names() -> [String] {
        var found = Set<String>()
        for d in directories {
            for f in (try? FileManager.default.contentsOfDirectory(atPath: d)) ?? [] where f.hasSuffix(".toml") {
                found.insert(String(f.dropLast(5)))
            }
        }
        return Theme.bundledNames.filter(found.contains) + found.subtracting(Theme.bundledNames).sorted()
    }

    /// The file for a theme name, or the argument itself when it is a path (contains "/" or ends in .toml).
    public func path(for nameOrPath: String) -> String? {
        if nameOrPath.contains("/") || nameOrPath.hasSuffix(".toml") { return nameOrPath }
        for d in directories {
            let p = d + "/" + nameOrPath + ".toml"
            if FileManager.default.fileExists(atPath: p) { return p }
        }
        return nil
    }

    /// Loads one theme by name or path.
    public func load(_ nameOrPath: String) throws(ThemeError) -> Theme {
        guard let p = path(for: nameOrPath) else { throw .notFound(nameOrPath, searched: directories) }
        guard let data = RegularFile.contents(p) else { throw .unreadable(p) }
        do {
            return try Theme(toml: String(decoding: data, as: UTF8.self), file: p)
        } catch {
            throw .invalid(error)
        }
    }

    /// The themes `t` cycles through, in `names()` order, and the position of `chosen` among them
    /// (added at the end when it is a path outside the library). A broken file among the others
    /// is left out of the cycle; a broken `chosen` throws.
    public func cycle(chosen: String) throws(ThemeError) -> (themes: [Theme], index: Int) {
        let first = try load(chosen)
        var themes: [Theme] = []
        var index = 0
        for n in names() {
            if n == first.name || path(for: n) == path(for: chosen) {
                index = themes.count
                themes.append(first)
                continue
            }
            if let t = try? load(n) { themes.append(t) }
        }
        if !themes.contains(first) {
            index = themes.count
            themes.append(first)
        }
        return (themes, index)
    }

    /// `theme` as a terminal of `depth` shows it: without colour, the library's monochrome
    /// theme's attributes (see `Theme.degraded(to:plain:)`).
    public func shown(_ theme: Theme, at depth: ColorDepth) -> Theme {
        guard depth == .none, let plain = try? load(Theme.attributeOnlyName) else { return theme.degraded(to: depth) }
        return theme.degraded(to: depth, plain: plain)
    }

    /// The themes of a cycle that apply on a terminal of `depth`, and the position of the one to
    /// start with. Without colour only attribute-only themes apply: a colour theme there loses
    /// every role its colours told apart, and its backgrounds turn into reverse video. The
    /// chosen theme stays when none is attribute-only.
    public static func usable(_ cycle: (themes: [Theme], index: Int), at depth: ColorDepth) -> (
        themes: [Theme], index: Int
    ) {
        guard depth == .none else { return cycle }
        let plain = cycle.themes.filter(\.isAttributeOnly)
        guard !plain.isEmpty else { return cycle }
        let chosen = cycle.themes.indices.contains(cycle.index) ? cycle.themes[cycle.index] : nil
        return (plain, chosen.flatMap { plain.firstIndex(of: $0) } ?? 0)
    }
}

/// Why a theme could not be used.
public enum ThemeError: Error, Sendable, Equatable, CustomStringConvertible {
    case notFound(String, searched: [String])
    case unreadable(String)
    case invalid(TOMLError)

    public var description: String {
        switch self {
        case .notFound(let n, let dirs): return "no theme named '\(n)' (looked in \(dirs.joined(separator: ", ")))"
        case .unreadable(let p): return "cannot read theme file \(p)"
        case .invalid(let e): return "\(e)"
        }
    }
}
