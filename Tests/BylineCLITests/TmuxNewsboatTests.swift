import Foundation
import Testing

/// The reader on newsboat's cache: what was read in newsboat shows as read, beside Byline's own marks.
@Suite(.serialized, .enabled(if: TmuxSession.available, TmuxSession.skipReason))
struct TmuxNewsboatTests {
    @Test func itemsReadInNewsboatShowAsRead() throws {
        let tmux = try TmuxSession()
        let path = tmux.dir.appendingPathComponent("cache.db").path
        NewsboatCacheFixture.write(
            to: path,
            items: [
                .init(
                    guid: "a", title: "Minister resigns over leak", published: 1_642_118_400,
                    html: #"<p>"I take full responsibility," the minister, Anna Berg, said on Friday.</p>"#,
                    unread: false),
                .init(
                    guid: "b", title: "Harbour reopens after storm", published: 1_642_204_800,
                    html: #"<p>The harbour reopened on Saturday, the port authority said.</p>"#, unread: true),
                .init(
                    guid: "c", title: "Rail strike called off", published: 1_642_291_200,
                    html: #"<p>Unions called off the strike late on Sunday.</p>"#, unread: true),
            ]
        )
        try tmux.startByline(["--newsboat", path])
        // Only the two items unread in newsboat count as unread. The search below reads the word
        // index, which holds an item once it is annotated.
        let listed = tmux.waitUntil(timeout: 60) {
            $0.contains("2 unread · 3/3 articles") && !$0.contains("annotating")
        }
        #expect(listed.ok, "\(listed.screen)")
        // Reading one more in Byline merges with newsboat's marks: the filter shows it read, and
        // once the reader and the filter are closed one unread is left.
        tmux.send("/")
        tmux.type("Harbour")
        tmux.send("Enter", "Enter")
        let opened = tmux.waitUntil { $0.contains("READER") && $0.contains(" 1/3 articles") && !$0.contains("unread") }
        #expect(opened.ok, "\(opened.screen)")
        tmux.send("q")
        #expect(tmux.waitFor("LIST").ok)
        tmux.send("q")
        let merged = tmux.waitUntil { $0.contains("1 unread · 3/3 articles") }
        #expect(merged.ok, "\(merged.screen)")
        tmux.send("q")
        #expect(tmux.exitStatus() == 0)
    }
}
