import Foundation
import Testing
@testable import NewsGraph

@Suite struct ArticleExtractorTests {
    static let articleParagraphs = [
        "The city council voted on Tuesday to expand the tram network to the northern districts, ending a debate that had divided residents for almost a decade.",
        "Mayor Anna Berg said the first new line, running from the central station to the hospital, would open in 2027, and that the cost would be shared with the regional government.",
        "Opponents, including several shopkeepers on Market Street, argued that years of construction would drive customers away, but the motion passed by 31 votes to 14.",
        "Funding",
        "The council will borrow 120 million euros over five years, according to the finance department, which expects ticket revenue to cover the interest by 2030.",
        "Work on the first section is due to begin next spring.",
    ]

    /// A news page wrapped in everything that is not the article.
    static let boilerplatePage = """
        <!DOCTYPE html>
        <html lang="en-GB">
        <head>
          <meta charset="utf-8">
          <title>Council approves tram expansion | The Daily Example</title>
          <meta property="og:title" content="Council approves tram expansion">
          <meta property="og:site_name" content="The Daily Example">
          <meta name="author" content="Jane Doe">
          <meta property="article:published_time" content="2024-03-05T09:30:00+01:00">
          <link rel="canonical" href="/news/2024/03/05/tram-expansion">
          <script>window.dataLayer = [{"page": "article"}];</script>
          <style>.cookie { position: fixed; }</style>
        </head>
        <body>
          <div id="cookie-banner" class="cookie-consent">
            <p>We use cookies to improve your experience on our site, personalise content and analyse our traffic. By clicking Accept, you agree.</p>
            <button>Accept</button>
          </div>
          <header class="site-header">
            <nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/culture">Culture</a></li></ul></nav>
          </header>
          <main>
            <article class="story">
              <h1>Council approves tram expansion</h1>
              <div class="byline">By <a rel="author" href="/staff/jane-doe">Jane Doe</a></div>
              <time datetime="2024-03-05T09:30:00+01:00">5 March 2024</time>
              <div class="share-bar"><a href="https://facebook.com/share">Share on Facebook</a> <a href="https://twitter.com/share">Tweet</a> <a href="mailto:?">Email</a></div>
              <figure><img src="tram.jpg" alt=""><figcaption>A tram at the central station. Photo: John Roe</figcaption></figure>
              <div class="story-body">
                <p>\(articleParagraphs[0])</p>
                <p>\(articleParagraphs[1])</p>
                <div class="ad-slot advertisement"><span>Advertisement</span></div>
                <p>\(articleParagraphs[2])</p>
                <aside class="related-links">
                  <h3>Related</h3>
                  <ul><li><a href="/a">Bus fares to rise in April</a></li><li><a href="/b">New cycle lanes open on the ring road</a></li></ul>
                </aside>
                <h2>\(articleParagraphs[3])</h2>
                <p>\(articleParagraphs[4])</p>
                <div class="newsletter-signup">
                  <h3>Sign up for our morning briefing</h3>
                  <p>Get the day's top stories in your inbox every morning, free of charge.</p>
                </div>
                <p>\(articleParagraphs[5])</p>
              </div>
            </article>
            <section class="trending">
              <h2>Trending Now</h2>
              <ol>
                <li><a href="/1">Ten restaurants you must try this spring, according to our critics</a></li>
                <li><a href="/2">Football club announces new manager after a dramatic weekend</a></li>
                <li><a href="/3">Weather warning issued for the coast as storm approaches</a></li>
              </ol>
            </section>
            <div id="comments" class="comments">
              <h2>Comments (2)</h2>
              <div class="comment"><p>About time, the northern districts have waited long enough for this, and buses are always full.</p></div>
              <div class="comment"><p>What a waste of money, nobody asked for this and the shops will suffer for years.</p></div>
            </div>
          </main>
          <div class="most-read"><h2>Most read</h2><ul><li><a href="/x">Celebrity chef opens a new restaurant downtown</a></li></ul></div>
          <footer><p>© 2024 The Daily Example. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
        </body>
        </html>
        """

    @Test func boilerplatePageYieldsExactlyTheArticleParagraphs() throws {
        let article = try ArticleExtractor().extract(html: Self.boilerplatePage, url: "https://example.com/news/tram")
        #expect(article.paragraphs == Self.articleParagraphs)
        for leak in ["Trending", "cookies", "Share on Facebook", "Tweet", "Sign up", "inbox", "Bus fares",
                     "About time", "waste of money", "Most read", "Celebrity", "All rights reserved", "Advertisement",
                     "Photo: John Roe", "Home", "Comments"] {
            #expect(!article.text.contains(leak), "boilerplate leaked: \(leak)")
        }
    }

