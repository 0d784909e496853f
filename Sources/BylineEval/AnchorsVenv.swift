import Foundation

/// Where the comparison tools (spaCy, textacy, dateparser) are installed: `$BYLINE_ANCHORS_VENV`,
/// else `~/.cache/byline-anchors/venv`, the virtual environment `../shared/anchors/setup.sh`
/// makes. Every evaluation that runs them beside ours looks here, so they agree.
public enum AnchorsVenv {
    /// The folder the environment is looked for in.
    public static func path(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        environment["BYLINE_ANCHORS_VENV"] ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.cache/byline-anchors/venv"
    }

    /// That folder, when its Python is there to run.
    public static func installed(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        let venv = path(environment: environment)
        return FileManager.default.isExecutableFile(atPath: venv + "/bin/python") ? venv : nil
    }
}
