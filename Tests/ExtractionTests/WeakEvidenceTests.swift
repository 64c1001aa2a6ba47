@testable import Extraction
import NewsModel
import Testing

/// Class words, loose signals and metadata labels are weak evidence; prose, a marked article
/// body, the visible byline and a page's own address are strong. Each test is an invented page
/// reproducing one template pattern (an NDSoft-style column under a sidebar class, an editor's
/// unclosed photo `<div>`, a broadcast script's sign-off, a contributor's affiliation, a
/// magazine front page, a CMS writing Korean time with a `Z`).
@Suite struct WeakEvidenceTests {
    static let prose = [
        "가상의 누리시는 올해 하천 정비 사업에 320억원을 들여 열두 곳의 산책로를 새로 만들겠다고 밝혔다.",
        "시는 주민 설명회에서 나온 의견을 반영해 자전거 도로와 보행로를 나누고 야간 조명을 늘리기로 했다.",
        "공사는 내년 3월에 시작해 두 해에 걸쳐 진행되며 구간마다 주민 쉼터와 작은 도서관이 들어선다.",
        "시 관계자는 \"하천이 시민의 일상 공간이 되도록 설계 단계부터 주민과 함께하겠다\"고 말했다.",
    ]

    static func head(_ extra: String = "") -> String {
        "<head><meta charset=\"utf-8\"><title>누리시 하천 산책로 열두 곳 새로 만든다</title>\(extra)</head>"
    }

    // MARK: Body

