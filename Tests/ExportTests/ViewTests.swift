import Foundation
import NewsModel
import Testing
@testable import Export

@Suite struct ViewTests {
    /// Three articles over two months and two sources; the ministry is named with money in
    /// some sentences and not in others, twice in one sentence, and in a title.
    static func corpus() -> [AnalyzedArticle] {
        var june1 = ArticleBuilder(
            url: "https://a.example.kr/1", title: "과기정통부 예산 발표",
            body: "과기정통부는 AI에 100억원을 쓴다. 과기정통부와 과기정통부 산하기관은 50억원을 더 쓴다. 네이버는 20억원을 낸다.\n과기정통부는 설명회를 연다.")
        june1.source = "alpha"
        june1.addMoney("100억원", 10_000_000_000)
        june1.addMoney("50억원", 5_000_000_000)
        june1.addMoney("20억원", 2_000_000_000)
        june1.addEntity("과학기술정보통신부", surface: "과기정통부", field: .title)
        june1.addEntity("과학기술정보통신부", surface: "과기정통부", occurrence: 0)
        june1.addEntity("과학기술정보통신부", surface: "과기정통부", occurrence: 1)
        june1.addEntity("과학기술정보통신부", surface: "과기정통부", occurrence: 2)
        june1.addEntity("과학기술정보통신부", surface: "과기정통부", occurrence: 3)
        june1.addEntity("네이버", type: .company)

        var june2 = ArticleBuilder(url: "https://a.example.kr/2", title: "과기정통부, 1조5천억원 펀드", body: "과기정통부가 펀드를 만든다.")
        june2.source = "alpha"
        june2.publishedAt = "2025-06-30T23:59:00+09:00"
        june2.publishedDate = "2025-06-30"
        june2.addMoney("1조5천억원", 1_500_000_000_000, field: .title)
        june2.addEntity("과학기술정보통신부", surface: "과기정통부", field: .title)
        june2.addEntity("과학기술정보통신부", surface: "과기정통부")

        var july = ArticleBuilder(url: "https://b.example.kr/3", title: "네이버 투자", body: "네이버는 3천만~5천만달러를 투자한다.")
        july.source = "beta"
        july.publishedAt = "2025-07-01T08:00:00+09:00"
        july.publishedDate = "2025-07-01"
        july.addMoney("3천만~5천만달러", 30_000_000, 50_000_000, currency: "USD")
        july.addEntity("네이버", type: .company)
        return [june1.analyzed, june2.analyzed, july.analyzed]
    }

