@testable import Extraction
import NewsModel
import Testing

/// Template patterns of business weeklies and lifestyle portals: an article cut into repeated
/// photo sections, reporters listed one per item with their addresses, the outlet's brand in
/// `<meta name="author">` and as a hashtag on og:title. Every page is invented.
@Suite struct SectionedPageTests {
    static let sections = [
        ["가상의 누리시가 올봄 새로 연 강변 산책로에 주말마다 나들이객이 몰리고 있다.", "산책로는 모두 열두 구간으로 나뉘며 구간마다 쉼터와 작은 도서관이 들어섰다."],
        ["첫 구간은 옛 나루터에서 시작해 갈대밭을 따라 3킬로미터가량 이어진다.", "해 질 무렵이면 강물에 비친 노을을 보려는 사진가들이 모여든다."],
        ["둘째 구간에는 주민들이 가꾼 꽃길이 있어 봄마다 작은 축제가 열린다.", "시는 올해 축제 기간에 임시 셔틀버스를 운행하기로 했다."],
        ["마지막 구간은 언덕 위 전망대로 이어져 도심과 강을 한눈에 내려다볼 수 있다.", "시 관계자는 \"걷기 좋은 도시를 만드는 첫걸음\"이라고 말했다."],
    ]

    /// One `<li class="par">` per section: a photo with its caption, then the section's text.
    static func sectionedBody() -> String {
        var html = "<ul>"
        for (n, section) in sections.enumerated() {
            html += "<li class=\"par\"><div class=\"center_img\"><dl><dd><img src=\"p\(n).jpg\"></dd><dt>▲ 사진제공=누리시</dt></dl></div>"
            html += "<div class=\"cont_body\">" + section.map { "<p>\($0)</p>" }.joined() + "</div></li>"
        }
        return html + "</ul>"
    }

    @Test func aBodyCutIntoRepeatedPhotoSectionsIsTakenWhole() throws {
        let html = """
            <html><head><meta charset="utf-8"><meta property="og:type" content="article">
            <title>누리시 강변 산책로, 주말마다 나들이객 북적 - 가상포털</title></head><body>
            <div class="gnb"><a href="/a">경제</a> <a href="/b">여행</a> <a href="/c">연예</a></div>
            <h3 class="subject">누리시 강변 산책로, 주말마다 나들이객 북적</h3>
            <div class="reporter"><ul><li>한누리 기자 <a href="mailto:">nuri@news.example</a></li></ul></div>
            <div class="article" id="article"><div class="inputdate">기사입력 2024-04-20</div>
            \(Self.sectionedBody())
            </div>
            <div class="related"><h2>관련뉴스</h2><ul><li><a href="/r1">다른 도시의 강변 공원 이야기</a></li><li><a href="/r2">봄철 걷기 좋은 길 다섯 곳</a></li></ul></div>
            </body></html>
            """
        let article = try #require(try Fixtures.extractHTML(html).articles.first)
        for section in Self.sections { for p in section { #expect(article.body.contains(p), "missing: \(p)") } }
        #expect(!article.body.contains("사진제공"))
        #expect(!article.body.contains("다른 도시의 강변 공원"))
    }

    @Test func sectionsOfTeasersOnAListPageDoNotBecomeAnArticle() throws {
        // Repeated items, each a linked headline and an unlinked lead: a list, whatever their
        // class, although each lead has twins.
        var items = ""
        for (n, section) in Self.sections.enumerated() {
            items += "<li class=\"item\"><a href=\"/news/\(n)\"><strong>누리시 소식 \(n + 1)번째 기사의 제목입니다</strong></a><div class=\"lead\"><p>\(section[0]) \(section[1])</p></div></li>"
        }
        let html = """
            <html><head><meta charset="utf-8"><meta property="og:type" content="website"><title>가상포털 - 전체기사</title></head>
            <body><h1 class="logo">가상포털</h1><ul class="list">\(items)</ul></body></html>
            """
        #expect(try Fixtures.extractHTML(html).articles.isEmpty)
    }

    @Test func reportersListedOneAnItemWithTheirAddressesAreAllCredited() throws {
        let body = Self.sections.flatMap { $0 }.map { "<p>\($0)</p>" }.joined()
        let html = """
            <html><head><meta charset="utf-8"><meta property="og:type" content="article"><title>누리시 강변 산책로 개장</title></head><body>
            <h1>누리시 강변 산책로 개장</h1>
            <div class="reporter"><ul><li>한누리 기자 <a href="mailto:">nuri@news.example</a></li><li>고가람 기자 <a href="mailto:">garam@news.example</a></li></ul></div>
            <div class="article_txt">\(body)</div></body></html>
            """
        let article = try #require(try Fixtures.extractHTML(html).articles.first)
        #expect(article.author == "한누리, 고가람")
    }

    @Test func theSiteBrandInMetaAuthorYieldsToTheVisibleByline() throws {
        let body = Self.sections.flatMap { $0 }.map { "<p>\($0)</p>" }.joined()
        let html = """
            <html><head><meta charset="utf-8"><meta name="author" content="NuriWeek">
            <meta property="og:type" content="article"><meta property="og:url" content="http://nuriweek.news.example/view.php?no=20240420">
            <meta property="og:title" content="누리시 강변 산책로 개장… 주말 셔틀버스는? #NuriWeek">
            <title>누리시 강변 산책로 개장… 주말 셔틀버스는?</title></head><body>
            <h1>누리시 강변 산책로 개장… 주말 셔틀버스는?</h1>
            <ul class="info"><li>한누리 기자 | 입력 : 2024.04.20 11:25</li></ul>
            <div class="article_txt">\(body)</div>
            <div class="writer_profile"><strong>한누리</strong> <a href="mailto:">nuri@news.example</a></div></body></html>
            """
        let article = try #require(try Fixtures.extractHTML(html).articles.first)
        #expect(article.author == "한누리")
        #expect(article.title == "누리시 강변 산책로 개장… 주말 셔틀버스는?")
    }

    @Test func aHashtagIsDroppedOnlyWhenItNamesTheSite() {
        let keys = TitleCleaner.brandKeys(names: ["누리위클리"], host: "nuriweek.news.example")
        #expect(keys.contains("nuriweek"))
        #expect(!keys.contains("example"))
        #expect(TitleCleaner.dropSiteHashtags("산책로 개장 #NuriWeek", brandKeys: keys) == "산책로 개장")
        #expect(TitleCleaner.dropSiteHashtags("산책로 개장 #누리위클리 #NuriWeek", brandKeys: keys) == "산책로 개장")
        #expect(TitleCleaner.dropSiteHashtags("캠페인 확산 #MeToo", brandKeys: keys) == "캠페인 확산 #MeToo")
        #expect(TitleCleaner.dropSiteHashtags("#NuriWeek", brandKeys: keys) == "#NuriWeek")
    }
}