    @Test func aMarkedBodyUnderASidebarClassIsStillTheBody() throws {
        let paragraphs = Self.prose.map { "<p>\($0)</p>" }.joined()
        let html = """
            <html>\(Self.head("<meta property=\"og:type\" content=\"article\"><meta property=\"article:published_time\" content=\"2024-05-02T09:30:00+09:00\">"))<body>
            <div class="top-bar"><div class="bar-title">누리시 하천 산책로 열두 곳 새로 만든다</div></div>
            <header><h1 class="headline">누리시 하천 산책로 열두 곳 새로 만든다</h1><div class="info">가상일보 | 한누리 기자</div></header>
            <section class="user-snb"><div class="user-snb-wrapper"><article class="view-body">
            <div id="article-view-content-div" itemprop="articleBody">\(paragraphs)</div>
            </article></div></section>
            <div class="side-list"><ul><li><a href="/1">다른 기사 제목 하나가 여기에 있습니다</a></li></ul></div>
            </body></html>
            """
        let article = try #require(try Fixtures.extractHTML(html).articles.first)
        for p in Self.prose { #expect(article.body.contains(p)) }
        #expect(article.title == "누리시 하천 산책로 열두 곳 새로 만든다")
    }

    @Test func aMarkedBodyInsideACommentBoxNeverBeatsTheRealBody() throws {
        let paragraphs = Self.prose.map { "<p>\($0)</p>" }.joined()
        let comment = "<div class=\"comment-list\"><div class=\"article_body\"><p>댓글 하나가 아주 길게 적혀 있습니다. 가상의 독자는 이 사업에 대해 여러 의견을 남겼고 그 내용은 기사 본문과 다르며 본문으로 잡히면 안 됩니다. 이 문장들은 모두 지어낸 댓글입니다. 독자는 예산이 너무 많다고 했고 다른 독자는 공사 기간이 길다고 했습니다. 또 다른 독자는 야간 조명이 좋다고 적었습니다.</p></div></div>"
        let html = "<html>\(Self.head())<body><div class=\"news_view\">\(paragraphs)</div>\(comment)</body></html>"
        let article = try #require(try Fixtures.extractHTML(html).articles.first)
        #expect(article.body.contains(Self.prose[0]))
        #expect(!article.body.contains("댓글 하나가"))
    }

    @Test func paragraphsSwallowedByAnUnclosedPhotoDivStayInTheBody() throws {
        // The editor never closed `<div class="content_img">`: every paragraph after the photo
        // sits inside it, with the caption.
        let more = ["시는 산책로마다 안내판을 세우고 구간별 거리와 화장실 위치를 함께 적을 계획이다.", "완공된 구간은 주민 모니터링단이 한 해 동안 점검한 뒤 보완할 점을 시에 전한다."]
        let paragraphs = (Self.prose + more).map { "<div>\($0)</div><div><br></div>" }.joined()
        let html = """
            <html>\(Self.head("<meta property=\"og:type\" content=\"article\">"))<body>
            <h3 class="article_title">누리시 하천 산책로 열두 곳 새로 만든다</h3>
            <div class="article_body newsContents">
            <div>&nbsp;<div><br></div><div class="content_img"><img src="a.jpg"><div class="content_img_txt">누리시 하천 산책로 조감도. 누리시 제공</div>\(paragraphs)
            <div><span>한누리</span></div></div></div>
            </div></body></html>
            """
        let article = try #require(try Fixtures.extractHTML(html).articles.first)
        for p in Self.prose + more { #expect(article.body.contains(p)) }
        #expect(!article.body.contains("조감도"))
    }

    @Test func aCaptionUnderAPhotoClassStaysOut() throws {
        let paragraphs = Self.prose.map { "<p>\($0)</p>" }.joined()
        let html = "<html>\(Self.head())<body><div class=\"article_body\"><div class=\"photo\"><img src=\"a.jpg\"><p>누리시 하천 산책로 조감도. 산책로는 열두 곳에 나뉘어 들어서며 구간마다 쉼터가 생긴다. 누리시 제공</p></div>\(paragraphs)</div></body></html>"
        let article = try #require(try Fixtures.extractHTML(html).articles.first)
        #expect(article.body.contains(Self.prose[3]))
        #expect(!article.body.contains("조감도"))
    }

    // MARK: Author

    @Test func aBroadcastSignOffNamesTheReporter() throws {
        let script = [
            "[앵커]", "가상의 누리시가 하천 산책로 열두 곳을 새로 만듭니다.", "한누리 기자가 보도합니다.", "[기자]",
            Self.prose[0], Self.prose[1], Self.prose[2], "누리방송TV 한누리입니다. (nuri@example.com)", "누리방송TV 제보 : 카톡/라인 nuri24",
        ].joined(separator: "<br><br>")
        let html = "<html>\(Self.head("<meta property=\"og:site_name\" content=\"누리방송TV\">"))<body><div class=\"article_body\">\(script)</div></body></html>"
        let article = try #require(try Fixtures.extractHTML(html).articles.first)
        #expect(article.author == "한누리")
        // A known broadcaster's name opens the sign-off too, and `뉴스` may follow it.
        let kbs = html.replacingOccurrences(of: "누리방송TV 한누리입니다.", with: "잘 지켜보겠습니다. KBS 뉴스 한누리입니다.")
        #expect(try Fixtures.extractHTML(kbs).articles.first?.author == "한누리")
        // A sentence naming a person that is not a sign-off by an outlet is no author.
        let quote = html.replacingOccurrences(of: "누리방송TV 한누리입니다.", with: "그는 \"저는 주민 한누리입니다.\"라고 말했다.")
        #expect(try Fixtures.extractHTML(quote).articles.first?.author == nil)
    }

    @Test func aContributorsAffiliationIsNotPartOfTheName() {
        #expect(BylineParser.cleanAuthor("한누리 가상정책연구소 기획위원") == "한누리")
        #expect(BylineParser.cleanAuthor("한누리 누리대 교수") == "한누리")
        #expect(BylineParser.cleanAuthor("한누리 기자") == "한누리")
        // A programme name in the byline slot is kept as written.
        #expect(BylineParser.cleanAuthor("CBS 김현정의 뉴스쇼") == "CBS 김현정의 뉴스쇼")
        #expect(BylineParser.cleanAuthor("디지털뉴스팀") == "디지털뉴스팀")
    }