    @Test func entityCooccurrencePairsEachEntityWithTheMoneyInItsSentence() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("knews.sqlite")
        try runOnce(path, Self.corpus())
        let pairs = try rows(path, """
            SELECT entity, money_surface, amount_eok, article_id, title, published_at, field, sentence
            FROM entity_cooccurrence ORDER BY article_id, money_mention_id, entity
            """)
        #expect(pairs == [
            [.text("과학기술정보통신부"), .text("100억원"), .real(100), .integer(1), .text("과기정통부 예산 발표"), .text("2025-06-27T17:12:00+09:00"), .text("body"), .integer(0)],
            // Named twice in that sentence, paired once.
            [.text("과학기술정보통신부"), .text("50억원"), .real(50), .integer(1), .text("과기정통부 예산 발표"), .text("2025-06-27T17:12:00+09:00"), .text("body"), .integer(1)],
            [.text("네이버"), .text("20억원"), .real(20), .integer(1), .text("과기정통부 예산 발표"), .text("2025-06-27T17:12:00+09:00"), .text("body"), .integer(2)],
            [.text("과학기술정보통신부"), .text("1조5천억원"), .real(15_000), .integer(2), .text("과기정통부, 1조5천억원 펀드"), .text("2025-06-30T23:59:00+09:00"), .text("title"), .integer(0)],
            [.text("네이버"), .text("3천만~5천만달러"), .real(0.4), .integer(3), .text("네이버 투자"), .text("2025-07-01T08:00:00+09:00"), .text("body"), .integer(0)],
        ])
        try expectIntact(path)
    }

    @Test func moneyByEntityMonthSumsPerEntityMonthAndCurrency() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("knews.sqlite")
        try runOnce(path, Self.corpus())
        let result = try rows(path, """
            SELECT entity, entity_type, month, currency, mentions, articles, amount_low, amount_high,
                   amount_eok, amount_low_eok, amount_high_eok
            FROM money_by_entity_month ORDER BY entity, month
            """)
        #expect(result == [
            [.text("과학기술정보통신부"), .text("agency"), .text("2025-06"), .text("KRW"), .integer(3), .integer(2),
             .integer(1_515_000_000_000), .integer(1_515_000_000_000), .real(15_150), .real(15_150), .real(15_150)],
            [.text("네이버"), .text("company"), .text("2025-06"), .text("KRW"), .integer(1), .integer(1),
             .integer(2_000_000_000), .integer(2_000_000_000), .real(20), .real(20), .real(20)],
            [.text("네이버"), .text("company"), .text("2025-07"), .text("USD"), .integer(1), .integer(1),
             .integer(30_000_000), .integer(50_000_000), .real(0.4), .real(0.3), .real(0.5)],
        ])
        try expectIntact(path)
    }

    @Test func entityMentionsDailyAndArticlesBySourceDay() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("knews.sqlite")
        try runOnce(path, Self.corpus())
        #expect(try rows(path, "SELECT entity, entity_type, date, mentions, articles FROM entity_mentions_daily ORDER BY entity, date") == [
            [.text("과학기술정보통신부"), .text("agency"), .text("2025-06-27"), .integer(5), .integer(1)],
            [.text("과학기술정보통신부"), .text("agency"), .text("2025-06-30"), .integer(2), .integer(1)],
            [.text("네이버"), .text("company"), .text("2025-06-27"), .integer(1), .integer(1)],
            [.text("네이버"), .text("company"), .text("2025-07-01"), .integer(1), .integer(1)],
        ])
        #expect(try rows(path, "SELECT source, date, articles FROM articles_by_source_day ORDER BY source, date") == [
            [.text("alpha"), .text("2025-06-27"), .integer(1)],
            [.text("alpha"), .text("2025-06-30"), .integer(1)],
            [.text("beta"), .text("2025-07-01"), .integer(1)],
        ])
        #expect(try rows(path, "SELECT count(*), sum(amount_eok) FROM money_mentions_view WHERE source = 'alpha'")
            == [[.integer(4), .real(15_170)]])
        #expect(try rows(path, "SELECT count(*) FROM date_mentions_view") == [[.integer(0)]])
    }

    /// Schema v7 (issue 17): the per-mention views show what an amount measures and whose it is,
    /// and a date's kind and days; a v5 database, views and all, is upgraded in place.
    @Test func version7ViewsShowKindOwnerAndDaysAndUpgradeAVersion5File() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("knews.sqlite")
        var article = ArticleBuilder(
            url: "https://d.example.kr/7", title: "투자 소식", body: "가나전자는 다라소프트에 100억원을 3분기 투자한다.")
        article.addMoney("100억원", 10_000_000_000)
        article.money[0].kind = .investment
        article.money[0].owner = "가나전자"
        article.addDate("3분기", "2025-Q3", .quarter)
        article.dates[0].dateStart = "2025-07-01"
        article.dates[0].dateEnd = "2025-09-30"
        article.addEntity("가나전자", type: .company)
        article.addEntity("다라소프트", type: .company)
        try runOnce(path, [article.analyzed])
        let money = "SELECT surface, kind, owner FROM money_mentions_view"
        let dates = "SELECT surface, kind, date_start, date_end FROM date_mentions_view"
        let pairs = "SELECT entity, kind, is_owner FROM entity_cooccurrence ORDER BY entity"
        let expectedMoney: [[SQLiteValue]] = [[.text("100억원"), .text("investment"), .text("가나전자")]]
        let expectedDates: [[SQLiteValue]] = [[.text("3분기"), .text("date"), .text("2025-07-01"), .text("2025-09-30")]]
        let expectedPairs: [[SQLiteValue]] = [
            [.text("가나전자"), .text("investment"), .integer(1)], [.text("다라소프트"), .text("investment"), .integer(0)],
        ]
        #expect(try rows(path, money) == expectedMoney)
        #expect(try rows(path, dates) == expectedDates)
        #expect(try rows(path, pairs) == expectedPairs)

        // The same file as knews v5 left it: its views without those columns.
        let database = try Database(path: path)
        for view in ["entity_cooccurrence", "date_mentions_view", "money_mentions_view"] {
            try database.execute("DROP VIEW \(view)")
        }
        try database.execute("""
            CREATE VIEW money_mentions_view AS SELECT m.mention_id, m.surface FROM money_mentions AS m
            """)
        try database.execute("CREATE VIEW date_mentions_view AS SELECT d.mention_id, d.surface FROM date_mentions AS d")
        try database.execute("CREATE VIEW entity_cooccurrence AS SELECT e.entity_id, e.name AS entity FROM entities AS e")
        try dropVersion9(database)
        try database.execute("PRAGMA user_version = 5")
        #expect((try? rows(path, money)) == nil)

        let store = try ArticleStore(path: path)
        #expect(try store.schemaVersion == ArticleStore.supportedSchemaVersion)
        #expect(try rows(path, money) == expectedMoney)
        #expect(try rows(path, dates) == expectedDates)
        #expect(try rows(path, pairs) == expectedPairs)
        try expectIntact(path)
    }

    /// Pass-through date columns keep their declared types; computed columns have one
    /// storage class on every row.
    @Test func viewColumnsAreTyped() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("knews.sqlite")
        try runOnce(path, Self.corpus())
        for view in ["entity_cooccurrence", "money_mentions_view", "date_mentions_view"] {
            let types = try rows(path, "SELECT name, type FROM pragma_table_info(?)", [.text(view)])
            #expect(types.contains([.text("published_at"), .text("DATETIME")]), "\(view)")
            #expect(types.contains([.text("published_date"), .text("DATE")]), "\(view)")
        }
        #expect(try rows(path, "SELECT type FROM pragma_table_info('entity_mentions_daily') WHERE name = 'date'") == [[.text("DATE")]])
        #expect(try rows(path, """
            SELECT DISTINCT typeof(month), typeof(mentions), typeof(amount_high), typeof(amount_eok)
            FROM money_by_entity_month
            """) == [[.text("text"), .text("integer"), .text("integer"), .text("real")]])
        #expect(try rows(path, "SELECT DISTINCT typeof(amount_eok) FROM entity_cooccurrence") == [[.text("real")]])
        #expect(try rows(path, "SELECT DISTINCT typeof(articles) FROM articles_by_source_day") == [[.text("integer")]])
    }
}

@Suite struct SentenceIndexTests {
    @Test(arguments: [
        ("첫 문장이다. 둘째 문장이다.", "둘째", 1),
        ("첫 문장이다. 둘째 문장이다.", "첫", 0),
        ("3.5조원을 쓴다. 다음", "다음", 1),
        ("3.5조원을 쓴다", "쓴다", 0),
        ("정말? 그렇다! 그래서。 끝", "끝", 3),
        ("한 줄\n두 줄\n\n네 줄", "네", 3),
        ("NAVER.com 에서 본다. 끝", "끝", 1),
        ("문장이다.\n다음 문단", "다음", 1),
        ("문장이다.\u{3000}다음", "다음", 1),
        ("문장이다.\u{A0}다음", "다음", 1),
        ("끝났다。다음", "다음", 0),
        ("😀 이모지. 다음 😀 문장", "문장", 1),
        ("1.5배", "배", 0),
    ])
    func sentenceNumbers(text: String, word: String, expected: Int) {
        let index = SentenceIndex(text)
        let scalars = Array(text.unicodeScalars)
        let needle = Array(word.unicodeScalars)
        let offset = (0...(scalars.count - needle.count)).first { Array(scalars[$0..<$0 + needle.count]) == needle } ?? -1
        #expect(index.sentence(at: offset) == expected)
    }
}

extension SentenceIndexTests {
    /// The byte scan agrees with the rule applied scalar by scalar, on every offset.
    @Test func byteScanAgreesWithTheScalarRule() {
        let texts = [
            makeWorkloadArticle(3).article.body,
            "그는 \"좋다, 아주 좋다\"라고 말했다.\r\n둘째 줄 😀 이모지. 끝!\u{3000}다음? 그래。 3.5조원.\u{2003}x",
            "...!!! ?? .\n\n. 。。 end.",
            "",
        ]
        for text in texts {
            let scalars = Array(text.unicodeScalars)
            var expected: [Int] = []
            var sentence = 0
            for (offset, scalar) in scalars.enumerated() {
                if offset > 0 {
                    let previous = scalars[offset - 1]
                    // A terminator before a line break ends one sentence, not two.
                    if previous == "\n"
                        || (".?!\u{3002}".unicodeScalars.contains(previous) && scalar != "\n" && scalar.properties.isWhitespace) {
                        sentence += 1
                    }
                }
                expected.append(sentence)
            }
            let index = SentenceIndex(text)
            let actual = (0..<scalars.count).map { index.sentence(at: $0) }
            let firstDifference = zip(actual, expected).enumerated().first { $0.element.0 != $0.element.1 }?.offset
            #expect(firstDifference == nil, "first difference at scalar \(firstDifference ?? -1) of \(text.prefix(40))")
        }
    }
}
