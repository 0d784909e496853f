import Foundation
import Testing

/// What the colours mean, read off the real reader's screen: the legend line names each role in
/// that role's own look, and those looks differ at 8 and 256 colours and without colour.
@Suite(.serialized, .enabled(if: TmuxSession.available, TmuxSession.skipReason))
struct TmuxColourTests {
    /// The SGR sequences tmux writes right before `word` on the row holding `marker`: the look
    /// of the word (tmux restates it after every plain-coloured gap).
    static func look(of word: String, onRowWith marker: String, in screen: String) -> String? {
        guard let row = screen.split(separator: "\n").first(where: { $0.contains(marker) }),
            let at = row.range(of: word)
        else { return nil }
        var codes: [String] = []
        var before = row[..<at.lowerBound]
        while before.hasSuffix("m"), let start = before.range(of: "\u{1B}[", options: .backwards) {
            codes.insert(String(before[start.lowerBound...]), at: 0)
            before = before[..<start.lowerBound]
        }
        return codes.joined()
    }

    static let roles = ["person", "organisation", "place", "date", "[speaker]", "quote"]

    @Test(arguments: [
        ("TERM=xterm", false), ("TERM=xterm-256color", false), ("TERM=xterm-256color NO_COLOR=1", true),
    ])
    func theLegendShowsEveryRoleInItsOwnLook(environment: String, noColor: Bool) throws {
        let tmux = try TmuxSession()
        try tmux.openReader(prefix: "env \(environment)")
        tmux.send("Enter")
        let shown = tmux.waitFor("Colours:")
        #expect(shown.ok, "\(shown.screen)")
        // `t` cycles themes; without colour it has only attribute themes to offer.
        for _ in 0..<(noColor ? 2 : 1) {
            let screen = tmux.captureWithColours()
            let looks = Self.roles.map { Self.look(of: $0, onRowWith: "Colours:", in: screen) ?? "" }
            #expect(looks.allSatisfy { !$0.isEmpty && $0 != "\u{1B}[0m" }, "\(environment): \(looks)")
            #expect(Set(looks).count == looks.count, "\(environment): \(zip(Self.roles, looks).map { "\($0)=\($1)" })")
            if noColor {
                // Any SGR colour other than the defaults (39, 49).
                let colour = /\x1B\[(?:\d+;)*(?:3[0-8]|4[0-8]|9[0-7]|10[0-7])[;m]/
                #expect(!screen.contains(colour), "colour under NO_COLOR")
                tmux.send("t")
                usleep(300_000)
            }
        }
        tmux.send("c")
        #expect(tmux.waitUntil { !$0.contains("Colours:") }.ok)
        tmux.send("?")
        let help = tmux.waitFor("Keys and colours")
        #expect(help.ok)
        tmux.send("q", "q", "q")
        #expect(tmux.exitStatus() == 0)
    }
}