    @Test func metadataFromMetaTags() throws {
        let article = try ArticleExtractor().extract(html: Self.boilerplatePage, url: "https://example.com/news/tram?utm=x")
        #expect(article.title == "Council approves tram expansion")
        #expect(article.byline == "Jane Doe")
        #expect(article.published.map(ISODate.format) == "2024-03-05T08:30:00Z")
        #expect(article.canonicalURL == "https://example.com/news/2024/03/05/tram-expansion")
        #expect(article.language == "en-GB")
        #expect(article.siteName == "The Daily Example")
        #expect(article.url == "https://example.com/news/tram?utm=x")
    }

    static func page(head: String = "", body: String, lang: String? = nil) -> String {
        let paragraphs = articleParagraphs.map { "<p>\($0)</p>" }.joined(separator: "\n")
        return """
            <html\(lang.map { " lang=\"\($0)\"" } ?? "")><head>\(head)</head>
            <body>\(body)<article>\(paragraphs)</article></body></html>
            """
    }

    @Test func metadataFromJSONLDGraph() throws {
        let head = """
            <title>Something else entirely</title>
            <script type="application/ld+json">
            {"@context": "https://schema.org", "@graph": [
              {"@type": "WebSite", "name": "Example Tribune", "url": "https://tribune.example/"},
              {"@type": ["NewsArticle"], "headline": "Tram network to grow",
               "datePublished": "2024-03-05T10:00:00Z",
               "author": [{"@type": "Person", "name": "Jane Doe"}, {"@type": "Person", "name": "John Roe"}],
               "publisher": {"@type": "Organization", "name": "Example Tribune"},
               "inLanguage": "de-DE",
               "mainEntityOfPage": {"@id": "https://tribune.example/tram"}}
            ]}
            </script>
            """
        let article = try ArticleExtractor().extract(html: Self.page(head: head, body: ""), url: "https://tribune.example/x")
        #expect(article.title == "Tram network to grow")
        #expect(article.byline == "Jane Doe, John Roe")
        #expect(article.published.map(ISODate.format) == "2024-03-05T10:00:00Z")
        #expect(article.siteName == "Example Tribune")
        #expect(article.language == "de-DE")
        #expect(article.canonicalURL == "https://tribune.example/tram")
    }

    @Test func plainJSONLDArticleAtTopLevel() throws {
        let head = #"<script type="application/ld+json">{"@type":"Article","headline":"Plain","author":"Jane Doe","datePublished":"2023-12-31"}</script>"#
        let article = try ArticleExtractor().extract(html: Self.page(head: head, body: ""), url: "u")
        #expect(article.title == "Plain")
        #expect(article.byline == "Jane Doe")
        #expect(article.published.map(ISODate.format) == "2023-12-31T00:00:00Z")
    }

