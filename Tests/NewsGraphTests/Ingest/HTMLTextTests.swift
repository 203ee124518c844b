import Testing
@testable import NewsGraph

@Suite struct HTMLTextTests {
    @Test(arguments: [
        ("Plain   title\n here", "Plain title here"),
        ("Fish &amp; <b>chips</b>", "Fish & chips"),
        ("<p>One</p><p>Two</p>", "One Two"),
        ("Line<br>break", "Line break"),
        ("&eacute;t&eacute; &#8211; &#x263A;", "été – ☺"),
        ("<script>alert(1)</script>Safe<style>p{}</style>", "Safe"),
        ("Broken <b>markup <i>never closed", "Broken markup never closed"),
        ("AT&T &amp; friends", "AT&T & friends"),
        ("no&nbsp;break", "no\u{A0}break"),
    ])
    func plainText(input: String, expected: String) {
        #expect(HTMLText.plainText(input) == expected)
    }
}
