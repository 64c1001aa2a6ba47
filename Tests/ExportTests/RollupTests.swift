import Foundation
import NewsModel
import Testing
@testable import Export

@Suite struct RollupTests {
    /// One article per hour of a Korean day, 00:00 to 23:00 KST: the first nine are still the
    /// previous day in UTC, which is the day SQLite's `date(published_at)` gives them.
    static func hourlyArticles() -> [AnalyzedArticle] {
        (0..<24).map { hour in
            let hh = hour < 10 ? "0\(hour)" : "\(hour)"
            var article = ArticleBuilder(
                url: "https://c.example.kr/\(hour)", title: "제목 \(hour)", body: "과기정통부가 발표했다.")
            article.source = "gamma"
            article.publishedAt = "2025-07-01T\(hh):30:00+09:00"
            article.publishedDate = "2025-07-01"
            article.addEntity("과학기술정보통신부", surface: "과기정통부")
            return article.analyzed
        }
    }

    @Test func localTimeGivesTheKoreanDayAcrossMidnightToNine() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("knews.sqlite")
        try runOnce(path, Self.hourlyArticles())
        let mismatches = try rows(path, """
            SELECT url, published_local FROM articles WHERE date(published_local) IS NOT published_date
            """)
        #expect(mismatches.isEmpty)
        // The column is needed: the offset-aware date puts 00:00-08:59 KST on the day before.
        #expect(try rows(path, "SELECT count(*) FROM articles WHERE date(published_at) <> published_date") == [[.integer(9)]])
        #expect(try rows(path, "SELECT published_local, published_utc FROM articles WHERE url = 'https://c.example.kr/3'")
            == [[.text("2025-07-01 03:30:00"), .text("2025-06-30 18:30:00")]])
        // The rollups group by the local day: one day, 24 articles.
        #expect(try rows(path, "SELECT source, date, articles FROM articles_by_source_day") == [[.text("gamma"), .text("2025-07-01"), .integer(24)]])
        #expect(try rows(path, "SELECT date, mentions, articles FROM entity_mentions_daily") == [[.text("2025-07-01"), .integer(24), .integer(24)]])
    }

    /// The views are `SELECT *` over typed tables: every column has a declared type, which
    /// SQLite before 3.41 does not give computed view columns (SQLAlchemy saw NullType).
    @Test func everyAggregateViewColumnHasADeclaredType() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("knews.sqlite")
        try runOnce(path, ViewTests.corpus())
        for view in ["money_by_entity_month", "entity_mentions_daily", "articles_by_source_day"] {
            let types = try rows(path, "SELECT name, type FROM pragma_table_info(?)", [.text(view)])
            #expect(!types.isEmpty)
            for row in types {
                #expect(row[1].textValue.map { !$0.isEmpty } == true, "\(view).\(row[0])")
            }
        }
        #expect(try rows(path, "SELECT type FROM pragma_table_info('money_by_entity_month') WHERE name IN ('month', 'amount_low', 'amount_eok') ORDER BY cid")
            == [[.text("TEXT")], [.text("INTEGER")], [.text("REAL")]])
    }

    /// An amount with a known owner belongs to it alone; without one, to every organization
    /// in its sentence. Kinds are kept apart.
    @Test func moneyGoesToItsOwnerWhenKnown() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("knews.sqlite")
        var article = ArticleBuilder(url: "https://d.example.kr/1", title: "투자 소식", body: "가나전자는 다라소프트에 100억원을 투자한다.")
        article.addMoney("100억원", 10_000_000_000)
        article.addEntity("가나전자", type: .company)
        article.addEntity("다라소프트", type: .company)
        try runOnce(path, [article.analyzed])
        let perEntity = "SELECT entity, kind, mentions, amount_low FROM money_by_entity_month ORDER BY entity"
        #expect(try rows(path, perEntity) == [
            [.text("가나전자"), .null, .integer(1), .integer(10_000_000_000)],
            [.text("다라소프트"), .null, .integer(1), .integer(10_000_000_000)],
        ])

        // What the normalizer (issue 17) fills: the owner and the kind.
        let database = try Database(path: path)
        try database.execute("""
            UPDATE money_mentions SET kind = 'investment',
                entity_id = (SELECT entity_id FROM entities WHERE name = '가나전자')
            """)
        try database.execute("BEGIN IMMEDIATE")
        try Rollups.rebuild(database)
        try database.execute("COMMIT")
        #expect(try rows(path, perEntity) == [
            [.text("가나전자"), .text("investment"), .integer(1), .integer(10_000_000_000)],
        ])
    }

    /// Each run that changes an article rebuilds the rollups in its own transaction.
    @Test func aLaterRunReplacesTheAggregates() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("knews.sqlite")
        try runOnce(path, ViewTests.corpus())
        let before = try rows(path, "SELECT count(*), sum(articles) FROM articles_by_source_day")
        #expect(before == [[.integer(3), .integer(3)]])
        try runOnce(path, Self.hourlyArticles(), startedAt: "2025-07-02T03:00:00+09:00")
        #expect(try rows(path, "SELECT count(*), sum(articles) FROM articles_by_source_day") == [[.integer(4), .integer(27)]])
        #expect(try rows(path, "SELECT sum(mentions) FROM entity_mentions_daily WHERE entity = '과학기술정보통신부'") == [[.integer(31)]])
    }

    /// `entity_cooccurrence_by_month` as read from the database (REAL sums rounded, since the
    /// order of additions may differ in the last bits).
    static let cooccurrenceRollup = """
        SELECT entity_id, entity, entity_type, month, source, currency, kind, mentions, owned_mentions,
               articles, amount_low, amount_high, round(amount_eok, 6), round(amount_low_eok, 6),
               round(amount_high_eok, 6)
        FROM entity_cooccurrence_by_month ORDER BY entity_id, month, source, currency, kind
        """

    /// What it must hold, grouped from the `entity_cooccurrence` view's pairs: an independent
    /// statement of the rollup (the view is not what `Rollups` runs).
    static let cooccurrenceFromPairs = """
        SELECT c.entity_id, c.entity, c.entity_type, substr(a.published_local, 1, 7) AS month, c.source,
               c.currency, c.kind, count(*), sum(c.is_owner), count(DISTINCT c.article_id),
               sum(c.amount_low), sum(c.amount_high), round(total(c.amount_eok), 6),
               round(total(c.amount_low_eok), 6), round(total(c.amount_high_eok), 6)
        FROM entity_cooccurrence AS c JOIN articles AS a ON a.article_id = c.article_id
        GROUP BY c.entity_id, month, c.source, c.currency, c.kind
        ORDER BY c.entity_id, month, c.source, c.currency, c.kind
        """

    /// Every organization of an amount's sentence is counted once with it, owner or not, a
    /// title amount the body repeats included; `owned_mentions` counts the owner's. The month
    /// is the Korean one (07:00 KST on July 1 is June 30 in UTC), and sources stay apart.
    @Test func cooccurrenceRollupSumsTheViewsPairs() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("knews.sqlite")
        var first = ArticleBuilder(
            url: "https://e.example.kr/1", title: "가나전자 100억원 투자",
            body: "가나전자는 다라소프트에 100억원을 투자한다. 가나전자는 가나전자 공장에 20억원을 쓴다.")
        first.source = "가온뉴스"
        first.publishedAt = "2025-07-01T07:00:00+09:00"
        first.addEntity("가나전자", type: .company, field: .title)
        first.addEntity("가나전자", type: .company)
        first.addEntity("다라소프트", type: .company)
        first.addEntity("가나전자", type: .company, occurrence: 1)
        first.addEntity("가나전자", type: .company, occurrence: 2)
        first.addMoney("100억원", 10_000_000_000, field: .title)
        first.addMoney("100억원", 10_000_000_000)
        first.money[1].owner = "가나전자"
        first.money[1].kind = .investment
        first.addMoney("20억원", 2_000_000_000)
        var second = ArticleBuilder(url: "https://e.example.kr/2", title: "소식", body: "다라소프트가 5억원을 번다.")
        second.source = "나래일보"
        second.publishedAt = "2025-07-02T10:00:00+09:00"
        second.addEntity("다라소프트", type: .company)
        second.addMoney("5억원", 500_000_000)
        try runOnce(path, [first.analyzed, second.analyzed])

        #expect(try rows(path, """
            SELECT entity, month, source, kind, mentions, owned_mentions, articles, amount_low, amount_eok
            FROM entity_cooccurrence_by_month ORDER BY entity, source, kind
            """) == [
                [.text("가나전자"), .text("2025-07"), .text("가온뉴스"), .null, .integer(2), .integer(0), .integer(1),
                 .integer(12_000_000_000), .real(120)],
                [.text("가나전자"), .text("2025-07"), .text("가온뉴스"), .text("investment"), .integer(1), .integer(1), .integer(1),
                 .integer(10_000_000_000), .real(100)],
                [.text("다라소프트"), .text("2025-07"), .text("가온뉴스"), .text("investment"), .integer(1), .integer(0), .integer(1),
                 .integer(10_000_000_000), .real(100)],
                [.text("다라소프트"), .text("2025-07"), .text("나래일보"), .null, .integer(1), .integer(0), .integer(1),
                 .integer(500_000_000), .real(5)],
            ])
        #expect(try rows(path, Self.cooccurrenceRollup) == rows(path, Self.cooccurrenceFromPairs))
        #expect(try rows(path, "SELECT sum(mentions) FROM entity_cooccurrence_by_month") == rows(path, "SELECT count(*) FROM entity_cooccurrence"))
    }

    /// The increments' lookup finds a key through the index that holds all of it, not by
    /// scanning one column's rows (the money rollup's first version scanned every KRW row).
    @Test func cooccurrenceLookupUsesTheWholeKey() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("knews.sqlite")
        try runOnce(path, ViewTests.corpus())
        let plan = try rows(path, """
            EXPLAIN QUERY PLAN SELECT rowid FROM rollup_entity_cooccurrence_by_month
            WHERE entity_id = ?1 AND month IS ?2 AND source IS ?3 AND currency = ?4 AND kind IS ?5
            """, [.integer(1), .text("2025-07"), .text("alpha"), .text("KRW"), .null]).map { $0.last?.textValue ?? "" }.joined(separator: "\n")
        #expect(plan.contains("rollup_cooccurrence_key (entity_id=? AND month=? AND source=? AND currency=? AND kind=?)"), "\(plan)")
    }

    @Test func sourceHealthIsStoredAndComparedWithEarlierRuns() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("knews.sqlite")
        let store = try ArticleStore(path: path)
        var shares: [Double] = []
        for (index, bodies) in [10, 9, 0].enumerated() {
            let runID = try store.beginRun(startedAt: "2025-07-0\(index + 1)T03:00:00+09:00", knewsVersion: "0.1.0", configSHA256: "")
            #expect(try store.previousShares(source: "gamma", field: .body, before: runID) == shares)
            var health = SourceHealth(source: "gamma", profile: "gamma-profile")
            for article in 0..<10 {
                health.add(title: true, body: article < bodies, published: true, author: false)
            }
            try store.recordSourceHealth([health], runID: runID)
            try store.finishRun(runID, summary: runSummary())
            shares.insert(health.share(.body), at: 0)
        }
        #expect(shares == [0, 0.9, 1])
        #expect(try rows(path, "SELECT run_id, articles, body_filled, body_share, author_share, profile FROM source_health ORDER BY run_id") == [
            [.integer(1), .integer(10), .integer(10), .real(1), .real(0), .text("gamma-profile")],
            [.integer(2), .integer(10), .integer(9), .real(0.9), .real(0), .text("gamma-profile")],
            [.integer(3), .integer(10), .integer(0), .real(0), .real(0), .text("gamma-profile")],
        ])
    }
}
