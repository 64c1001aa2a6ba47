import Extraction
import NewsModel
import Testing

/// Patterns of real Korean news templates, each reproduced on an invented page: class words on
/// prose, logo headings, title decorations, author roles, script-only articles, briefs and the
/// boilerplate lines portals and broadcasters add.
@Suite struct RealWorldPatternTests {
    // MARK: Body

    @Test func proseUnderAnEditorClassInANestedDocumentIsTheBody() throws {
        let result = try Fixtures.extract("realistic-editor-class.html")
        let article = try #require(result.articles.first)
        #expect(article.extractionMethod == .dom)
        let lines = article.body.split(separator: "\n").map(String.init)
        #expect(lines.count == 4)
        #expect(lines.first == "로봇 피킹 도입한 중견 물류사 3곳 중 2곳 \"인건비 부담 줄었다\"")
        #expect(article.body.contains("1조2천억원에 달했다고 밝혔다."))
        #expect(article.body.hasSuffix("\"자동화는 이제 선택이 아니라 생존의 문제\"라고 말했다."))
        #expect(!article.body.contains("관련기사"))
        #expect(article.author == "서민준")
    }

    @Test func aMarkedContainerHoldingOnlyTheSubheadlineLosesToTheProse() throws {
        let article = try #require(try Fixtures.extract("realistic-subtitle-container.html").articles.first)
        #expect(article.body.contains("12개 컨소시엄이 참여해"))
        #expect(article.body.hasSuffix("꼼꼼히 보겠다\"고 설명했다."))
        #expect(article.title == "해상풍력 입찰 경쟁 치열")
        #expect(article.author == "정하늘")
        #expect(article.published == PublishTime.local(2025, 9, 3, 14, 5))
    }

    // MARK: Title

    @Test func aSiteTitleHeadingNeverWins() throws {
        let article = try #require(try Fixtures.extract("webzine-site-title.html").articles.first)
        #expect(article.title == "골목 서점이 살아남는 법")
        #expect(article.author == "윤서진")
        #expect(article.body.hasPrefix("동네 골목의 작은 서점들이"))
    }

    @Test func mobileSitePrefixIsStrippedAndByIsDropped() throws {
        let article = try #require(try Fixtures.extract("mobile-title-decoration.html").articles.first)
        #expect(article.title == "지방 공항 활주로 연장 예산 확정")
        #expect(article.author == "한지우")
        #expect(!article.body.contains("누리일보 DB"))
    }

    @Test func theVisibleHeadlineBeatsACutJSONLDCopy() throws {
        let article = try #require(try Fixtures.extract("jsonld-cut-headline.html").articles.first)
        #expect(article.title == "시중은행 \"가계대출 금리 인하 검토\" 내년 초 적용")
        #expect(article.author == "오세린, 문태호")
        #expect(article.published == PublishTime(civil: CivilDateTime(year: 2025, month: 12, day: 1, hour: 10, minute: 15), utcOffsetSeconds: 32400))
    }

    @Test func titleDecorationsAndSiteNamesInline() throws {
        let body = "<div class=\"article_body\"><p>가상의 시는 올해 공원 열두 곳을 새로 만들겠다고 밝혔다. 예산은 300억원이다.</p><p>시는 주민 의견을 들어 공원의 이름을 정할 계획이다. 공사는 내년 봄에 시작한다.</p></div>"
        func title(_ head: String, _ extra: String = "") throws -> String? {
            try Fixtures.extractHTML("<html><head><meta charset=\"utf-8\">\(head)</head><body>\(extra)\(body)</body></html>").articles.first?.title
        }
        #expect(try title("<meta property=\"og:title\" content=\"공원 열두 곳 새로 조성 | 가온신문\"><meta property=\"og:site_name\" content=\"가온신문\">") == "공원 열두 곳 새로 조성")
        #expect(try title("<meta property=\"og:title\" content=\"모바일 :: 공원 열두 곳 새로 조성\">") == "공원 열두 곳 새로 조성")
        #expect(try title("<title>공원 열두 곳 새로 조성 - 가온신문</title>", "<h1 class=\"brand\">가온신문</h1>") == "공원 열두 곳 새로 조성")
        // Same words, other brackets: the visible heading's spelling.
        #expect(try title("<meta property=\"og:title\" content=\"공원 열두 곳 새로 조성[2보]\">", "<h1>공원 열두 곳 새로 조성(2보)</h1>") == "공원 열두 곳 새로 조성(2보)")
    }

    // MARK: Authors

