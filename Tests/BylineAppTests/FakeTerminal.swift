import BylineUI
import Foundation
import Testing

/// A terminal for driving the reader's loop in tests: it plays a script of events, waiting where
/// the script says for a drawn frame to show something, and records what the loop asked of it.
final class FakeTerminal: TerminalScreen {
    enum Step {
        case send(TerminalEvent)
        /// Holds back the following steps until a frame's text passes the check.
        case waitFor(String, @Sendable (String) -> Bool)
        /// Does something to the world outside the loop (a file, a source's gate) at this point.
        case act(@Sendable () -> Void)
    }

    let width = 100
    let height = 30
    let measure = DisplayWidth(scalarWidth: { _ in 1 })
    var externalOutcome: ExternalOutcome = .exited(command: "browser", status: 0)
    private var steps: [Step]
    private let patience: TimeInterval

    /// Every drawn frame's text, one string per frame.
    private(set) var frames: [String] = []
    private(set) var themes: [String] = []
    private(set) var invalidations = 0
    private(set) var suspensions = 0
    private(set) var externalCommands: [[[String]]] = []
    /// What each external program got on its standard input, when it got something.
    private(set) var pipedInputs: [String] = []
    /// The text of each OSC 52 copy, decoded.
    private(set) var clipboard: [String] = []
    private(set) var closed = false

    init(_ steps: [Step], patience: TimeInterval = 30) {
        self.steps = steps
        self.patience = patience
    }

    func setTheme(_ theme: Theme) { themes.append(theme.name) }
    func draw(_ grid: Grid) { frames.append(grid.lines.joined(separator: "\n")) }
    func invalidate() { invalidations += 1 }

    func suspend() -> TerminalEvent {
        suspensions += 1
        return .repaint
    }

    func runExternal(_ commands: [[String]], stdin: Int32, pause: Bool) -> ExternalOutcome {
        externalCommands.append(commands)
        if stdin >= 0 {
            var bytes: [UInt8] = []
            var buffer = [UInt8](repeating: 0, count: 4096)
            while case let n = read(stdin, &buffer, buffer.count), n > 0 { bytes += buffer[0..<n] }
            pipedInputs.append(String(decoding: bytes, as: UTF8.self))
        }
        return externalOutcome
    }

    var clipboardAvailable = true

    func setClipboard(base64: String) -> Bool {
        guard let data = Data(base64Encoded: base64) else { return false }
        clipboard.append(String(decoding: data, as: UTF8.self))
        return true
    }

    func close() { closed = true }

    private var waitingSince: Date?

    func nextEvent(timeoutMilliseconds: Int32) -> TerminalEvent? {
        guard let step = steps.first else {
            Issue.record("the loop asked for more events than the script holds")
            return .quit(signal: SIGKILL)
        }
        switch step {
        case .send(let event):
            steps.removeFirst()
            return event
        case .act(let body):
            steps.removeFirst()
            body()
            return nextEvent(timeoutMilliseconds: timeoutMilliseconds)
        case .waitFor(let what, let check):
            if let last = frames.last, check(last) {
                steps.removeFirst()
                waitingSince = nil
                return nextEvent(timeoutMilliseconds: timeoutMilliseconds)
            }
            let since = waitingSince ?? Date()
            waitingSince = since
            if Date().timeIntervalSince(since) > patience {
                Issue.record("no frame showed \(what) within \(patience) s; the last one:\n\(frames.last ?? "")")
                steps = []
                return .quit(signal: SIGKILL)
            }
            if timeoutMilliseconds > 0 { usleep(useconds_t(min(timeoutMilliseconds, 10)) * 1000) }
            return nil
        }
    }
}

extension FakeTerminal.Step {
    static func key(_ key: KeyPress) -> Self { .send(.input(.key(key))) }
    static func char(_ c: Character) -> Self { key(.char(c)) }
    static func waitFor(_ text: String) -> Self { .waitFor("'\(text)'", { $0.contains(text) }) }
}
