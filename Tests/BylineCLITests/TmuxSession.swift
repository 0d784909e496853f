import BylineCore
import Foundation
import Testing

/// A private tmux server (its own socket, no config file) running an interactive shell, for
/// driving the real `byline` binary as a person would: type keys, look at the screen, send signals,
/// and check afterwards that the terminal was given back.
final class TmuxSession {
    /// Whether tmux is installed; tmux tests are skipped without it (`.ci/run` installs it).
    static let available: Bool = which("tmux") != nil
    static let skipReason: Comment =
        "tmux is not installed; install it (apt-get install tmux) to run the terminal tests"

    /// One annotation cache for every session of this test run, so the sample data is annotated once.
    /// It lives on between runs (it is only a cache, keyed by each file's path, size and time).
    static let sharedCache: URL = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("byline-tmux-test-cache")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }()

    let socket: String
    /// A private directory for the pid file, state and config.
    let dir: URL
    private let tmux: String

    /// Starts the server with a shell in a `width`×`height` window, in the package root.
    init(width: Int = 100, height: Int = 30, environment: [String: String] = [:]) throws {
        tmux = Self.which("tmux") ?? "tmux"
        socket = "byline-test-\(getpid())-\(UUID().uuidString.prefix(8))"
        dir = FileManager.default.temporaryDirectory.appendingPathComponent(socket)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        var env = [
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
            "HOME": dir.path,
            "TERM": "tmux-256color",
            "LANG": "C.UTF-8",
            "SWIFT_BACKTRACE": "interactive=no",
            "XDG_STATE_HOME": dir.appendingPathComponent("state").path,
            "XDG_CONFIG_HOME": dir.appendingPathComponent("config").path,
            "XDG_CACHE_HOME": Self.sharedCache.path,
            "PS1": "$ ",
            // No history file: the shell would write one into `dir` as the session is torn down.
            "HISTFILE": "",
        ]
        // A sanitizer build's binary reads its options from the environment; the pane gets them too.
        for name in ["ASAN_OPTIONS", "LSAN_OPTIONS", "TSAN_OPTIONS", "UBSAN_OPTIONS"] {
            if let value = ProcessInfo.processInfo.environment[name] { env[name] = value }
        }
        env.merge(environment) { $1 }
        let shell = Self.which("bash").map { "\($0) --norc --noprofile" } ?? "/bin/sh"
        let assignments = env.keys.sorted().map { "\($0)=\(Self.quote(env[$0]!))" }.joined(separator: " ")
        try run([
            "new-session", "-d", "-s", "t", "-x", "\(width)", "-y", "\(height)",
            "-c", Binary.root.path, "env -i \(assignments) \(shell)",
        ])
        // Keep the window at the size asked for, whatever clients (there are none) would want.
        try run(["set-option", "-g", "window-size", "manual"])
        _ = waitFor("$")
    }

    deinit {
        _ = try? run(["kill-server"])
        // tmux leaves its socket file behind.
        let tmpdir = ProcessInfo.processInfo.environment["TMUX_TMPDIR"] ?? "/tmp"
        unlink("\(tmpdir)/tmux-\(getuid())/\(socket)")
        try? FileManager.default.removeItem(at: dir)
    }

    /// Runs `byline ARGS` as the shell's foreground job; returns its pid once it is running.
    /// `prefix` goes before the command (`env TERM=dumb`), `redirect` after it (`> FILE`).
    /// When it ends, the shell prints `exit=STATUS`.
    @discardableResult
    func startByline(_ args: [String], prefix: String = "", redirect: String = "") throws -> Int32 {
        let pidFile = dir.appendingPathComponent("pid")
        try? FileManager.default.removeItem(at: pidFile)
        let command = ([Binary.path] + args).map(Self.quote).joined(separator: " ")
        let script = "echo $$ > \(Self.quote(pidFile.path)); exec \(command) \(redirect)"
        type("\(prefix) /bin/sh -c \(Self.quote(script)); echo \"exit=$?\"")
        send("Enter")
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline {
            if let s = try? String(contentsOf: pidFile, encoding: .utf8),
                let pid = Int32(s.trimmingCharacters(in: .whitespacesAndNewlines))
            {
                return pid
            }
            usleep(20_000)
        }
        throw TmuxError.didNotStart(capture())
    }

    /// Opens the reader on sample-data and waits until the load is over and the seed article is listed.
    @discardableResult
    func openReader(_ extra: [String] = [], prefix: String = "") throws -> Int32 {
        let pid = try startByline(["sample-data"] + extra, prefix: prefix)
        let r = waitUntil(timeout: 60) { screen in
            screen.contains(Self.seedTitleStart) && screen.contains(" articles") && !screen.contains("annotating")
                && !screen.contains("reading ")
        }
        if !r.ok { throw TmuxError.didNotStart(r.screen) }
        return pid
    }

    /// How the seed article's headline begins, as the list shows it.
    static let seedTitleStart = "US Secretary of State"

    /// Whether process `pid` still exists.
    static func isRunning(_ pid: Int32) -> Bool { kill(pid, 0) == 0 }

    /// Sends keys in tmux's notation ("q", "C-c", "Enter", "Escape", "Up").
    func send(_ keys: String...) {
        _ = try? run(["send-keys", "-t", "t"] + keys)
    }

    /// Sends a mouse report for a press of `button` (0 left, 64 wheel up, 65 wheel down) at cell
    /// (x, y), in the X10 encoding the tmux-256color entry declares (kmous=\E[M).
    func mouse(button: Int, x: Int, y: Int) {
        let bytes = [0x1B, 0x5B, 0x4D, 32 + button, 33 + x, 33 + y]
        _ = try? run(["send-keys", "-t", "t", "-H"] + bytes.map { String($0, radix: 16) })
    }

    /// The pane's title, which an OSC 0/2 sequence reaching the terminal would change.
    func paneTitle() -> String {
        ((try? output(["display-message", "-p", "-t", "t", "#{pane_title}"])) ?? "").trimmingCharacters(in: .newlines)
    }

    /// Lets programs in the pane set tmux's clipboard with OSC 52 (by default tmux only passes the
    /// sequence on to an outer terminal, and there is none).
    func acceptClipboard() {
        _ = try? run(["set-option", "-s", "set-clipboard", "on"])
    }

    /// The newest tmux paste buffer, where an OSC 52 sequence lands once `acceptClipboard()` was
    /// called; nil when there is none.
    func clipboard() -> String? {
        guard (try? output(["list-buffers"]))?.isEmpty == false else { return nil }
        return try? output(["show-buffer"])
    }

    /// The pane's size as tmux has it.
    func paneSize() -> (Int, Int) {
        let parts = ((try? output(["display-message", "-p", "-t", "t", "#{pane_width} #{pane_height}"])) ?? "")
            .split(whereSeparator: { $0 == " " || $0 == "\n" }).compactMap { Int($0) }
        return parts.count == 2 ? (parts[0], parts[1]) : (0, 0)
    }

    /// Types text literally.
    func type(_ text: String) {
        _ = try? run(["send-keys", "-t", "t", "-l", text])
    }

    func resize(width: Int, height: Int) {
        _ = try? run(["resize-window", "-t", "t", "-x", "\(width)", "-y", "\(height)"])
    }

    /// The visible screen, one string per row.
    func capture() -> String {
        (try? output(["capture-pane", "-p", "-t", "t"])) ?? ""
    }

    /// The visible screen with its colour codes (SGR sequences), as tmux re-encodes them.
    func captureWithColours() -> String {
        (try? output(["capture-pane", "-p", "-e", "-t", "t"])) ?? ""
    }

    func lines() -> [String] {
        capture().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// Polls the screen every 50 ms until `predicate` holds; the last capture either way. The
    /// default wait is long because the reader under test is a debug build sharing the machine
    /// with the rest of the test run and with other builds, and under heavy load a screen can take
    /// well over 10 s to appear. A wait that succeeds ends at once, so only a failing check pays
    /// for it.
    ///
    /// A capture can land while the terminal is still taking in a frame (a picker's border drawn,
    /// its rows not yet), so a screen that satisfies `predicate` is captured once more 50 ms later,
    /// and the later screen is the one returned when it still satisfies `predicate`: callers go on
    /// to check more than they waited for. A screen shown only briefly is still returned as seen.
    @discardableResult
    func waitUntil(timeout: TimeInterval = 30, _ predicate: (String) -> Bool) -> (ok: Bool, screen: String) {
        let deadline = Date().addingTimeInterval(timeout)
        var screen = capture()
        while !predicate(screen) {
            if Date() > deadline { return (false, screen) }
            usleep(50_000)
            screen = capture()
        }
        usleep(50_000)
        let settled = capture()
        return (true, predicate(settled) ? settled : screen)
    }

    @discardableResult
    func waitFor(_ text: String, timeout: TimeInterval = 30) -> (ok: Bool, screen: String) {
        waitUntil(timeout: timeout) { $0.contains(text) }
    }

    /// The status the shell printed for the reader (`exit=N`), once it has ended.
    func exitStatus(timeout: TimeInterval = 60) -> Int? {
        func status(_ screen: String) -> Int? {
            screen.split(separator: "\n").lazy.compactMap { $0.hasPrefix("exit=") ? Int($0.dropFirst(5)) : nil }.last
        }
        return status(waitUntil(timeout: timeout) { status($0) != nil }.screen)
    }

    /// Whether the shell's terminal is back in its normal mode: asks `stty -a` in the pane and
    /// looks for `icanon` and `echo` without a leading `-`.
    func terminalRestored() -> (ok: Bool, screen: String) {
        send("C-u")
        // The marker is computed by the shell, so the typed command line never matches it.
        type("stty -a | tr ' ;' '\\n\\n' | grep -xE -- '-?(icanon|echo)' | tr '\\n' ' '; echo stty-$((6*7))")
        send("Enter")
        let r = waitUntil { screen in screen.split(separator: "\n").contains { $0.hasSuffix("stty-42") } }
        let line = r.screen.split(separator: "\n").last { $0.hasSuffix("stty-42") } ?? ""
        let words = Set(line.split(separator: " ").map(String.init))
        return (words.contains("icanon") && words.contains("echo"), r.screen)
    }

    enum TmuxError: Error {
        case didNotStart(String)
        case failed(String)
    }

    @discardableResult
    private func run(_ args: [String]) throws -> Int32 {
        try Self.spawn([tmux, "-L", socket, "-f", "/dev/null"] + args, capture: false).status
    }

    private func output(_ args: [String]) throws -> String {
        try Self.spawn([tmux, "-L", socket, "-f", "/dev/null"] + args, capture: true).output
    }

    /// Runs a program, with no signal blocked (test threads block most, and the tmux server, its
    /// shells and the reader would inherit the mask). Not Foundation's `Process`: on Linux it
    /// learns that a child ended from a socket the child inherits, and the tmux server, forked
    /// from the first client, keeps that socket open, so `waitUntilExit` would never return.
    static func spawn(_ argv: [String], capture: Bool) throws -> (status: Int32, output: String) {
        let null = open("/dev/null", O_RDWR | O_CLOEXEC)
        defer { close(null) }
        var fds: [Int32] = [-1, -1]
        if capture {
            guard pipe(&fds) == 0 else { throw TmuxError.failed("pipe") }
            // Neither end may stay open in the tmux server the child forks, or the read never ends.
            for fd in fds { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        }
        let pid: pid_t
        do {
            pid = try ChildProcess.spawn(argv, stdin: null, output: capture ? .into(fds[1]) : .discarded)
        } catch {
            if capture { for fd in fds { close(fd) } }
            throw TmuxError.failed("cannot start \(argv[0])")
        }
        var output: [UInt8] = []
        if capture {
            close(fds[1])
            output = ChildProcess.readToEnd(fds[0])
        }
        return (ChildProcess.wait(pid), String(decoding: output, as: UTF8.self))
    }

    static func which(_ name: String) -> String? {
        for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let p = "\(dir)/\(name)"
            if FileManager.default.isExecutableFile(atPath: p) { return p }
        }
        return nil
    }

    /// Single-quotes a word for the shell.
    static func quote(_ s: String) -> String {
        "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
