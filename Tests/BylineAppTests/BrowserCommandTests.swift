import BylineApp
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

@Suite struct BrowserRefusalTests {
    @Test func webURLsPass() {
        #expect(BrowserCommand.refusal(of: "https://example.org/a?b=c") == nil)
        #expect(BrowserCommand.refusal(of: "HTTP://example.org/") == nil)
    }

    @Test func otherSchemesOptionsAndOddCharactersAreRefused() {
        #expect(BrowserCommand.refusal(of: "file:///etc/passwd") == "file: URLs are not opened (only http, https)")
        #expect(
            BrowserCommand.refusal(of: "javascript:alert(1)") == "javascript: URLs are not opened (only http, https)")
        #expect(BrowserCommand.refusal(of: "--help") == "not a URL")
        #expect(BrowserCommand.refusal(of: "-x:https://a") == "not a URL")
        #expect(BrowserCommand.refusal(of: "/etc/passwd") == "not a URL")
        #expect(
            BrowserCommand.refusal(of: "https://a.org/ --new-window") == "the URL holds spaces or control characters")
        #expect(BrowserCommand.refusal(of: "https://a.org/\u{1B}[2J") == "the URL holds spaces or control characters")
    }

    @Test func otherSchemesCanBeAllowed() {
        #expect(BrowserCommand.refusal(of: "gopher://a.org/", schemes: ["gopher"]) == nil)
    }
}
