import Foundation
import Testing

@testable import BylineCore

/// A page that holds a control character, raw or as a character reference (`&#x1B;[2J`), shows it
/// as the placeholder any other format shows: nothing of the page is lost without a trace.
@Suite struct HTMLControlsTests {
    @Test func referencesToControlsBecomeTheirPlaceholders() throws {
        let page = """
            <html><head><title>Odd &#x1B;]0;PWNED&#7; page</title></head><body><article>
            <p>Jean Lee said &#x1b;[2J and &#27;[31m, &#0; &#xD800; &#1114112; &#65;&#x202E;x &#9;tab &#x9B;6n.</p>
            </article></body></html>
            """
        let (articles, _) = try loadOne("odd.html", page)
        let a = try #require(articles.first)
        #expect(a.title == "Odd \u{241B}]0;PWNED\u{2407} page")
        #expect(a.text.contains("said \u{241B}[2J and \u{241B}[31m, \u{2400} \u{FFFD} \u{FFFD} A\u{202E}x"))
        #expect(a.text.contains("\u{9B}6n."))
        #expect(SafeText(a.text).text.contains("\u{241B}[2J and \u{241B}[31m, \u{2400} \u{FFFD} \u{FFFD} A<U+202E>x"))
    }

    @Test func rawControlsBecomeTheirPlaceholdersToo() throws {
        let page =
            "<html><head><title>Raw \u{1B}]0;PWNED\u{07} page</title></head><body><article>\n"
            + "<p>Jean Lee said \u{1B}[2J and\tthen\r\n\u{7F}\u{9B}6n.</p></article></body></html>"
        let (articles, _) = try loadOne("raw.html", page)
        let a = try #require(articles.first)
        #expect(a.title == "Raw \u{241B}]0;PWNED\u{2407} page")
        #expect(a.text.contains("said \u{241B}[2J and then \u{7F}\u{9B}6n."))
    }

    @Test func aPageWithoutSuchReferencesIsPassedOnUnchanged() {
        let page = Data("<p>AT&amp;T &#8220;fine&#8221; &#x41; &copy; & &#; &#x;\t\r\n</p>".utf8)
        #expect(HTMLControls.visible(page) == page)
        #expect(HTMLControls.visible(Data("&#x1B".utf8)) == Data("&#x241b;".utf8))
        #expect(HTMLControls.visible(Data("&#99999999999999999999;x".utf8)) == Data("&#xFFFD;x".utf8))
        // UTF-16: the NUL bytes are half of every character, not controls.
        let utf16 = Data([0xFF, 0xFE]) + "<p>a</p>".data(using: .utf16LittleEndian)!
        #expect(HTMLControls.visible(utf16) == utf16)
    }
}