    @Test func authorRoles() throws {
        func author(_ byline: String, meta: String? = nil) throws -> String? {
            let head = meta.map { "<meta name=\"author\" content=\"\($0)\">" } ?? ""
            let html = """
                <html><head><meta charset="utf-8"><title>역할 이름 시험 기사</title>\(head)</head><body>
                <h1>역할 이름 시험 기사</h1><p class="info">\(byline)</p>
                <div class="article_body"><p>가상의 위원회는 올해 회의를 네 번 열어 안건 열두 건을 처리했다고 밝혔다.</p><p>위원회는 다음 회의에서 예산안을 다룰 예정이다. 회의는 공개로 진행된다.</p></div>
                </body></html>
                """
            return try Fixtures.extractHTML(html).articles.first?.author
        }
        #expect(try author("정덕현 칼럼니스트") == "정덕현")
        #expect(try author("칼럼니스트 박생강") == "박생강")
        #expect(try author("글 민하늘 객원기자") == "민하늘")
        #expect(try author("워싱턴=이서준 특파원") == "이서준")
        #expect(try author("최다온 논설위원") == "최다온")
        #expect(try author("홍길순 기자 외 1명") == "홍길순")
        #expect(try author("", meta: "By 윤가람") == "윤가람")
        #expect(try author("", meta: "사진 구본하") == "구본하")
        #expect(try author("", meta: "김도란 기자, 이수아 기자") == "김도란, 이수아")
    }

    // MARK: Embedded JSON

