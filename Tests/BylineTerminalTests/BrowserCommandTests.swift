import BylineTerminal
import Testing

@Suite struct BrowserCommandTests {
    let url = "https://example.org/a?b=c"

    @Test func withoutBrowserOnlyXdgOpen() {
        #expect(BrowserCommand.candidates(url: url, browser: nil) == [["xdg-open", url]])
        #expect(BrowserCommand.candidates(url: url, browser: "") == [["xdg-open", url]])
    }

    @Test func eachBrowserEntryInOrderThenXdgOpen() {
        #expect(
            BrowserCommand.candidates(url: url, browser: "firefox:lynx -accept_all_cookies") == [
                ["firefox", url], ["lynx", "-accept_all_cookies", url], ["xdg-open", url],
            ])
    }

    @Test func percentSStandsForTheURL() {
        #expect(
            BrowserCommand.candidates(url: url, browser: "w3m %s -no-mouse") == [
                ["w3m", url, "-no-mouse"], ["xdg-open", url],
            ])
    }
}
