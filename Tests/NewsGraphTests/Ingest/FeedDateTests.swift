import Foundation
import Testing
@testable import NewsGraph

@Suite struct FeedDateTests {
    /// Renders a parsed date as ISO 8601 UTC so expectations read like the input.
    private func iso(_ text: String) -> String? {
        guard let date = FeedDate.parse(text) else { return nil }
        return date.formatted(.iso8601)
    }

    @Test(arguments: [
        ("Thu, 01 Jan 2004 19:48:21 GMT", "2004-01-01T19:48:21Z"),
        ("01 Jan 2004 19:48:21 GMT", "2004-01-01T19:48:21Z"),
        ("Thu, 1 Jan 04 19:48:21 GMT", "2004-01-01T19:48:21Z"),
        ("Wed, 31 Dec 99 10:14:55 UT", "1999-12-31T10:14:55Z"),
        ("Wed, 31 Dec 2003 10:14:55 -0800", "2003-12-31T18:14:55Z"),
        ("Wed, 31 Dec 2003 10:14:55 +01:00", "2003-12-31T09:14:55Z"),
        ("Sat, 05 Jun 2010 10:00:00 PST", "2010-06-05T18:00:00Z"),
        ("Sat, 05 Jun 2010 10:00:00 EDT", "2010-06-05T14:00:00Z"),
        ("Sat, 05 Jun 2010 10:00 Z", "2010-06-05T10:00:00Z"),
        ("Sat, 05 Jun 2010 10:00:00 A", "2010-06-05T09:00:00Z"),
        ("Sat, 05 Jun 2010 10:00:00 N", "2010-06-05T11:00:00Z"),
        ("sat,  05   jun 2010   10:00:00   gmt", "2010-06-05T10:00:00Z"),
        ("Saturday, 05 June 2010 10:00:00 GMT", "2010-06-05T10:00:00Z"),
        ("Sat, 05 Jun 2010 10:00:00", "2010-06-05T10:00:00Z"),
        ("Sat,05 Jun 2010 10:00:00 GMT+2", "2010-06-05T08:00:00Z"),
        ("Sun Nov  6 08:49:37 1994", "1994-11-06T08:49:37Z"),
        ("Nov 6, 1994 8:49 PM", "1994-11-06T20:49:00Z"),
        ("Mon, 29 Feb 2016 23:59:60 GMT", "2016-02-29T23:59:59Z"),
        ("Sun, 18 Jul 2004 13:39:41 +0200 (CEST)", "2004-07-18T11:39:41Z"),
        ("Wed Jun 18 2014 14:30:00 GMT-0700 (PDT)", "2014-06-18T21:30:00Z"),
        ("Tuesday, 01-Jan-04 12:00:00 GMT", "2004-01-01T12:00:00Z"),
        ("Mon, 26 Jan 2004 16:31:00 ET", "2004-01-26T16:31:00Z"),
        ("Fri, 24 Nov 2006 13:43:00 +0100 CET", "2006-11-24T12:43:00Z"),
        ("Thu, 01 Jan 2004 19:48:21 Z", "2004-01-01T19:48:21Z"),
    ])
    func rfc822Variants(input: String, expected: String) {
        #expect(iso(input) == expected, "\(input)")
    }

    @Test(arguments: [
        ("2003-12-31T10:14:55Z", "2003-12-31T10:14:55Z"),
        ("2003-12-31T10:14:55-08:00", "2003-12-31T18:14:55Z"),
        ("2003-12-31T10:14:55+0530", "2003-12-31T04:44:55Z"),
        ("2003-12-31T10:14:55.25+01:00", "2003-12-31T09:14:55Z"),
        ("2003-12-31T10:14Z", "2003-12-31T10:14:00Z"),
        ("2003-12-31 10:14:55", "2003-12-31T10:14:55Z"),
        ("2003-12-31t10:14:55z", "2003-12-31T10:14:55Z"),
        ("2003-12-31", "2003-12-31T00:00:00Z"),
        ("2003-12", "2003-12-01T00:00:00Z"),
        ("2003", "2003-01-01T00:00:00Z"),
        ("20031231T101455Z", "2003-12-31T10:14:55Z"),
        ("  2003-12-31T10:14:55+00:00  ", "2003-12-31T10:14:55Z"),
        ("2003-12-31T10:14:55 +01:00", "2003-12-31T09:14:55Z"),
    ])
    func iso8601Variants(input: String, expected: String) {
        #expect(iso(input) == expected, "\(input)")
    }

    @Test func fractionalSecondsAreKept() throws {
        let date = try #require(FeedDate.parse("2003-12-31T10:14:55.5Z"))
        #expect(date.timeIntervalSince1970 == 1_072_865_695.5)
    }

    @Test(arguments: ["", "yesterday", "2003-13-01", "2003-02-30", "Thu, 32 Jan 2004 10:00:00 GMT",
                      "Thu, 01 Foo 2004 10:00:00 GMT", "25:00", "2004-01-01T25:00:00Z", "12345",
                      "Thu, 01 Jan 2004 10:00:00 +9999"])
    func garbageGivesNil(input: String) {
        #expect(FeedDate.parse(input) == nil, "\(input)")
    }
}