    @Test func arcFusionStore() throws {
        let result = try Fixtures.extract("fusion-store.html")
        let article = try #require(result.articles.first)
        #expect(article.extractionMethod == .embeddedJSON)
        #expect(article.title == "반도체 장비 수출 두 달 연속 증가")
        #expect(article.published == PublishTime(civil: CivilDateTime(year: 2026, month: 1, day: 20, hour: 1, minute: 30), utcOffsetSeconds: 0))
        #expect(article.author == "강도윤")
        #expect(article.url == "https://www.saebyeok.example/economy/2026/01/20/ABC123/")
        #expect(article.body == """
            반도체 장비 수출이 두 달 연속 늘었다. 산업통상자원부가 20일 발표한 통계에 따르면 지난달 반도체 장비 수출액은 18억달러로 1년 전보다 12% 증가했다.
            지역별로는 대만과 미국向 수출이 크게 늘었지만 중국向 수출은 8% 줄었다. 산업부는 "하반기에도 증가세가 이어질 것"이라고 내다봤다.
            """)
    }

    @Test func nextDataPageProps() throws {
        let article = try #require(try Fixtures.extract("next-data.html").articles.first)
        #expect(article.extractionMethod == .embeddedJSON)
        #expect(article.title == "공공 도서관 야간 개관 확대")
        #expect(article.published == PublishTime(civil: CivilDateTime(year: 2025, month: 4, day: 2, hour: 18, minute: 20), utcOffsetSeconds: 32400))
        #expect(article.author == "백하람")
        #expect(article.body == """
            전국 공공 도서관 120곳이 다음 달부터 평일 밤 10시까지 문을 연다.
            문화체육관광부는 2일 직장인과 학생의 이용 편의를 높이기 위해 야간 개관을 확대한다고 밝혔다.
            """)
    }

    @Test func nextFlightPayloadAcrossPushesWithATextRow() throws {
        let article = try #require(try Fixtures.extract("next-flight.html").articles.first)
        #expect(article.extractionMethod == .embeddedJSON)
        #expect(article.title == "지하철 9호선 연장 구간 6월 개통")
        #expect(article.published == PublishTime(civil: CivilDateTime(year: 2025, month: 3, day: 15, hour: 11), utcOffsetSeconds: 32400))
        #expect(article.author == "민세아")
        #expect(article.body == """
            지하철 9호선 연장 구간이 오는 6월 개통한다.
            서울시는 15일 연장 구간 4개 역의 시운전을 마쳤다고 밝혔다. 개통 후에는 출퇴근 시간대 배차 간격이 3분대로 줄어든다.
            """)
    }

    @Test func initialStateStoreWithPlainText() throws {
        let article = try #require(try Fixtures.extract("initial-state.html").articles.first)
        #expect(article.extractionMethod == .embeddedJSON)
        #expect(article.title == "겨울철 전력 수요 최고치 경신")
        #expect(article.published == PublishTime.local(2025, 12, 22, 9, 10))
        #expect(article.author == "장우진, 서다은")
        #expect(article.body == """
            전력 수요가 22일 오전 역대 최고치를 기록했다.
            한파가 이어지면서 난방 수요가 급증한 탓이다. 전력거래소는 공급 예비력이 충분하다고 밝혔다.
            """)
    }

    @Test func jsonLDArticleBodyWhenTheMarkupHasNone() throws {
        let html = """
            <html><head><meta charset="utf-8"><script type="application/ld+json">{"@type":"NewsArticle","headline":"가상 항구 물동량 사상 최대","datePublished":"2025-01-08T10:00:00+09:00","articleBody":"가상 항구의 지난해 물동량이 사상 최대를 기록했다.\\n항만공사는 신규 항로 개설이 효과를 냈다고 밝혔다."}</script></head>
            <body><div id="app"></div></body></html>
            """
        let article = try #require(try Fixtures.extractHTML(html).articles.first)
        #expect(article.extractionMethod == .jsonLD)
        #expect(article.body == "가상 항구의 지난해 물동량이 사상 최대를 기록했다.\n항만공사는 신규 항로 개설이 효과를 냈다고 밝혔다.")
    }

    @Test func aScriptStateWithoutAnArticleIsStillNoArticle() throws {
        let html = """
            <html><head><title>가온몰</title></head><body><div id="app"></div>
            <script>window.__INITIAL_STATE__ = {"menu":{"title":"전체 메뉴","items":[{"title":"홈"}]}};</script></body></html>
            """
        let result = try Fixtures.extractHTML(html)
        #expect(result.articles.isEmpty)
        #expect(result.noArticle)
    }

    // MARK: Short articles

    @Test func aOneSentenceBriefWithArticleSignalsIsKept() throws {
        let result = try Fixtures.extract("short-brief.html")
        let article = try #require(result.articles.first)
        #expect(article.title == "[속보] 수도권 호우경보 발령")
        #expect(article.body == "기상청은 14일 오전 6시40분을 기해 서울과 경기 남부에 호우경보를 발령했다.")
        #expect(article.url == "https://news.garam.example/article/20250714/77")
        #expect(article.published == PublishTime(civil: CivilDateTime(year: 2025, month: 7, day: 14, hour: 6, minute: 41), utcOffsetSeconds: 32400))
    }

    @Test func aOneSentencePageWithoutSignalsIsNoArticle() throws {
        let html = "<html><head><title>가람뉴스</title></head><body><div><p>서비스 점검으로 잠시 후 다시 이용해 주세요.</p></div></body></html>"
        let result = try Fixtures.extractHTML(html)
        #expect(result.articles.isEmpty)
        #expect(result.noArticle)
    }

    // MARK: Boilerplate

    @Test func boilerplateLinesAreDroppedByRule() throws {
        let article = try #require(try Fixtures.extract("boilerplate-lines.html").articles.first)
        #expect(article.body == """
            항만 하역 장비의 전동화가 빨라지고 있다. 해양수산부는 4일 부산항과 광양항의 야드 트랙터 가운데 절반을 2025년까지 전동 장비로 바꾸겠다고 밝혔다.
            전동 장비는 경유 장비보다 운영비가 30% 가량 적고 미세먼지 배출이 없다. 해수부는 교체 비용의 절반을 지원할 계획이다.
            항만 운영사들은 충전 설비 부족을 우려하면서도 대체로 환영하는 분위기다. 한 운영사 관계자는 "장기적으로 비용이 줄어드는 만큼 속도를 내겠다"고 말했다.
            """)
        #expect(article.author == "최서윤")
        #expect(article.published == PublishTime.local(2020, 3, 4, 16, 52, 59))
    }

    @Test func eachBoilerplateRuleAlone() throws {
        func body(_ lines: [String]) throws -> String? {
            let prose = "<p>가상의 시는 올해 공원 열두 곳을 새로 만들겠다고 밝혔다. 예산은 300억원이며 주민 의견을 들어 이름을 정한다.</p>"
            let html = "<html><head><meta charset=\"utf-8\"><meta property=\"og:type\" content=\"article\"><title>공원 조성</title></head><body><div class=\"article_body\">"
                + prose + lines.map { "<p>\($0)</p>" }.joined() + "</div></body></html>"
            return try Fixtures.extractHTML(html).articles.first?.body
        }
        let prose = "가상의 시는 올해 공원 열두 곳을 새로 만들겠다고 밝혔다. 예산은 300억원이며 주민 의견을 들어 이름을 정한다."
        #expect(try body(["기사제공 가온신문"]) == prose)
        #expect(try body(["기사 섹션 분류 안내"]) == prose)
        #expect(try body(["▲ 새로 조성될 공원 조감도"]) == prose)
        #expect(try body(["(사진=가상시 제공)"]) == prose)
        #expect(try body(["홍길순 기자 | 2020-03-04 16:52:59"]) == prose)
        #expect(try body(["◇ 제보하기 ▷ 전화 02-000-0000 ▷ 이메일 tip@gaon.example"]) == prose)
        #expect(try body(["공사는 내년에 끝난다.홍길순 기자 gilsoon@gaon.example"]) == prose + "\n공사는 내년에 끝난다.")
        // News about a tip, a caption word in a sentence: kept.
        let tip = "경찰은 주민의 제보를 받고 현장에 출동했다고 밝혔다."
        #expect(try body([tip]) == prose + "\n" + tip)
        // A quoted headline listed with ▲ in a market wrap is the article's own text.
        let listed = "▲\"가상 증시, 연초 강세 이어갈 것…하반기 변동성\""
        #expect(try body([listed]) == prose + "\n" + listed)
        #expect(try body(["▲ \u{201C}가상 증시 전망\u{201D}"]) == prose + "\n▲ \u{201C}가상 증시 전망\u{201D}")
    }

    // MARK: Explain

    @Test func explainListsCandidatesAndTheWinner() throws {
        let extractor = try ArticleExtractor(profiles: [])
        let (result, explanation) = extractor.explain(try Fixtures.document("jsonld-cut-headline.html"))
        #expect(result.articles.count == 1)
        let text = explanation.lines.joined(separator: "\n")
        #expect(text.contains("title candidate json-ld headline: \"시중은행 가계대출 금리 인하 검토…\""))
        #expect(text.contains("title candidate visible heading before the body: \"시중은행 \"가계대출 금리 인하 검토\" 내년 초 적용\" score"))
        #expect(text.contains("← chosen"))
        #expect(text.contains("time candidate json-ld datePublished: 2025-12-01T10:15:00+09:00 → chosen"))
        #expect(text.contains("author candidate json-ld"))
        #expect(text.contains("body: <div.article_body (known article container)> 2 paragraphs"))
        #expect(text.contains("extraction_method: dom"))
        // A run never pays for the explanation.
        let plain = extractor.extract(try Fixtures.document("jsonld-cut-headline.html"))
        #expect(plain.articles == result.articles)
    }

    // MARK: Rules found on the real-page development set (Benchmarks/realweb)

    @Test func aPhotographerInAFigcaptionIsNotTheAuthor() throws {
        let html = """
            <html><head><meta charset="utf-8"><meta property="og:type" content="article"><title>가상 시장 선거 공약 발표</title></head><body>
            <h3>가상 시장 선거 공약 발표</h3>
            <div class="article_view"><figure><img src="a.jpg"><figcaption>【서울=가온통신】고찬영 기자 = 후보가 16일 공약을 발표하고 있다. 2018.05.16. photo@gaon.example</figcaption></figure>
            <p>【서울=가온통신】나은별 기자 = 가상의 후보는 16일 교통 공약을 발표했다. 그는 순환 버스 노선을 두 배로 늘리겠다고 말했다.</p>
            <p>후보는 재원 마련 방안도 다음 주에 내놓겠다고 밝혔다.</p></div></body></html>
            """
        let article = try #require(try Fixtures.extractHTML(html).articles.first)
        #expect(article.author == "나은별")
    }

    @Test func aCaptionCreditAfterASlashIsNotTheAuthor() throws {
        let html = """
            <html><head><meta charset="utf-8"><meta property="og:type" content="article"><title>위원회 정례회의</title></head><body>
            <div class="head"><h2>위원회 정례회의</h2><p>정리=서하린 기자</p></div>
            <dl><dt>가상 위원회 위원들이 회의를 마치고 기념 촬영을 하고 있다. 왼쪽부터 위원 다섯 명. /도민결 기자</dt></dl>
            <div class="par"><p>가상 위원회가 8일 정례회의를 열고 지난 한 달의 보도에 대해 토론했다. 위원들은 기획 기사가 늘어난 점을 평가했다.</p>
            <p>다만 대안 제시가 부족하다는 지적도 나왔다. 위원회는 다음 달에도 회의를 연다.</p></div></body></html>
            """
        let article = try #require(try Fixtures.extractHTML(html).articles.first)
        #expect(article.author == "서하린")
    }

    @Test func severalReportersInARowAreAllAuthors() throws {
        let html = """
            <html><head><meta charset="utf-8"><meta property="og:type" content="article"><title>태풍 피해 복구</title></head><body>
            <h1>태풍 피해 복구</h1><p class="repoter">노은결기자 , 하도윤기자 , 마서후기자 </p>
            <ul class="byline"><li>입력 2016-09-18 03:00:00</li></ul>
            <div class="article_txt"><p>태풍이 지나간 가상 마을에서 복구 작업이 한창이다. 주민들은 무너진 담장을 다시 쌓고 있다.</p><p>군은 특별 교부세를 긴급 지원하기로 했다.</p></div></body></html>
            """
        let article = try #require(try Fixtures.extractHTML(html).articles.first)
        #expect(article.author == "노은결, 하도윤, 마서후")
        let listed = html.replacingOccurrences(of: "<p class=\"repoter\">노은결기자 , 하도윤기자 , 마서후기자 </p>", with: "<ul><li>노은결 기자</li><li>하도윤 기자</li></ul>")
        #expect(try Fixtures.extractHTML(listed).articles.first?.author == "노은결, 하도윤")
    }

    @Test func aBareNameInTheBylineSlotBeforeThePublishLabel() throws {
        let html = """
            <html><head><meta charset="utf-8"><meta property="og:type" content="article"><title>가상 정당 공약</title></head><body>
            <h3>가상 정당 공약</h3><span class="info_view"><span>여은솔</span> <span>입력 2018. 05. 16. 16:23</span></span>
            <div class="article_view"><p>가상 정당은 16일 청년 주거 공약을 발표했다. 공공 임대 주택 5만 호를 짓겠다는 내용이다.</p><p>당은 재원 마련 방안도 함께 내놓았다.</p></div></body></html>
            """
        let article = try #require(try Fixtures.extractHTML(html).articles.first)
        #expect(article.author == "여은솔")
        #expect(article.published == PublishTime.local(2018, 5, 16, 16, 23))
    }

    @Test func aBodySplitIntoTwinBlocksAroundAPhotoIsWhole() throws {
        let first = "가상 위원회가 8일 정례회의를 열고 지난 한 달의 보도에 대해 토론했다. 위원 아홉 명이 참석했다."
        let rest = (1...6).map { "―\($0)번째 위원은 기획 기사의 길이가 너무 길어 맥락을 잡기 어렵다고 지적했다. 대안을 제시하는 기사가 더 필요하다는 의견도 나왔다." }
        let html = """
            <html><head><meta charset="utf-8"><meta property="og:type" content="article"><title>위원회 회의</title></head><body>
            <div id="article" class="article"><div class="par"><p>\(first)</p></div>
            <div class="photo"><img src="p.jpg"></div>
            <div class="par">\(rest.map { "<p>\($0)</p>" }.joined())</div></div></body></html>
            """
        let article = try #require(try Fixtures.extractHTML(html).articles.first)
        #expect(article.body == ([first] + rest).joined(separator: "\n"))
    }

    @Test func creditsGluedToTheEndAreCut() throws {
        func body(_ last: String) throws -> String? {
            let html = "<html><head><meta charset=\"utf-8\"><meta property=\"og:type\" content=\"article\"><title>가상 사건</title></head><body><div class=\"article_body\"><p>가상의 성당에서 사건이 일어나 경찰이 용의자를 붙잡았다. 경찰은 범행 동기를 조사하고 있다.</p><p>\(last)</p></div></body></html>"
            return try Fixtures.extractHTML(html).articles.first?.body.split(separator: "\n").last.map(String.init)
        }
        #expect(try body("용의자는 기자들에게 \"미안하다\"고 짧게 말했다. 연합뉴스") == "용의자는 기자들에게 \"미안하다\"고 짧게 말했다.")
        #expect(try body("가상 법원 앞에서 후보가 취재진의 질문에 답하고 있다. 후보는 오늘 법정에 직접 출석했다.(사진=가상사진취재단)") == "가상의 성당에서 사건이 일어나 경찰이 용의자를 붙잡았다. 경찰은 범행 동기를 조사하고 있다.")
        // A sentence about the agency itself stays.
        #expect(try body("이 소식은 가온통신이 처음 전했으며 다른 매체도 뒤이어 보도했다. 보도한 곳은 연합") == "이 소식은 가온통신이 처음 전했으며 다른 매체도 뒤이어 보도했다. 보도한 곳은 연합")
    }

    @Test func aWireServiceInMetaAuthorIsNoAuthor() throws {
        for credit in ["연합", "YONHAP"] {
            let html = "<html><head><meta charset=\"utf-8\"><meta property=\"og:type\" content=\"article\"><meta name=\"author\" content=\"\(credit)\"><title>가상 기업 실적</title></head><body><div class=\"article_body\"><p>가상 기업의 3분기 영업이익이 작년보다 20% 늘었다. 회사는 신제품 판매 호조를 이유로 꼽았다.</p></div></body></html>"
            let article = try #require(try Fixtures.extractHTML(html).articles.first)
            #expect(article.author == nil)
        }
    }

    @Test func aDateOnlyMetaTakesTheBylineTimeOfTheSameDay() throws {
        func published(_ meta: String) throws -> PublishTime? {
            let html = "<html><head><meta charset=\"utf-8\"><meta property=\"og:type\" content=\"article\"><meta itemprop=\"datePublished\" content=\"\(meta)\"><title>첫눈 예보</title></head><body><p class=\"date\">입력 2018.11.20 14:50</p><div class=\"article_body\"><p>내일 저녁 기온이 떨어져 서울에 첫눈이 올 것으로 보인다. 기상청은 적설량이 1cm 안팎일 것이라고 예보했다.</p></div></body></html>"
            return try Fixtures.extractHTML(html).articles.first?.published
        }
        #expect(try published("2018-11-20") == PublishTime.local(2018, 11, 20, 14, 50))
        // Another day in the byline is not the same publication: the metadata stands.
        #expect(try published("2018-11-19") == PublishTime.local(2018, 11, 19))
    }

    @Test func aPhotoSourceLineIsDropped() throws {
        let html = "<html><head><meta charset=\"utf-8\"><meta property=\"og:type\" content=\"article\"><title>가상 배우 복귀</title></head><body><div class=\"article_body\"><p>[사진]가온연예 DB</p><p>가상 배우가 3년 만에 드라마로 복귀한다. 소속사는 촬영이 다음 달 시작된다고 밝혔다.</p></div></body></html>"
        let article = try #require(try Fixtures.extractHTML(html).articles.first)
        #expect(article.body == "가상 배우가 3년 만에 드라마로 복귀한다. 소속사는 촬영이 다음 달 시작된다고 밝혔다.")
    }

    // MARK: Rules found on realweb batch 2 (each shared by an outlet family, shown on invented pages)

    private static let parkProse = "<p>가상의 시는 올해 공원 열두 곳을 새로 만들겠다고 밝혔다. 예산은 300억원이며 주민 의견을 들어 이름을 정한다.</p><p>시는 다음 달부터 설계 공모를 연다. 공사는 내년 봄에 시작한다.</p>"

    @Test func aHeadlineShownInASpanKeepsItsVisibleQuotes() throws {
        func title(_ visible: String) throws -> String? {
            let html = """
                <html><head><meta charset="utf-8"><meta property="og:type" content="article">
                <meta property="og:title" content="\u{201C}공원 열두 곳\u{201D} 새로 조성한다"><title>\u{201C}공원 열두 곳\u{201D} 새로 조성한다</title></head><body>
                \(visible)<div class="article_body">\(Self.parkProse)</div></body></html>
                """
            return try Fixtures.extractHTML(html).articles.first?.title
        }
        #expect(try title("<div class=\"news-header-title\"><span>\"공원 열두 곳\" 새로 조성한다</span></div>") == "\"공원 열두 곳\" 새로 조성한다")
        // No visible copy, or one with other words: the metadata's spelling stands.
        #expect(try title("") == "\u{201C}공원 열두 곳\u{201D} 새로 조성한다")
        #expect(try title("<div><span>\"공원 열두 곳\" 새로 조성한다 (종합)</span></div>") == "\u{201C}공원 열두 곳\u{201D} 새로 조성한다")
        // A line without the quotes is not the headline's spelling.
        #expect(try title("<div><span>공원 열두 곳 새로 조성한다</span></div>") == "\u{201C}공원 열두 곳\u{201D} 새로 조성한다")
    }

    @Test func aVisibleLineInCapitalsDoesNotReplaceTheHeadline() throws {
        let html = """
            <html><head><meta charset="utf-8"><meta property="og:type" content="article"><meta property="og:title" content="Gaon Park Opens \u{2018}Green Week\u{2019}"></head><body>
            <div class="hero"><span>GAON PARK OPENS 'GREEN WEEK'</span></div><div class="article_body">\(Self.parkProse)</div></body></html>
            """
        #expect(try Fixtures.extractHTML(html).articles.first?.title == "Gaon Park Opens \u{2018}Green Week\u{2019}")
    }

    @Test func everyReporterOfAWireDatelineIsAnAuthor() throws {
        func author(_ lead: String) throws -> String? {
            let html = """
                <html><head><meta charset="utf-8"><meta property="og:type" content="article"><title>가상 부처 고용 통계</title></head><body>
                <h1>가상 부처 고용 통계</h1><div class="article_body"><p>\(lead) 가상 부처는 9일 작년 취업자가 9만 명 늘었다고 밝혔다.</p><p>부처는 올해 고용 여건이 나아질 것으로 내다봤다.</p></div></body></html>
                """
            return try Fixtures.extractHTML(html).articles.first?.author
        }
        #expect(try author("(세종=가온통신) 나은별 하도윤 마서후 기자 =") == "나은별, 하도윤, 마서후")
        #expect(try author("【서울=가온통신】 나은별 하도윤 기자 =") == "나은별, 하도윤")
        // A desk before the name in a dateline without `=` is not a second reporter.
        #expect(try author("[가온일보] 정치부 나은별 기자 =") == "나은별")
        #expect(try author("[서울=가온통신] 사회부 나은별 기자 =") == "나은별")
    }

    @Test func aReporterListWithADatelineCityOutranksAMetaTagNamingTheFirst() throws {
        let html = """
            <html><head><meta charset="utf-8"><meta property="og:type" content="article"><meta property="dable:author" content="나은별"><title>가상 명퇴 보고서</title></head><body>
            <h1>가상 명퇴 보고서</h1><ul><li class="name">나은별 기자</li><li class="name">세종=하도윤 기자</li><li class="name">마서후 인턴기자</li></ul>
            <div class="article_body">\(Self.parkProse)</div></body></html>
            """
        #expect(try Fixtures.extractHTML(html).articles.first?.author == "나은별, 하도윤, 마서후")
        // The meta tag stands when the visible byline does not list its reporter first.
        let other = html.replacingOccurrences(of: "content=\"나은별\"", with: "content=\"구본하\"")
        #expect(try Fixtures.extractHTML(other).articles.first?.author == "구본하")
    }

    @Test func aDeskCreditedInTheBylineSlotOrTheDatelineIsTheAuthor() throws {
        func author(_ slot: String, _ lead: String) throws -> String? {
            let html = """
                <html><head><meta charset="utf-8"><meta property="og:type" content="article"><title>가상 학교 소식</title></head><body>
                <h1>가상 학교 소식</h1>\(slot)<p class="date">입력 2018.11.13 07:45</p>
                <div class="article_body"><p>\(lead)가상의 학교가 올해 신입생 모집을 마쳤다. 경쟁률은 작년보다 높았다.</p><p>학교는 다음 달 입학식을 연다.</p></div></body></html>
                """
            return try Fixtures.extractHTML(html).articles.first?.author
        }
        #expect(try author("<span class=\"writer\">온라인뉴스팀</span>", "") == "온라인뉴스팀")
        #expect(try author("", "[가온] 디지털뉴스팀 = ") == "디지털뉴스팀")
        // A desk named in a sentence is not a credit.
        #expect(try author("", "가온 디지털뉴스팀은 올해 취재를 늘렸다. ") == nil)
    }

    @Test func aProgrammeInTheBylineSlotIsTheAuthorWhenTheArticleCreditsIt() throws {
        func author(closing: String) throws -> String? {
            let html = """
                <html><head><meta charset="utf-8"><meta property="og:type" content="article"><title>가상 의원 인터뷰</title></head><body>
                <h3>가상 의원 인터뷰</h3><span class="info_view"><span>가온 라디오 아침광장</span> <span>입력 2020. 05. 22. 09:39</span></span>
                <div class="article_view"><p>가상의 의원은 22일 방송에 나와 예산안 처리 일정을 설명했다. 그는 다음 주까지 합의하겠다고 말했다.</p><p>\(closing)</p></div></body></html>
                """
            return try Fixtures.extractHTML(html).articles.first?.author
        }
        #expect(try author(closing: "[가온 라디오 아침광장]") == "가온 라디오 아침광장")
        // Without the closing credit, words before the label may be a menu: no author.
        #expect(try author(closing: "의원은 인터뷰를 마치며 지역구 현안도 챙기겠다고 덧붙였다.") == nil)
    }

    @Test func aWireServiceInTheVisibleBylineIsNoAuthor() throws {
        let html = """
            <html><head><meta charset="utf-8"><meta property="og:type" content="article"><title>가상 대학생 사건</title></head><body>
            <h1>가상 대학생 사건</h1><div class="article_body">\(Self.parkProse)</div><p class="byline">연합 기자</p></body></html>
            """
        #expect(try Fixtures.extractHTML(html).articles.first?.author == nil)
    }

    @Test func theFootersRegistrationDateIsNotThePublishTime() throws {
        let html = """
            <html><head><meta charset="utf-8"><meta property="og:type" content="article"><title>가상 업계 고심</title></head><body>
            <h1>가상 업계 고심</h1><p><span class="newsName">가온방송 나은별 기자</span><span class="newsDate">2019/01/16 13:59</span></p>
            <div class="article_body">\(Self.parkProse)</div>
            <div class="company">등록번호 : 서울 아00000 | 등록일 : 2010-01-05 | 발행일 : 2010-01-05</div></body></html>
            """
        let article = try #require(try Fixtures.extractHTML(html).articles.first)
        #expect(article.published == PublishTime.local(2019, 1, 16, 13, 59))
        #expect(article.author == "나은별")
    }

    @Test func creditAndNoticeLinesAreDropped() throws {
        func body(_ line: String) throws -> String? {
            let html = "<html><head><meta charset=\"utf-8\"><meta property=\"og:type\" content=\"article\"><title>공원 조성</title></head><body><div class=\"article_body\">"
                + Self.parkProse + "<p>\(line)</p></div></body></html>"
            return try Fixtures.extractHTML(html).articles.first?.body
        }
        let prose = "가상의 시는 올해 공원 열두 곳을 새로 만들겠다고 밝혔다. 예산은 300억원이며 주민 의견을 들어 이름을 정한다.\n시는 다음 달부터 설계 공모를 연다. 공사는 내년 봄에 시작한다."
        #expect(try body("[출처: 가온통신 자료사진]") == prose)
        #expect(try body("본 기사는 가온 금융정보 단말기에서 1시간 더 빠른 09시 10분에 서비스된 기사입니다.") == prose)
        #expect(try body("가온방송의 기사에 대해 반론·정정·추후 보도를 청구하실 분은 아래의 연락처로 연락주시길 바랍니다.") == prose)
        // A sentence about an article is article text.
        let sentence = "본 기사는 시의회에서도 화제가 됐고 의원들은 예산 심사 때 이를 언급했다."
        #expect(try body(sentence) == prose + "\n" + sentence)
    }

    @Test func explainAlwaysStatesEachWinnersReason() throws {
        let extractor = try ArticleExtractor(profiles: [])
        let noTime = "<html><head><meta charset=\"utf-8\"><meta property=\"og:type\" content=\"article\"><title>공원 조성</title></head><body><div class=\"article_body\">\(Self.parkProse)</div></body></html>"
        let pages: [InputDocument] = [
            try Fixtures.document("jsonld-cut-headline.html"), try Fixtures.document("generic-og.html"),
            try Fixtures.document("generic-byline.html"), try Fixtures.document("fusion-store.html"),
            try Fixtures.document("short-brief.html"), try Fixtures.document("split-body.html"),
            InputDocument(path: "no-time.html", url: nil, bytes: Array(noTime.utf8)),
        ]
        for page in pages {
            let (result, explanation) = extractor.explain(page)
            #expect(result.articles.count == 1, "\(page.path)")
            for field in ["title", "published_at", "author", "body"] {
                let line = explanation.lines.first { $0.hasPrefix("winner \(field): ") }
                // `winner author: none (no byline …)`: the reason is the last parenthesis, never empty.
                #expect(line?.hasSuffix(")") == true, "\(page.path): \(field): \(line ?? "no winner line")")
                #expect(line.map { !$0.hasSuffix("()") } == true, "\(page.path): \(field) has an empty reason")
            }
        }
        // A page with no article says why, once.
        let (none, why) = extractor.explain(try Fixtures.document("index-page.html"))
        #expect(none.articles.isEmpty)
        #expect(why.lines.filter { $0.hasPrefix("no article: ") }.count == 1)
        let missing = extractor.explain(pages[6]).1.lines.first { $0.hasPrefix("winner published_at: ") }
        #expect(missing == "winner published_at: none (no date in the metadata or in a byline)")
        let byline = extractor.explain(pages[2]).1.lines.first { $0.hasPrefix("winner author: ") }
        #expect(byline?.hasSuffix("(no metadata author; the first byline near the article text)") == true)
    }
}