    @Test func anAffiliatedColumnistInMetaIsTheName() throws {
        let paragraphs = Self.prose.map { "<p>\($0)</p>" }.joined()
        let html = "<html>\(Self.head("<meta property=\"dable:author\" content=\"한누리 가상정책연구소 기획위원\">"))<body><div class=\"cnt_view\">\(paragraphs)</div></body></html>"
        #expect(try Fixtures.extractHTML(html).articles.first?.author == "한누리")
    }

    // MARK: Article or not

    @Test func aFrontPageDeclaringTheSiteRootIsNoArticle() throws {
        let teaser = "<dd class=\"cont\">" + Self.prose.joined(separator: " ") + " " + Self.prose.joined(separator: " ") + "</dd>"
        func page(_ url: String, _ extra: String = "") -> String {
            "<html><head><meta charset=\"utf-8\"><title>가상매거진 | NURI MAGAZINE</title><meta property=\"og:title\" content=\"가상매거진 | NURI MAGAZINE\"><meta property=\"og:url\" content=\"\(url)\"><link rel=\"canonical\" href=\"\(url)\">\(extra)</head><body><h1 class=\"logo\">가상매거진</h1><dl><dt>이번 주 운세</dt>\(teaser)</dl><p>2024.05.02</p></body></html>"
        }
        #expect(try Fixtures.extractHTML(page("https://www.nurimag.example/")).articles.isEmpty)
        #expect(try Fixtures.extractHTML(page("https://www.nurimag.example")).articles.isEmpty)
        #expect(try Fixtures.extractHTML(page("https://www.nurimag.example/index.html")).articles.isEmpty)
        // The same text at an article's address, or with the publisher's article signals, is an article.
        #expect(try Fixtures.extractHTML(page("https://www.nurimag.example/life/12345")).articles.count == 1)
        #expect(try Fixtures.extractHTML(page("https://www.nurimag.example/?p=12345")).articles.count == 1)
        #expect(try Fixtures.extractHTML(page("https://www.nurimag.example/", "<meta property=\"og:type\" content=\"article\">")).articles.count == 1)
    }

    @Test func siteRootsAreRecognized() {
        #expect(GenericExtractor.isSiteRoot("https://site.example/"))
        #expect(GenericExtractor.isSiteRoot("http://site.example"))
        #expect(GenericExtractor.isSiteRoot("https://site.example/index.php#top"))
        #expect(!GenericExtractor.isSiteRoot("https://site.example/news/1"))
        #expect(!GenericExtractor.isSiteRoot("https://site.example/?idxno=5"))
        #expect(!GenericExtractor.isSiteRoot("/relative/"))
    }

    // MARK: Time

    @Test func aUTCLabelOnTheVisibleKoreanClockIsAMislabel() throws {
        let paragraphs = Self.prose.map { "<p>\($0)</p>" }.joined()
        func page(_ jsonTime: String, visible: String) -> String {
            "<html>\(Self.head("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"누리시 하천 산책로 열두 곳 새로 만든다\",\"datePublished\":\"\(jsonTime)\"}</script>"))<body><h1>누리시 하천 산책로 열두 곳 새로 만든다</h1><div class=\"byline\"><span class=\"time\">\(visible)</span></div><div class=\"article_body\">\(paragraphs)</div></body></html>"
        }
        // The digits the page shows (11:09, Korean time) labelled Z: the page's wall clock.
        let mislabelled = try #require(try Fixtures.extractHTML(page("2024-01-27T11:09:12Z", visible: "2024-01-27 11:09")).articles.first)
        #expect(mislabelled.published == PublishTime(civil: CivilDateTime(year: 2024, month: 1, day: 27, hour: 11, minute: 9, second: 12)))
        // A real UTC time: the page shows 20:09 Korean time, the metadata 11:09Z; kept as UTC.
        let real = try #require(try Fixtures.extractHTML(page("2024-01-27T11:09:12Z", visible: "2024-01-27 20:09")).articles.first)
        #expect(real.published == PublishTime(civil: CivilDateTime(year: 2024, month: 1, day: 27, hour: 11, minute: 9, second: 12), utcOffsetSeconds: 0))
        // An explicit +09:00 is never touched.
        let kst = try #require(try Fixtures.extractHTML(page("2024-01-27T11:09:12+09:00", visible: "2024-01-27 11:09")).articles.first)
        #expect(kst.published?.utcOffsetSeconds == 32400)
    }
}
