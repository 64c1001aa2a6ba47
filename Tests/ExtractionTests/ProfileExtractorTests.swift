import Extraction
import NewsModel
import Testing

/// Site profiles: list pages with `item`, relative URLs, single-page profiles, validation.
@Suite struct ProfileExtractorTests {
    static let search = SiteProfile(
        name: "examplenews-search", match: "search*.html", item: "//div[@class='result']",
        title: ".//h3", body: ".//p[@class='lead']", url: ".//a/@href",
        published: ".//span[@class='date']", author: ".//span[@class='name']",
        baseURL: "https://www.examplenews.example/search/")

    @Test func listPageYieldsOneArticlePerItem() throws {
        let extractor = try ArticleExtractor(profiles: [Self.search])
        let result = extractor.extract(try Fixtures.document("search-list.html"))
        try #require(result.articles.count == 10)
        #expect(result.issues.isEmpty)
        let first = result.articles[0]
        #expect(first.title == "삼성전자, 2분기 영업이익 10조원 전망")
        #expect(first.body == "증권가는 메모리 가격 상승에 힘입어 실적이 개선될 것으로 내다봤다.")
        #expect(first.url == "https://www.examplenews.example/news/2025/06/27/a1.html")
        #expect(first.published == .local(2025, 6, 27, 9, 0))
        #expect(first.author == "이수진")
        #expect(first.source == "examplenews-search")
        #expect(first.itemIndex == 0)
        let second = result.articles[1]
        #expect(second.body == "청주 공장에 새 생산라인을 짓는다.\n완공은 2027년 상반기 목표다.")
        #expect(second.itemIndex == 1)
        #expect(result.articles[2].url == "https://www.examplenews.example/search/news/a3.html")
        #expect(result.articles[2].author == nil)
        #expect(result.articles[3].url == "https://other.example/x/a4")
        #expect(result.articles[9].url == "https://www.examplenews.example/news/a10.html?id=10&page=1")
        #expect(result.articles[9].published == .local(2025, 6, 23, 16, 40))
        #expect(result.articles.map(\.itemIndex) == Array(0..<10))
    }

    @Test func pageURLBeatsBaseURL() throws {
        let extractor = try ArticleExtractor(profiles: [Self.search])
        var document = try Fixtures.document("search-list.html")
        document.url = "https://crawl.example/find/search.html?q=x"
        document.path = "/crawl/x.warc#4"
        let result = extractor.extract(document)
        try #require(result.articles.count == 10)
        #expect(result.articles[2].url == "https://crawl.example/find/news/a3.html")
    }

    @Test func profileNotMatchingFallsBackToGeneric() throws {
        let other = SiteProfile(name: "other", match: "*/elsewhere/*.html", title: "//h1", body: "//p")
        let extractor = try ArticleExtractor(profiles: [other])
        let result = extractor.extract(try Fixtures.document("generic-og.html"))
        #expect(result.articles.first?.source == "바른뉴스")
    }

    @Test func singlePageProfileUsesCanonicalForURL() throws {
        let profile = SiteProfile(name: "hanbit", match: "generic-jsonld-*.html", title: "//h2[@class='headline']", body: "//div[@itemprop='articleBody']/p", published: "//div[@class='byline']", author: "//div[@class='byline']")
        let extractor = try ArticleExtractor(profiles: [profile])
        let result = extractor.extract(try Fixtures.document("generic-jsonld-graph.html"))
        let article = try #require(result.articles.first)
        #expect(result.articles.count == 1)
        #expect(article.title == "정부, 인공지능 반도체에 2조5천억원 투입")
        #expect(article.source == "hanbit")
        #expect(article.url == "https://www.hanbit-econ.example/news/articleView.html?idxno=1001")
        #expect(article.published == .local(2025, 6, 27, 17, 12))
        #expect(article.author == "홍길동")
        #expect(article.body.split(separator: "\n").count == 5)
    }

    @Test func firstMatchingProfileWins() throws {
        let a = SiteProfile(name: "first", match: "search-*.html", item: "//div[@class='result']", title: ".//h3", body: ".//p")
        let b = SiteProfile(name: "second", match: "*.html", title: "//title", body: "//p")
        let result = try ArticleExtractor(profiles: [a, b]).extract(try Fixtures.document("search-list.html"))
        try #require(result.articles.count == 10)
        #expect(Set(result.articles.map { $0.source ?? "" }) == ["first"])
        #expect(result.articles[0].url == "file:\(Fixtures.path("search-list.html"))#0")
    }

    @Test func validateNamesSiteAndField() {
        let bad = SiteProfile(name: "examplenews-search", match: "*.html", item: "//div[", title: ".//h3[", body: ".//p", url: "@@href")
        let problems = ArticleExtractor.validate([Self.search, bad])
        #expect(problems == [
            "site \"examplenews-search\", field \"item\": invalid XPath expression \"//div[\"",
            "site \"examplenews-search\", field \"title\": invalid XPath expression \".//h3[\"",
            "site \"examplenews-search\", field \"url\": invalid XPath expression \"@@href\"",
        ])
    }

    @Test func initThrowsOnBadExpression() {
        let bad = SiteProfile(name: "broken", match: "*", title: "//h1[", body: "//p")
        #expect(throws: ExtractionError.invalidXPath(site: "broken", field: "title", expression: "//h1[")) {
            _ = try ArticleExtractor(profiles: [bad])
        }
    }

    @Test func oddExpressionResultsDoNotCrash() throws {
        // Numbers, booleans, strings and namespace axes are all legal XPath 1.0.
        let profile = SiteProfile(name: "odd", match: "*", title: "concat('제목: ', count(//p))", body: "//namespace::*|//p", url: "1 = 1", author: "string(//title)")
        let result = try ArticleExtractor(profiles: [profile]).extract(try Fixtures.document("generic-og.html"))
        let article = try #require(result.articles.first)
        #expect(article.title == "제목: 0")
        #expect(article.author == "기본 타이틀")
        #expect(article.url == "true")  // a boolean expression yields its string value
    }
}
