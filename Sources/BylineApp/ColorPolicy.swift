import BylineUI
import Foundation

/// `--color` of the commands that print styled text.
public enum ColorChoice: String, CaseIterable, Sendable {
    /// Colours when standard output is a terminal.
    case auto
    case always
    case never
}

/// The one place that decides colour: which theme, whether the reader turns the terminal's colours
/// on, and whether and at what depth printed output is styled. It weighs NO_COLOR
/// (https://no-color.org: set and not empty), `--color`, `--theme`, `$BYLINE_THEME` and the
/// config file's theme.
public struct ColorPolicy: Sendable, Equatable {
    /// NO_COLOR is set and not empty: no colours anywhere (attributes such as bold remain).
    public let noColor: Bool
    /// `$BYLINE_THEME`, when set and not empty.
    private let themeVariable: String?
    /// The depth a terminal probably has, from COLORTERM and TERM, for output written without curses.
    private let guessedDepth: ColorDepth

    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        noColor = !(environment["NO_COLOR"] ?? "").isEmpty
        themeVariable = environment["BYLINE_THEME"].flatMap { $0.isEmpty ? nil : $0 }
        let colorterm = environment["COLORTERM"]?.lowercased() ?? ""
        let term = environment["TERM"] ?? ""
        if colorterm == "truecolor" || colorterm == "24bit" {
            guessedDepth = .trueColor
        } else if term.contains("256") {
            guessedDepth = .indexed256
        } else if term.isEmpty || term == "dumb" {
            guessedDepth = .none
        } else {
            guessedDepth = .ansi8
        }
    }

    /// The theme name or path to use: `--theme`, else `$BYLINE_THEME`, else `monochrome` under
    /// NO_COLOR, else the config file's theme, else the default.
    public func themeName(flag: String?, configured: String? = nil) -> String {
        if let flag, !flag.isEmpty { return flag }
        if let themeVariable { return themeVariable }
        if noColor { return Theme.attributeOnlyName }
        if let configured, !configured.isEmpty { return configured }
        return Theme.defaultName
    }

    /// Whether the reader may turn the terminal's colours on (it still goes without on a
    /// terminal that has none).
    public var readerUsesColor: Bool { !noColor }

    /// The depth printed output is styled at, or nil for plain text: `never`, or `auto` when
    /// standard output is not a terminal, is plain; under NO_COLOR styled output keeps its
    /// attributes and drops its colours.
    public func printedDepth(_ choice: ColorChoice, outputIsTerminal: Bool) -> ColorDepth? {
        guard choice == .always || (choice == .auto && outputIsTerminal) else { return nil }
        return noColor ? ColorDepth.none : guessedDepth
    }
}
