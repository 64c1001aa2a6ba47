import Extraction
import NewsModel
import Testing

/// The generic extractor on pages no profile matches: each metadata source, boilerplate
/// removal, malformed markup, and pages that hold no article.
@Suite struct GenericExtractorTests {
    @Test func jsonLDGraphWinsAndBoilerplateStaysOut() throws {
        let result = try Fixtures.extract("generic-jsonld-graph.html")
        let article = try #require(result.articles.first)
        #expect(result.articles.count == 1)
        #expect(article.title == "정부, 인공지능 반도체에 2조5천억원 투입")
        #expect(article.published == PublishTime(civil: CivilDateTime(year: 2025, month: 6, day: 27, hour: 8, minute: 12), utcOffsetSeconds: 0))
        #expect(article.author == "홍길동")
        #expect(article.url == "https://www.hanbit-econ.example/news/articleView.html?idxno=1001")
        #expect(article.source == "한빛경제")
        #expect(article.itemIndex == 0)
        #expect(article.inputPath == Fixtures.path("generic-jsonld-graph.html"))
        #expect(article.body == """
            과학기술정보통신부는 27일 인공지능 반도체 산업 육성을 위해 내년까지 2조5천억원을 투입한다고 밝혔다.
            이번 계획에는 국산 신경망처리장치(NPU)를 데이터센터에 도입하는 실증 사업이 포함됐다. 정부는 올해 하반기 사업자를 선정할 예정이다.
            업계는 이번 투자가 국내 팹리스 기업의 매출 확대로 이어질 것으로 기대하고 있다.
            """)
        #expect(result.issues.isEmpty)
        #expect(!result.noArticle)
    }

    @Test func jsonLDArrayWithOffsetAndSingleAuthorObject() throws {
        let article = try #require(try Fixtures.extract("generic-jsonld-array.html").articles.first)
        #expect(article.title == "서울시, 청년 주거 지원 예산 1천억원 편성")
        #expect(article.published == PublishTime(civil: CivilDateTime(year: 2025, month: 7, day: 1, hour: 6, minute: 30), utcOffsetSeconds: 32400))
        #expect(article.author == "김민지")
        #expect(article.url == "https://dawn.example/article/2025/07/01/555")
        #expect(article.source == "dawn.example")
        #expect(article.body == """
            서울시는 1일 청년층의 주거비 부담을 덜기 위해 내년 예산에 1천억원을 편성했다고 발표했다.
            지원 대상은 만 19세부터 39세까지의 무주택 청년으로, 월 최대 20만원의 월세를 1년간 받는다.
            시는 다음 달 중순부터 온라인으로 신청을 받을 계획이다.
            """)
    }

    @Test func openGraphAndMetaTags() throws {
        let article = try #require(try Fixtures.extract("generic-og.html").articles.first)
        #expect(article.title == "국민연금, 해외 대체투자 비중 15%로 확대")
        #expect(article.published == PublishTime(civil: CivilDateTime(year: 2025, month: 6, day: 27, hour: 17, minute: 12), utcOffsetSeconds: 32400))
        #expect(article.author == "김철수")
        #expect(article.source == "바른뉴스")
        #expect(article.url == "file:\(Fixtures.path("generic-og.html"))#0")
        #expect(article.body == """
            국민연금공단은 해외 대체투자 비중을 현재 12%에서 15%로 확대하는 방안을 검토하고 있다고 30일 밝혔다.
            기금운용위원회는 이 안건을 다음 달 회의에서 심의할 예정이다.
            투자 대상은 북미와 유럽의 인프라 자산이 중심이 될 전망이다.
            """)
    }

    @Test func visibleBylineHeadingAndDensestBlock() throws {
        let article = try #require(try Fixtures.extract("generic-byline.html").articles.first)
        #expect(article.title == "중소기업 수출 바우처 지원 확대")
        #expect(article.published == .local(2025, 6, 27, 17, 12))
        #expect(article.author == "박영희")
        #expect(article.source == nil)
        #expect(article.body == """
            중소벤처기업부는 수출 바우처 사업의 지원 규모를 기업당 최대 1억원으로 늘린다고 27일 밝혔다.
            올해는 모두 1천200개 기업이 지원을 받게 되며, 신청은 다음 달 10일까지 받는다.
            중기부 관계자는 "해외 전시회 참가와 현지 마케팅 비용을 폭넓게 인정할 것"이라고 말했다.
            """)
    }

    @Test func malformedMarkupStillYieldsParagraphs() throws {
        let result = try Fixtures.extract("malformed.html")
        let article = try #require(result.articles.first)
        #expect(article.title == "깨진 마크업도 읽는다")
        #expect(article.body == """
            첫 문단은 닫히지 않고 다음 문단이 바로 이어진다
            둘째 문단에는 굵게 기울임 섞인 태그가 있다.
            셋째 문단은 <태그> 같은 엔티티와 & 기호, 한글을 담는다.
            표 안의 글도 본문이다
            """)
    }

    @Test func notFoundPageHoldsNoArticle() throws {
        let result = try Fixtures.extract("not-found.html")
        #expect(result.articles.isEmpty)
        #expect(result.noArticle)
    }

    @Test func indexPageWithoutProfileHoldsNoArticle() throws {
        let result = try Fixtures.extract("index-page.html")
        #expect(result.articles.isEmpty)
        #expect(result.noArticle)
    }

    static let body = "<p>이 기사 본문은 바이라인 형식을 시험하기 위해 쓰였다. 여러 문장이 이어지고 충분한 길이를 갖는다.</p><p>둘째 문단도 평범한 기사 문장으로 채웠으며 날짜나 기자 이름은 넣지 않았다. 셋째 문장도 있다.</p>"

    static let bylines: [(String, PublishTime)] = [
        ("입력 2025.06.27 17:12", .local(2025, 6, 27, 17, 12)),
        ("2025-06-27 17:12", .local(2025, 6, 27, 17, 12)),
        ("2025.06.27. 오후 5:12", .local(2025, 6, 27, 17, 12)),
        ("2025년 6월 27일 오후 5시 12분", .local(2025, 6, 27, 17, 12)),
        ("기사입력 2025/06/27 08:05:09", .local(2025, 6, 27, 8, 5, 9)),
        ("등록 2025-06-27 오전 9:30", .local(2025, 6, 27, 9, 30)),
        ("수정 2025.06.28 10:00 | 입력 2025.06.27 17:12", .local(2025, 6, 27, 17, 12)),
        ("<span>입력</span> <em>2025.06.27</em> <em>17:12</em>", .local(2025, 6, 27, 17, 12)),
        ("승인 2025.06.27 (금) 12:00", .local(2025, 6, 27, 12, 0)),
    ]

    @Test(arguments: bylines)
    func bylineForms(_ byline: String, _ expected: PublishTime) throws {
        let html = "<html><head><title>바이라인 시험</title></head><body><h1>바이라인 시험 기사 제목</h1><div class=\"date\">\(byline)</div><div class=\"news_body\">\(Self.body)</div></body></html>"
        let article = try #require(try Fixtures.extractHTML(html).articles.first)
        #expect(article.published == expected)
    }

    static let authors: [(String, String)] = [
        ("홍길동 기자", "홍길동"),
        ("[경제신문 홍길동 기자]", "홍길동"),
        ("글·사진 홍길동 기자", "홍길동"),
        ("홍길동 기자 gildong@news.example", "홍길동"),
        ("(서울=한빛통신) 남궁민수 특파원 =", "남궁민수"),
        ("이서연 선임기자", "이서연"),
        ("최정훈 논설위원", "최정훈"),
        ("홍길동·김철수 기자", "홍길동·김철수"),
        ("사진=김사진 기자<br>글=홍길동 기자", "홍길동"),
        ("홍길동 기자(gildong@news.example)", "홍길동"),
    ]

    @Test(arguments: authors)
    func bylineAuthors(_ byline: String, _ expected: String) throws {
        let html = "<html><head><title>기자 이름 시험</title></head><body><h1>기자 이름 시험 기사 제목</h1><div class=\"reporter_line\">\(byline)</div><div class=\"news_body\">\(Self.body)</div></body></html>"
        let article = try #require(try Fixtures.extractHTML(html).articles.first)
        #expect(article.author == expected)
    }

    static let metaDates: [(String, PublishTime)] = [
        ("<meta property=\"article:published_time\" content=\"2025-06-27T08:12:00Z\">", PublishTime(civil: CivilDateTime(year: 2025, month: 6, day: 27, hour: 8, minute: 12), utcOffsetSeconds: 0)),
        ("<meta name=\"pubdate\" content=\"2025-06-27T17:12:00+09:00\">", PublishTime(civil: CivilDateTime(year: 2025, month: 6, day: 27, hour: 17, minute: 12), utcOffsetSeconds: 32400)),
        ("<meta name=\"publishdate\" content=\"2025-06-27 17:12\">", .local(2025, 6, 27, 17, 12)),
        ("<meta name=\"date\" content=\"2025-06-27\">", .local(2025, 6, 27)),
        ("<meta name=\"dcterms.created\" content=\"2025-06-27T17:12:30-05:00\">", PublishTime(civil: CivilDateTime(year: 2025, month: 6, day: 27, hour: 17, minute: 12, second: 30), utcOffsetSeconds: -18000)),
        ("<meta itemprop=\"datePublished\" content=\"2025-06-27T17:12:00.000+0900\">", PublishTime(civil: CivilDateTime(year: 2025, month: 6, day: 27, hour: 17, minute: 12), utcOffsetSeconds: 32400)),
        ("<meta property=\"og:regDate\" content=\"20250627171200\">", .local(2025, 6, 27, 17, 12)),
        ("<meta name=\"pubdate\" content=\"Fri, 27 Jun 2025 08:12:00 GMT\">", PublishTime(civil: CivilDateTime(year: 2025, month: 6, day: 27, hour: 8, minute: 12), utcOffsetSeconds: 0)),
        ("<meta name=\"date\" content=\"27 Jun 2025 17:12 +0900\">", PublishTime(civil: CivilDateTime(year: 2025, month: 6, day: 27, hour: 17, minute: 12), utcOffsetSeconds: 32400)),
    ]

    @Test(arguments: metaDates)
    func metaPublishTimes(_ meta: String, _ expected: PublishTime) throws {
        let html = "<html><head><title>메타 시험</title>\(meta)</head><body><h1>메타 날짜 시험 제목</h1><div class=\"date\">입력 2024.01.01 00:00</div><div class=\"news_body\">\(Self.body)</div></body></html>"
        let article = try #require(try Fixtures.extractHTML(html).articles.first)
        #expect(article.published == expected)
    }

    @Test func invalidDateGivesWarningAndNoTime() throws {
        let html = "<html><head><title>잘못된 날짜</title><meta property=\"article:published_time\" content=\"2025-13-45T10:00:00+09:00\"></head><body><h1>잘못된 날짜 시험 제목</h1><div class=\"news_body\">\(Self.body)</div></body></html>"
        let result = try Fixtures.extractHTML(html)
        let article = try #require(result.articles.first)
        #expect(article.published == nil)
        #expect(result.issues.count == 1)
        #expect(result.issues.first?.severity == .warning)
        #expect(result.issues.first?.message.contains("2025-13-45") == true)
    }

    static let titles: [(String, String)] = [
        ("기사 제목입니다 - 누리일보", "기사 제목입니다"),
        ("기사 제목입니다 | 누리일보", "기사 제목입니다"),
        ("기사 제목입니다 : 누리일보", "기사 제목입니다"),
        ("기사 제목입니다 < 경제 < 누리일보", "기사 제목입니다"),
        ("반도체 - 메모리 가격 반등, 수출 회복 신호로 읽힌다", "반도체 - 메모리 가격 반등, 수출 회복 신호로 읽힌다"),
    ]

    @Test(arguments: titles)
    func titleTagSiteSuffixIsStripped(_ title: String, _ expected: String) throws {
        let html = "<html><head><title>\(title)</title></head><body><div class=\"news_body\">\(Self.body)</div></body></html>"
        let article = try #require(try Fixtures.extractHTML(html).articles.first)
        #expect(article.title == expected)
    }

    @Test func whitespaceIsNormalizedWithoutTouchingCharacters() throws {
        let html = "<html><head><title>공백 시험</title></head><body><div class=\"news_body\"><p>\u{00A0} 앞뒤\u{00A0}공백과\t탭,  여러   칸이 하나로\u{200B} 줄고 ＡＢＣ 전각\u{FEFF}문자와 &quot;따옴표&quot;는 그대로 남는다.\u{3000}</p><p>  </p><p>두 번째 문단은 충분히 길게 써서 본문으로 인정받도록 한다. 이 문장도 그 일부다.</p></div></body></html>"
        let article = try #require(try Fixtures.extractHTML(html).articles.first)
        #expect(article.body == "앞뒤 공백과 탭, 여러 칸이 하나로 줄고 ＡＢＣ 전각문자와 \"따옴표\"는 그대로 남는다.\n두 번째 문단은 충분히 길게 써서 본문으로 인정받도록 한다. 이 문장도 그 일부다.")
    }

    @Test func warcDocumentURLAndHost() throws {
        let html = "<html><head><title>URL 시험 - 크롤뉴스</title></head><body><h1>URL 시험 기사</h1><div id=\"article_body\">\(Self.body)</div></body></html>"
        let article = try #require(try Fixtures.extractHTML(html, path: "crawl.warc#2", url: "https://Crawl-News.example/a/1").articles.first)
        #expect(article.url == "https://Crawl-News.example/a/1")
        #expect(article.source == "crawl-news.example")
        #expect(article.inputPath == "crawl.warc#2")
    }

    @Test func pageWrappedInFormAndSidebarNamedWrapperStillYieldsArticle() throws {
        let html = """
            <html><head><title>폼 안의 기사 - 지역일보</title><meta name="author" content="지역일보"></head>
            <body><form id="form1" action="/x"><div id="sidebar-wrap"><div class="top">
            <ul class="menu"><li><a href="/1">메뉴 하나</a></li><li><a href="/2">메뉴 둘</a></li></ul>
            <h3 class="view_title">폼 안의 기사</h3><div class="view_info">등록 2025-06-27 17:12</div>
            <div class="view_wrap">\(Self.body)<p>셋째 문단은 지역 행사 소식을 전한다. 주민들은 오는 주말 광장에서 열리는 장터에 많이 모일 것으로 보인다.</p><p>윤서아 기자 seoa@local.example</p></div>
            <div class="comment_box"><p>첫 댓글입니다. 좋은 기사 감사합니다. 앞으로도 지역 소식을 많이 전해 주세요.</p></div>
            </div></div></form></body></html>
            """
        let article = try #require(try Fixtures.extractHTML(html).articles.first)
        #expect(article.title == "폼 안의 기사")
        #expect(article.published == .local(2025, 6, 27, 17, 12))
        #expect(article.author == "윤서아")
        #expect(article.body == "이 기사 본문은 바이라인 형식을 시험하기 위해 쓰였다. 여러 문장이 이어지고 충분한 길이를 갖는다.\n둘째 문단도 평범한 기사 문장으로 채웠으며 날짜나 기자 이름은 넣지 않았다. 셋째 문장도 있다.\n셋째 문단은 지역 행사 소식을 전한다. 주민들은 오는 주말 광장에서 열리는 장터에 많이 모일 것으로 보인다.")
    }

    @Test func organizationAuthorAndSiteNameAuthorAreIgnored() throws {
        let html = """
            <html><head><title>저자 시험</title><meta property="og:site_name" content="한빛경제"><meta name="author" content="한빛경제">
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"저자 시험 제목","author":{"@type":"Organization","name":"한빛경제"}}</script>
            </head><body><div class="news_body">\(Self.body)<p>정하늘 기자 sky@hanbit.example</p></div></body></html>
            """
        let article = try #require(try Fixtures.extractHTML(html).articles.first)
        #expect(article.title == "저자 시험 제목")
        #expect(article.author == "정하늘")
    }

    @Test func jsonLDAuthorStringWithRole() throws {
        let html = """
            <html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"문자열 저자","author":"최정훈 기자 (choi@news.example)"}</script>
            </head><body><div class="news_body">\(Self.body)</div></body></html>
            """
        let article = try #require(try Fixtures.extractHTML(html).articles.first)
        #expect(article.author == "최정훈")
    }

    static let cmsPages: [(String, String, PublishTime, String, String)] = [
        ("cms-ndsoft-style.html", "지방 공항 활성화에 500억 투입",
         PublishTime(civil: CivilDateTime(year: 2025, month: 6, day: 27, hour: 17, minute: 12), utcOffsetSeconds: 32400), "김도윤",
         "국토교통부는 지방 공항의 노선 확대와 시설 개선에 500억원을 투입한다고 27일 밝혔다.\n이번 사업으로 무안과 여수 공항에 국제선 노선이 새로 생길 전망이다.\n지역 관광업계는 외국인 관광객 증가를 기대하고 있다. 도는 항공사와 협의를 이어갈 계획이다."),
        ("cms-portal-style.html", "반도체 수출 11개월 연속 증가", .local(2025, 6, 27, 17, 12), "이수진",
         "산업통상자원부에 따르면 6월 반도체 수출액은 150억 달러로 집계됐다.\n이는 작년 같은 달보다 20% 늘어난 수치로, 11개월 연속 증가세다.\n정부는 하반기에도 수출 증가세가 이어질 것으로 내다봤다."),
        ("cms-dmcf-style.html", "청년 월세 지원 신청 시작", .local(2025, 6, 27, 17, 12), "정하늘",
         "[세종=새벽일보 정하늘 기자] 국토교통부는 청년 월세 특별지원 신청을 27일부터 받는다고 밝혔다.\n지원 대상은 부모와 떨어져 사는 무주택 청년이며, 월 최대 20만원을 12개월간 받는다.\n신청은 복지로 누리집에서 할 수 있다."),
        ("old-table-euckr.html", "옛날 표 레이아웃 기사", .local(2025, 6, 27, 17, 12), "강민호",
         "표로 짠 옛날 페이지도 본문을 찾아야 한다. 지역 농협은 올해 쌀 수매가를 지난해보다 올리기로 했다.\n농민 단체는 이번 결정을 환영한다는 입장을 냈다. 수매는 다음 달부터 시작된다.\n농협 관계자는 \"쌀값 안정을 위해 정부와 계속 협의하겠다\"고 말했다. 수매 물량은 작년과 비슷한 수준이다."),
    ]

    @Test func bodySplitByAnAdIsJoined() throws {
        let article = try #require(try Fixtures.extract("split-body.html").articles.first)
        #expect(article.title == "둘로 나뉜 본문")
        #expect(article.published == .local(2025, 6, 27, 17, 12, 33))
        #expect(article.author == nil)
        #expect(article.body == """
            첫 부분 첫 문단이다. 정부는 내년 예산안을 다음 달 국회에 제출할 예정이라고 밝혔다. 여러 부처의 요구가 반영됐다.
            첫 부분 둘째 문단이다. 예산 규모는 올해보다 3% 늘어난 수준이 될 전망이다. 세부 내용은 추후 공개된다.
            둘째 부분 첫 문단이다. 재정 당국은 지출 구조조정을 병행하겠다고 설명했다. 의무지출은 계속 늘고 있다.
            둘째 부분 둘째 문단이다. 전문가들은 재정 건전성 관리가 중요하다고 지적했다. 논의는 계속될 것이다.
            """)
    }

    @Test(arguments: cmsPages)
    func commonCMSMarkup(_ name: String, _ title: String, _ published: PublishTime, _ author: String, _ body: String) throws {
        let article = try #require(try Fixtures.extract(name).articles.first)
        #expect(article.title == title)
        #expect(article.published == published)
        #expect(article.author == author)
        #expect(article.body == body)
    }

    @Test func jsonLDEntitiesAreDecoded() throws {
        let html = """
            <html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"&quot;AI 반도체&quot; 육성에 &#39;총력&#39; &amp; 예산 &#x2F; 인력","datePublished":"2025-06-27T17:12:00+09:00"}</script>
            </head><body><div class="news_body">\(Self.body)</div></body></html>
            """
        let article = try #require(try Fixtures.extractHTML(html).articles.first)
        #expect(article.title == "\"AI 반도체\" 육성에 '총력' & 예산 / 인력")
    }

    @Test func euckrLabelOnValidUTF8BytesReadsAsUTF8() throws {
        let html = "<html><head><meta charset=\"euc-kr\"><title>라벨만 옛날 것</title></head><body><div class=\"news_body\">\(Self.body)</div></body></html>"
        let result = try Fixtures.extractHTML(html)
        let article = try #require(result.articles.first)
        #expect(article.title == "라벨만 옛날 것")
        #expect(article.body.hasPrefix("이 기사 본문은 바이라인 형식을 시험하기"))
        #expect(result.issues.isEmpty)
    }

    @Test func unknownHTTPCharsetFallsBackWithWarning() throws {
        let html = "<html><head><title>모르는 문자셋</title></head><body><div class=\"news_body\">\(Self.body)</div></body></html>"
        let document = InputDocument(path: "x.warc#1", url: "https://x.example/1", bytes: Array(html.utf8), httpCharset: "x-made-up-charset")
        let result = try ArticleExtractor(profiles: []).extract(document)
        #expect(result.articles.first?.title == "모르는 문자셋")
        #expect(result.issues.map(\.message) == ["unknown charset \"X-MADE-UP-CHARSET\"; read the page as UTF-8"])
        #expect(result.issues.first?.severity == .warning)
    }

    @Test func ogTitleLosesTheSiteSuffixThatTitleTagShows() throws {
        let html = """
            <html><head><title>항만 물동량 역대 최대 - 바다일보</title><meta property="og:title" content="항만 물동량 역대 최대 - 바다일보"></head>
            <body><div class="news_body">\(Self.body)</div></body></html>
            """
        let article = try #require(try Fixtures.extractHTML(html).articles.first)
        #expect(article.title == "항만 물동량 역대 최대")
        #expect(article.source == nil)
    }
}
