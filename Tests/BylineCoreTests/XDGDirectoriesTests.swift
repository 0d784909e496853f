import Foundation
import Testing

@testable import BylineCore

@Suite struct XDGDirectoriesTests {
    @Test func absoluteVariablesWinAndDefaultsLieUnderHome() {
        let set = XDGDirectories(environment: [
            "HOME": "/h", "XDG_CONFIG_HOME": "/c", "XDG_STATE_HOME": "/s", "XDG_CACHE_HOME": "/k",
            "XDG_DATA_HOME": "/d",
        ])
        #expect([set.config, set.state, set.cache, set.data] == ["/c", "/s", "/k", "/d"])
        let unset = XDGDirectories(environment: ["HOME": "/h"])
        #expect(
            [unset.config, unset.state, unset.cache, unset.data] == [
                "/h/.config", "/h/.local/state", "/h/.cache", "/h/.local/share",
            ])
    }

    @Test func relativeAndEmptyVariablesAreIgnored() {
        let xdg = XDGDirectories(environment: [
            "HOME": "/h", "XDG_CONFIG_HOME": "conf", "XDG_STATE_HOME": "", "XDG_CACHE_HOME": "./k",
            "XDG_DATA_HOME": "~/d",
        ])
        #expect(
            [xdg.config, xdg.state, xdg.cache, xdg.data] == [
                "/h/.config", "/h/.local/state", "/h/.cache", "/h/.local/share",
            ])
    }

    @Test func withoutHomeTheSystemsHomeDirectory() {
        #expect(XDGDirectories(environment: [:]).home == NSHomeDirectory())
        #expect(XDGDirectories(environment: ["HOME": ""]).config == NSHomeDirectory() + "/.config")
    }

    @Test func tildeStandsForHome() {
        let xdg = XDGDirectories(environment: ["HOME": "/h"])
        #expect(xdg.expandingTilde("~/news") == "/h/news")
        #expect(xdg.expandingTilde("/srv/~/news") == "/srv/~/news")
        #expect(xdg.expandingTilde("~news") == "~news")
    }
}