    @Test func dateFromTimeElementAndItemprop() throws {
        let timePage = Self.page(body: #"<p class="meta"><time datetime="2022-07-01T12:00:00-04:00">July 1</time></p>"#)
        #expect(try ArticleExtractor().extract(html: timePage, url: "u").published.map(ISODate.format) == "2022-07-01T16:00:00Z")
        let itemprop = Self.page(head: #"<meta itemprop="datePublished" content="2021-01-02T03:04:05Z">"#, body: "")
        #expect(try ArticleExtractor().extract(html: itemprop, url: "u").published.map(ISODate.format) == "2021-01-02T03:04:05Z")
        let parsely = Self.page(head: #"<meta name="parsely-pub-date" content="2020-05-06T07:08:09.123Z">"#, body: "")
        #expect(try ArticleExtractor().extract(html: parsely, url: "u").published.map(ISODate.format) == "2020-05-06T07:08:09Z")
    }

    @Test func canonicalFromOpenGraphAndRelativeLinks() throws {
        let og = Self.page(head: #"<meta property="og:url" content="https://news.example/story/1">"#, body: "")
        #expect(try ArticleExtractor().extract(html: og, url: "https://m.news.example/s/1").canonicalURL == "https://news.example/story/1")
        let relative = Self.page(head: #"<link rel="canonical" href="../story/2?ref=a">"#, body: "")
        #expect(try ArticleExtractor().extract(html: relative, url: "https://news.example/world/today/page")
            .canonicalURL == "https://news.example/world/story/2?ref=a")
    }

    @Test func languageFromHTMLLangOrMetaOrLocale() throws {
        #expect(try ArticleExtractor().extract(html: Self.page(body: "", lang: "fr"), url: "u").language == "fr")
        let meta = Self.page(head: #"<meta http-equiv="content-language" content="it-IT">"#, body: "")
        #expect(try ArticleExtractor().extract(html: meta, url: "u").language == "it-IT")
        let locale = Self.page(head: #"<meta property="og:locale" content="pt_BR">"#, body: "")
        #expect(try ArticleExtractor().extract(html: locale, url: "u").language == "pt-BR")
    }

    @Test func bylineForms() throws {
        let byClass = Self.page(body: #"<p class="article-byline">By   Jane Doe</p>"#)
        #expect(try ArticleExtractor().extract(html: byClass, url: "u").byline == "Jane Doe")
        let relAuthor = Self.page(body: #"<span>Written by <a rel="author" href="/jd">Jane Doe</a></span>"#)
        #expect(try ArticleExtractor().extract(html: relAuthor, url: "u").byline == "Jane Doe")
        let meta = Self.page(head: #"<meta name="author" content="By Jane Doe">"#, body: "")
        #expect(try ArticleExtractor().extract(html: meta, url: "u").byline == "Jane Doe")
        let itemprop = Self.page(body: #"<div itemprop="author" itemscope><span itemprop="name">Jane Doe</span> Staff writer</div>"#)
        #expect(try ArticleExtractor().extract(html: itemprop, url: "u").byline == "Jane Doe")
        let urlAuthor = Self.page(head: #"<meta property="article:author" content="https://facebook.com/janedoe">"#, body: "")
        #expect(try ArticleExtractor().extract(html: urlAuthor, url: "u").byline == nil)
    }

    @Test func pageWithoutArticleIsAClearError() {
        let index = """
            <html><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
            <ul><li><a href="/1">Storm hits the coast as thousands lose power overnight</a></li>
            <li><a href="/2">Parliament debates the budget for the third day running</a></li></ul>
            <footer>© Example</footer></body></html>
            """
        #expect {
            try ArticleExtractor().extract(html: index, url: "https://example.com/")
        } throws: { error in
            guard let error = error as? ArticleExtractionError, case .noArticleText = error.reason else { return false }
            return error.description == "https://example.com/: no article text found on the page"
        }
    }

    @Test func garbageAndEmptyInputAreClearErrors() {
        #expect {
            try ArticleExtractor().extract(html: [UInt8](), url: "empty.html")
        } throws: { error in
            (error as? ArticleExtractionError)?.description == "empty.html: empty input"
        }
        var garbage: [UInt8] = []
        var state: UInt32 = 12345
        for _ in 0..<3000 {
            state = state &* 1_103_515_245 &+ 12345
            garbage.append(UInt8(truncatingIfNeeded: state >> 16))
        }
        #expect {
            try ArticleExtractor().extract(html: garbage, url: "garbage.bin")
        } throws: { error in
            (error as? ArticleExtractionError)?.description == "garbage.bin: binary data, not an HTML page"
        }
        #expect(!ArticleExtractor.looksBinary([0xFF, 0xFE, 0x3C, 0x00, 0x70, 0x00]))
    }

    @Test func scriptRenderedPageFallsBackToJSONLDBody() throws {
        let body = "First paragraph of the story, long enough to count as text, with a comma.\nSecond paragraph, which the page renders with JavaScript, so the DOM has nothing.\nThird and last paragraph of this short but complete story about nothing in particular."
        let escaped = body.replacingOccurrences(of: "\n", with: "\\n")
        let html = """
            <html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"H","articleBody":"\(escaped)"}</script></head>
            <body><div id="app"></div><noscript>Please enable JavaScript to read this article.</noscript></body></html>
            """
        let article = try ArticleExtractor().extract(html: html, url: "u")
        #expect(article.paragraphs == body.split(separator: "\n").map(String.init))
    }

    @Test func divsWithBreaksBecomeParagraphsAndEntitiesAreDecoded() throws {
        let text = "The first line of a story that a site writes with line breaks instead of paragraphs, sadly.<br><br>"
            + "The second line, which mentions AT&amp;T and costs &euro;5, follows after two breaks in the same div."
        let html = "<html><body><div class=\"nav\"><a href=\"/\">Home</a></div><div class=\"content\">\(text)</div></body></html>"
        let article = try ArticleExtractor(minimumLength: 10).extract(html: html, url: "u")
        #expect(article.paragraphs.count == 2)
        #expect(article.paragraphs[1].hasPrefix("The second line, which mentions AT&T and costs €5"))
    }

    @Test func isoDates() {
        #expect(FeedDate.parse("2019-11-19T13:34:56+01:00").map(ISODate.format) == "2019-11-19T12:34:56Z")
        #expect(FeedDate.parse("2019-11-19 13:34:56.5-0500").map(ISODate.format) == "2019-11-19T18:34:56Z")
        #expect(FeedDate.parse("2019-11-19T13:34Z").map(ISODate.format) == "2019-11-19T13:34:00Z")
        #expect(FeedDate.parse("2000-02-29").map(ISODate.format) == "2000-02-29T00:00:00Z")
        #expect(FeedDate.parse("1969-12-31T23:59:59Z")?.timeIntervalSince1970 == -1)
        #expect(FeedDate.parse("Tuesday") == nil)
        #expect(FeedDate.parse("2019-13-01") == nil)
        #expect(FeedDate.parse("2019-11-19T25:00") == nil)
    }

    @Test func classesOnTheRootOrAcrossCamelCaseDoNotHideTheArticle() throws {
        let paragraphs = Self.articleParagraphs.map { "<p>\($0)</p>" }.joined()
        let html = """
            <html class="has-sticky-header menu-open"><body class="single no-sidebar">
            <div class="PageBuilder-pageRow"><div class="ArticleBody-articleBody">\(paragraphs)</div></div>
            </body></html>
            """
        // minimumLength 0: the first, strictest attempt must find it, not a relaxed retry.
        let article = try ArticleExtractor(minimumLength: 0).extract(html: html, url: "u")
        #expect(article.paragraphs == Self.articleParagraphs)
    }

    @Test func aShortPostIsNotReplacedByItsLongCommentThread() throws {
        let post = "Our quarterly open thread is a place to ask questions about our work, and we answer them below."
        let comment = "I have a question about how you compare charities, and it is a long one with many clauses, details and commas. "
        let comments = (1...8).map { _ in "<li class=\"comment\"><div class=\"comment-body\"><p>\(String(repeating: comment, count: 3))</p></div></li>" }
        let html = """
            <html><body><article class="post"><div class="entry-content"><p>\(post)</p></div></article>
            <ol class="comment-list">\(comments.joined())</ol></body></html>
            """
        let article = try ArticleExtractor().extract(html: html, url: "u")
        #expect(article.paragraphs == [post])
    }

    @Test func containerNamedLikeAWidgetIsKeptWhenItHoldsTheParagraphs() throws {
        let paragraphs = Self.articleParagraphs.map { "<p>\($0)</p>" }.joined()
        let html = """
            <html><body><div class="elementor-widget-theme-post-content"><div class="elementor-widget-container">\(paragraphs)</div></div>
            <div class="widget"><ul><li><a href="/1">Other story</a></li></ul></div></body></html>
            """
        let article = try ArticleExtractor(minimumLength: 0).extract(html: html, url: "u")
        #expect(article.paragraphs == Self.articleParagraphs)
    }

    @Test func jsonLDBodyInHTMLIsReadAsParagraphs() {
        let body = "<p>First paragraph &amp; more.</p><p>Second<br>third.</p>"
        #expect(ArticleExtractor.paragraphs(ofJSONLDBody: body) == ["First paragraph & more.", "Second", "third."])
        #expect(ArticleExtractor.paragraphs(ofJSONLDBody: "One.\n\n  Two  words.\r\n") == ["One.", "Two words."])
    }

    @Test func jsonLDBodyWinsWhenTheDOMBlockSharesNoWordsWithIt() throws {
        let story = Self.articleParagraphs.joined(separator: "\\n")
        let unrelated = (1...6).map { _ in
            "<p>Our company was founded in 1901 and publishes magazines, books, maps, calendars and guides for travellers, hikers and cyclists across the region.</p>"
        }.joined()
        let html = """
            <html><head><script type="application/ld+json">{"@type":"NewsArticle","articleBody":"\(story)"}</script></head>
            <body><div class="about">\(unrelated)</div></body></html>
            """
        let article = try ArticleExtractor().extract(html: html, url: "u")
        #expect(article.paragraphs == Self.articleParagraphs)
    }

    @Test func metadataCleanUp() throws {
        let head = """
            <meta property="og:title" content="Tram network to grow | The Daily Example">
            <meta property="og:site_name" content="The Daily Example">
            <meta property="article:published_time" content="0001-01-01T00:00:00Z">
            <meta name="parsely-pub-date" content="2024-03-05T10:00:00Z">
            """
        let body = #"<div class="byline"><div>By Jane Doe</div><div>Published 7:07 PM EST Mar 5, 2024</div></div>"#
        let article = try ArticleExtractor().extract(html: Self.page(head: head, body: body), url: "u")
        #expect(article.title == "Tram network to grow")
        #expect(article.byline == "Jane Doe")
        #expect(article.published.map(ISODate.format) == "2024-03-05T10:00:00Z")
    }

    @Test func shortBriefIsNotReplacedByTeasersARelaxedAttemptFinds() throws {
        let brief = "Police closed the northern ring road on Tuesday morning after a lorry lost its load of gravel near the harbour exit, and traffic was diverted through the city centre for three hours."
        let teasers = (1...6).map { number in
            "<div class=\"teaser\"><p>Teaser \(number): a longer summary of another story, with commas, clauses, names and places, so that it scores well as prose on its own.</p></div>"
        }.joined()
        let html = """
            <html><body><div class="story-body"><p>\(brief)</p></div>
            <div class="related-stories">\(teasers)</div></body></html>
            """
        let article = try ArticleExtractor().extract(html: html, url: "u")
        #expect(article.paragraphs == [brief])
    }

    @Test func hiddenElementsAreNotArticleText() throws {
        let body = """
            <div class="story-body">
            <p style="Display: None">A hidden teaser, with commas, that only scripts ever show to the reader.</p>
            <p hidden>A second hidden paragraph, also long enough to count as text if it were kept.</p>
            <p aria-hidden="true">A third one, hidden from assistive technology and from us as well.</p>
            """ + Self.articleParagraphs.map { "<p>\($0)</p>" }.joined() + "</div>"
        let article = try ArticleExtractor().extract(html: "<html><body>\(body)</body></html>", url: "u")
        #expect(article.paragraphs == Self.articleParagraphs)
    }

    @Test func asciiWordSplitMatchesTheCharacterSplit() {
        var generator = SplitMix64(seed: 11)
        var texts = ["The U.S. said 3,000 troops—no, 2.5k—left.", "Zoë's café", "x\r\ny", "", "  ", "A_b-c'd"]
        for _ in 0..<500 {
            texts.append(String(decoding: (0..<Int(generator.next() % 40)).map { _ in UInt8(generator.next() % 128) }, as: UTF8.self))
        }
        for text in texts {
            let general = text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber })
            #expect(ArticleExtractor.words(of: text) == general, "\(text.debugDescription)")
        }
    }

    /// JSON-LD bodies' lines split on bytes as the `Character` split splits them: at LF and
    /// CR, but not inside a CR LF pair (one `Character`).
    @Test func lineSplitMatchesTheCharacterSplit() {
        var generator = SplitMix64(seed: 13)
        let pieces = ["a", "\n", "\r", "\r\n", "\n\r", " ", "\u{301}", "é", "\u{600}", "日本"]
        var texts = ["", "\n", "\r\n", "a\r\nb", "a\n\rb", "a\r", "\ra", "\n\u{301}x"]
        for _ in 0..<2000 {
            texts.append((0..<Int(generator.next() % 12)).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined())
        }
        for text in texts {
            let general = text.split(whereSeparator: { $0 == "\n" || $0 == "\r" }).map(String.init)
            #expect(ArticleExtractor.lines(of: text) == general, "\(text.debugDescription)")
        }
    }

    /// The byte split also covers English typography; anything else (a combining mark after a
    /// quote, a joiner, an accented letter, a CR) leaves the text to the `Character` split.
    @Test func typographicWordSplitMatchesTheCharacterSplit() {
        var generator = SplitMix64(seed: 12)
        let pieces = ["a", "B", "z", "7", " ", ".", "-", "\u{A0}", "\u{AB}", "\u{BB}", "\u{2013}", "\u{2014}", "\u{2018}",
                      "\u{2019}", "\u{201C}", "\u{201D}", "\u{2026}", "\u{301}", "\u{200D}", "é", "\r", "\n", "\u{2015}", "\u{C0}"]
        var texts = ["\u{201C}Don\u{2019}t,\u{201D} she said \u{2014} twice\u{2026}", "\u{2019}\u{301}s", "it\u{2019}s\u{A0}OK"]
        for _ in 0..<1000 {
            texts.append((0..<Int(generator.next() % 30)).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined())
        }
        for text in texts {
            let general = text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber })
            #expect(ArticleExtractor.words(of: text) == general, "\(text.debugDescription)")
        }
        #expect(ArticleExtractor.foldedASCII("Don\u{2019}t") == Array("don t".utf8))
        #expect(ArticleExtractor.foldedASCII("caf\u{E9}") == nil)
    }
}

