import Foundation
import NewsModel
import Testing
@testable import Export

@Suite struct SchemaLifecycleTests {
    @Test func createsTheLatestSchemaInWALMode() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("knews.sqlite")
        let store = try ArticleStore(path: path)
        #expect(try store.schemaVersion == ArticleStore.supportedSchemaVersion)
        #expect(ArticleStore.supportedSchemaVersion == 9)
        let tables = try rows(path, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%' ORDER BY name")
            .compactMap { $0.first?.textValue }
        #expect(tables == ["articles", "date_mentions", "entities", "entity_mentions", "input_errors", "inputs", "money_mentions",
                           "rollup_articles_by_source_day", "rollup_entity_cooccurrence_by_month",
                           "rollup_entity_mentions_daily", "rollup_money_by_entity_month",
                           "runs", "source_health"])
        let views = try rows(path, "SELECT name FROM sqlite_master WHERE type = 'view' ORDER BY name")
            .compactMap { $0.first?.textValue }
        #expect(views == ["articles_by_source_day", "date_mentions_view", "entity_cooccurrence", "entity_cooccurrence_by_month",
                          "entity_mentions_daily", "money_by_entity_month", "money_mentions_view"])
        #expect(try rows(path, "PRAGMA journal_mode") == [[.text("wal")]])
        // The declared types BI tools map, and no STRICT table.
        let articleTypes = try rows(path, "SELECT name, type FROM pragma_table_info('articles')")
        #expect(articleTypes.contains([.text("published_at"), .text("DATETIME")]))
        #expect(articleTypes.contains([.text("published_date"), .text("DATE")]))
        let strict = try rows(path, "SELECT count(*) FROM sqlite_master WHERE sql LIKE '%STRICT%'")
        #expect(strict == [[.integer(0)]])
        try expectIntact(path)
    }

    /// A misspelt column in double quotes is an error, not a string literal.
    @Test func doubleQuotedNamesMustExist() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("knews.sqlite")
        _ = try ArticleStore(path: path)
        #expect(throws: StoreError.self) { _ = try rows(path, "SELECT \"titel\" FROM articles") }
        #expect(try rows(path, "SELECT \"end\" FROM money_mentions") == [])
    }

    @Test func everyJoinAndFilterColumnIsIndexed() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("knews.sqlite")
        _ = try ArticleStore(path: path)
        let expected: [(String, String)] = [
            ("articles", "published_at"), ("articles", "published_date"), ("articles", "source"),
            ("articles", "run_id"), ("money_mentions", "article_id"), ("money_mentions", "currency"),
            ("date_mentions", "article_id"), ("date_mentions", "value"), ("entity_mentions", "article_id"),
            ("entity_mentions", "entity_id"), ("input_errors", "run_id"),
        ]
        for (table, column) in expected {
            // The column must lead some index (or be the table's UNIQUE/PRIMARY key).
            let leading = try rows(path, """
                SELECT count(*) FROM pragma_index_list(?) AS l, pragma_index_info(l.name) AS i
                WHERE i.seqno = 0 AND i.name = ?
                """, [.text(table), .text(column)])
            #expect(leading.first?.first?.integerValue ?? 0 > 0, "\(table).\(column) is not indexed")
        }
    }

    @Test func reopeningKeepsDataAndVersion() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("knews.sqlite")
        try runOnce(path, [sampleArticle().analyzed])
        let before = try dataDump(path)
        let store = try ArticleStore(path: path)
        #expect(try store.schemaVersion == 9)
        #expect(try dataDump(path) == before)
        #expect(try count(path, "articles") == 1)
        try expectIntact(path)
    }

    @Test func refusesADatabaseFromANewerKnewsAndLeavesItAlone() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("future.sqlite")
        _ = try python("""
            import sqlite3, sys
            c = sqlite3.connect(sys.argv[1])
            c.execute("CREATE TABLE articles (article_id INTEGER PRIMARY KEY, url TEXT)")
            c.execute("PRAGMA user_version = 99")
            c.commit()
            """, [path])
        #expect(throws: StoreError.schemaTooNew(found: 99, supported: ArticleStore.supportedSchemaVersion)) {
            _ = try ArticleStore(path: path)
        }
        #expect(try rows(path, "PRAGMA user_version") == [[.integer(99)]])
        #expect(try rows(path, "PRAGMA journal_mode") == [[.text("delete")]])
        let message = StoreError.schemaTooNew(found: 99, supported: 2).description
        #expect(message.contains("newer knews") && message.contains("99"))
    }

    @Test func refusesAForeignDatabase() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("other.sqlite")
        _ = try python("""
            import sqlite3, sys
            c = sqlite3.connect(sys.argv[1])
            c.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
            c.commit()
            """, [path])
        do {
            _ = try ArticleStore(path: path)
            Issue.record("opened a database that is not knews'")
        } catch {
            #expect(error.description.contains("not a knews database"))
        }
        #expect(try rows(path, "SELECT name FROM sqlite_master") == [[.text("invoices")]])
    }

    @Test func aFileThatIsNotSQLiteGivesAnActionableError() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("notes.sqlite")
        try Data("these are my notes, not a database, and they are long enough".utf8).write(to: URL(fileURLWithPath: path))
        do {
            _ = try ArticleStore(path: path)
            Issue.record("opened a text file as a database")
        } catch {
            #expect(error.primaryCode == 26)  // SQLITE_NOTADB
            #expect(error.description.contains("not a knews database or is damaged"))
        }
    }

    /// A v1 file with rows, as knews schema v1 wrote it (loaded by Python's own sqlite3), is
    /// upgraded in place: rows kept, new columns defaulted, sentences backfilled, views work.
    @Test func migratesAVersion1FileWithRowsInPlace() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("v1.sqlite")
        let script = try String(contentsOf: fixtures.appendingPathComponent("schema-v1.sql"), encoding: .utf8)
        _ = try python("""
            import sqlite3, sys
            c = sqlite3.connect(sys.argv[1])
            c.executescript(sys.argv[2])
            c.commit()
            """, [path, script])
        #expect(try rows(path, "PRAGMA user_version") == [[.integer(1)]])
        let articleColumns = "article_id, url, source, title, body, published_at, published_date, author, content_hash, input_path, run_id"
        let v1Articles = try rows(path, "SELECT \(articleColumns) FROM articles ORDER BY article_id")
        let v1Money = try rows(path, "SELECT * FROM money_mentions ORDER BY mention_id")
        #expect(v1Articles.count == 2 && v1Money.count == 4)

        let store = try ArticleStore(path: path)
        #expect(try store.schemaVersion == 9)
        // Old rows unchanged, column for column (new columns come after the old ones).
        #expect(try rows(path, "SELECT \(articleColumns) FROM articles ORDER BY article_id") == v1Articles)
        #expect(try rows(path, "SELECT DISTINCT analysis_hash FROM articles") == [[.null]])
        let migratedMoney = try rows(path, "SELECT * FROM money_mentions ORDER BY mention_id")
        #expect(migratedMoney.map { Array($0.prefix(11)) } == v1Money)
        // Sentence numbers backfilled from the stored text, exactly as save computes them.
        #expect(migratedMoney.map { $0[11] } == [.integer(0), .integer(0), .integer(2), .integer(1)])
        #expect(try rows(path, "SELECT sentence FROM entity_mentions ORDER BY mention_id")
            == [[.integer(0)], [.integer(0)], [.integer(2)], [.integer(1)]])
        #expect(try rows(path, "SELECT sentence FROM date_mentions") == [[.integer(1)]])
        // v3 rebuilt date_mentions: its rows kept, typed as dates, ids still never reused.
        #expect(try rows(path, "SELECT kind, date_start FROM date_mentions") == [[.text("date"), .null]])
        #expect(try rows(path, "SELECT seq >= (SELECT max(mention_id) FROM date_mentions) FROM sqlite_sequence WHERE name = 'date_mentions'")
            == [[.integer(1)]])
        // New columns have their defaults.
        #expect(try rows(path, "SELECT confidence FROM entities ORDER BY entity_id") == [[.real(1)], [.real(1)]])
        #expect(try rows(path, "SELECT severity FROM input_errors") == [[.text("error")]])
        #expect(try rows(path, "SELECT files_skipped, articles_unchanged, message FROM runs")
            == [[.integer(0), .integer(0), .null]])
        // v4 backfilled the local and UTC publish times from published_at.
        #expect(try rows(path, "SELECT published_local, published_utc FROM articles WHERE article_id = 2")
            == [[.text("2025-06-02 10:30:00"), .text("2025-06-02 01:30:00")]])
        #expect(try rows(path, "SELECT count(*) FROM articles WHERE published_at IS NOT NULL AND published_local IS NULL") == [[.integer(0)]])
        // The rollups were built by the migration, so the views see the old data. The
        // title's 600조원 is the body's 600조원 again: counted once for the article.
        #expect(try rows(path, """
            SELECT entity, month, mentions, articles, amount_high, amount_eok FROM money_by_entity_month
            ORDER BY entity
            """) == [
                [.text("기획재정부"), .text("2025-06"), .integer(2), .integer(1), .integer(603_500_000_000_000), .real(6_035_000)],
                [.text("삼성전자"), .text("2025-06"), .integer(1), .integer(1), .integer(30_000_000_000_000), .real(300_000)],
            ])
        // v9 filled the co-occurrence rollup from the old mentions: the view's pairs, summed.
        let pairs = try rows(path, RollupTests.cooccurrenceFromPairs)
        #expect(!pairs.isEmpty)
        #expect(try rows(path, RollupTests.cooccurrenceRollup) == pairs)
        // The next run writes on top of the migrated data.
        let runID = try store.beginRun(startedAt: "2025-06-28T03:00:00+09:00", knewsVersion: "0.1.0", configSHA256: "")
        #expect(runID == 2)
        #expect(try store.save(sampleArticle().analyzed, runID: runID) == .inserted)
        try store.finishRun(runID, summary: runSummary(inserted: 1))
        #expect(try count(path, "articles") == 3)
        try expectIntact(path)

        // A v1 file is also what the first migration alone produces: the fixture and the
        // shipped migration agree (a shipped migration must never be edited).
        let fresh = folder.file("fresh-v1.sqlite")
        let database = try Database(path: fresh)
        for sql in Schema.version1 { try database.execute(sql) }
        let schemaSQL = "SELECT type, name, sql FROM sqlite_master WHERE name IN ('runs','articles','money_mentions','date_mentions','entities','entity_mentions','input_errors') ORDER BY name"
        let fixtureCopy = folder.file("fixture-only.sqlite")
        _ = try python("""
            import sqlite3, sys
            c = sqlite3.connect(sys.argv[1]); c.executescript(sys.argv[2]); c.commit()
            """, [fixtureCopy, script])
        #expect(try rows(fresh, schemaSQL) == rows(fixtureCopy, schemaSQL))
    }
}

@Suite struct SaveTests {
    @Test func insertThenUnchangedThenUpdatedWithMentionsReplaced() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("knews.sqlite")
        let original = sampleArticle()
        #expect(try runOnce(path, [original.analyzed]) == [.inserted])
        #expect(try count(path, "money_mentions") == 3)
        #expect(try count(path, "date_mentions") == 2)
        #expect(try count(path, "entity_mentions") == 4)
        #expect(try count(path, "entities") == 3)
        let stored = try rows(path, """
            SELECT url, source, title, body, published_at, published_date, author, content_hash, input_path, run_id
            FROM articles
            """)
        #expect(stored == [[
            .text(original.url), .text("examplenews"), .text(original.title), .text(original.body),
            .text("2025-06-27T17:12:00+09:00"), .text("2025-06-27"), .text("김기자"),
            .text(original.contentHash), .text("samples/a.html"), .integer(1),
        ]])
        // Sentence numbers: the title is one sentence; the body has three.
        #expect(try rows(path, "SELECT field, surface, sentence FROM money_mentions ORDER BY mention_id") == [
            [.text("title"), .text("1조원"), .integer(0)],
            [.text("body"), .text("1조원"), .integer(0)],
            [.text("body"), .text("500억원"), .integer(1)],
        ])
        #expect(try rows(path, "SELECT surface, sentence FROM entity_mentions WHERE field = 'body' ORDER BY mention_id") == [
            [.text("과학기술정보통신부"), .integer(0)], [.text("네이버"), .integer(1)], [.text("정보통신산업진흥원"), .integer(2)],
        ])

        // Same content in a later run: nothing changes, not even run_id.
        #expect(try runOnce(path, [original.analyzed], startedAt: "2025-06-29T03:00:00+09:00") == [.unchanged])
        #expect(try rows(path, "SELECT run_id FROM articles") == [[.integer(1)]])

        // Changed content: the row is updated in place and its mentions replaced.
        var edited = original
        edited.body = "과학기술정보통신부는 27일 AI 반도체 사업에 2조원을 투입한다고 정정했다."
        edited.money = []
        edited.dates = []
        edited.entityMentions = []
        edited.entities = []
        edited.addMoney("2조원", 2_000_000_000_000)
        edited.addEntity("과학기술정보통신부", english: "Ministry of Science and ICT")
        let oldMentionIDs = try rows(path, "SELECT mention_id FROM money_mentions")
        #expect(try runOnce(path, [edited.analyzed], startedAt: "2025-06-30T03:00:00+09:00") == [.updated])
        #expect(try rows(path, "SELECT article_id, body, run_id FROM articles") == [[.integer(1), .text(edited.body), .integer(3)]])
        #expect(try rows(path, "SELECT surface, amount_low FROM money_mentions") == [[.text("2조원"), .integer(2_000_000_000_000)]])
        #expect(try count(path, "date_mentions") == 0)
        #expect(try rows(path, "SELECT surface FROM entity_mentions") == [[.text("과학기술정보통신부")]])
        let newMentionIDs = try rows(path, "SELECT mention_id FROM money_mentions")
        #expect(Set(newMentionIDs).isDisjoint(with: Set(oldMentionIDs)))
        // Entities stay: they are shared across articles.
        #expect(try count(path, "entities") == 3)
        try expectIntact(path)
    }

    /// The same text analysed differently (say, after a gazetteer extension and `--full`)
    /// gets its mentions replaced; analysed the same way, nothing is touched.
    @Test func theSameTextWithNewMentionsIsUpdated() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("knews.sqlite")
        var article = sampleArticle()
        article.entityMentions = article.entityMentions.filter { $0.entityName != "정보통신산업진흥원" }
        article.entities = article.entities.filter { $0.name != "정보통신산업진흥원" }
        try runOnce(path, [article.analyzed])
        #expect(try count(path, "entity_mentions") == 3)
        let hashBefore = try rows(path, "SELECT analysis_hash FROM articles")
        #expect(try runOnce(path, [sampleArticle().analyzed], startedAt: "2025-06-29T03:00:00+09:00") == [.updated])
        #expect(try count(path, "entity_mentions") == 4)
        #expect(try rows(path, "SELECT run_id FROM articles") == [[.integer(2)]])
        #expect(try rows(path, "SELECT analysis_hash FROM articles") != hashBefore)
        #expect(try runOnce(path, [sampleArticle().analyzed], startedAt: "2025-06-30T03:00:00+09:00") == [.unchanged])
        #expect(try rows(path, "SELECT run_id FROM articles") == [[.integer(2)]])
        try expectIntact(path)
    }

    /// A knews that reads what amounts measure must refresh rows stored before it did: the
    /// same text and spans with a new kind, owner or date bounds is analysed differently.
    @Test func aNewKindOwnerOrDateBoundUpdatesTheMentions() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("knews.sqlite")
        try runOnce(path, [sampleArticle().analyzed])
        #expect(try rows(path, "SELECT count(*) FROM money_mentions WHERE kind IS NOT NULL OR entity_id IS NOT NULL") == [[.integer(0)]])
        var article = sampleArticle()
        article.money[1].kind = .budget
        article.money[1].owner = "과학기술정보통신부"
        article.money[2].kind = .investment
        article.money[2].owner = "네이버"
        article.dates[0].dateStart = "2025-06-27"
        article.dates[0].dateEnd = "2025-06-27"
        #expect(try runOnce(path, [article.analyzed], startedAt: "2025-06-29T03:00:00+09:00") == [.updated])
        #expect(try rows(path, """
            SELECT m.surface, m.kind, e.name FROM money_mentions AS m
            LEFT JOIN entities AS e ON e.entity_id = m.entity_id WHERE m.field = 'body' ORDER BY m.start
            """) == [
            [.text("1조원"), .text("budget"), .text("과학기술정보통신부")],
            [.text("500억원"), .text("investment"), .text("네이버")],
        ])
        #expect(try rows(path, "SELECT date_start, date_end, kind FROM date_mentions WHERE surface = '27일'")
            == [[.text("2025-06-27"), .text("2025-06-27"), .text("date")]])
        try expectIntact(path)
    }

    @Test(arguments: [false, true])
    func aListPageLeadNeverOverwritesTheFullArticle(listPageFirst: Bool) throws {
        let folder = try TemporaryFolder()
        let path = folder.file("knews.sqlite")
        let full = sampleArticle(inputPath: "samples/article-1.html")
        var lead = ArticleBuilder(
            url: full.url, title: full.title, body: "과학기술정보통신부는 27일 AI 반도체 사업에…",
            inputPath: "samples/search.html")
        lead.addEntity("과학기술정보통신부")
        let order = listPageFirst ? [lead.analyzed, full.analyzed] : [full.analyzed, lead.analyzed]
        let outcomes = try runOnce(path, order)
        #expect(outcomes == (listPageFirst ? [.inserted, .updated] : [.inserted, .unchanged]))
        #expect(try rows(path, "SELECT body, input_path FROM articles") == [[.text(full.body), .text("samples/article-1.html")]])
        #expect(try count(path, "money_mentions") == 3)
        // And again, in either order: nothing changes.
        let before = try dataDump(path)
        #expect(try runOnce(path, order, startedAt: "2025-06-29T03:00:00+09:00") == [.unchanged, .unchanged])
        #expect(try dataDump(path) == before)
        try expectIntact(path)
    }

    @Test func theSameInputMayShortenItsOwnArticle() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("knews.sqlite")
        let full = sampleArticle()
        var shortened = ArticleBuilder(url: full.url, title: full.title, body: "기사가 삭제되었습니다.", inputPath: full.inputPath)
        shortened.author = nil
        try runOnce(path, [full.analyzed])
        #expect(try runOnce(path, [shortened.analyzed]) == [.updated])
        #expect(try rows(path, "SELECT body, author FROM articles") == [[.text("기사가 삭제되었습니다."), .null]])
        #expect(try count(path, "money_mentions") == 0)
        try expectIntact(path)
    }

    @Test func entitiesUpsertByNameGazetteerWins() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("knews.sqlite")
        func article(_ n: Int, _ entity: Entity) -> AnalyzedArticle {
            var builder = ArticleBuilder(url: "https://news.example.kr/e/\(n)", title: "기사 \(n)", body: "한빛소프트가 발표했다. \(n)")
            builder.addEntity(entity.name, type: entity.type, english: entity.nameEnglish, origin: entity.origin, confidence: entity.confidence)
            return builder.analyzed
        }
        let patternLow = Entity(name: "한빛소프트", type: .company, origin: .pattern, confidence: 0.6)
        let patternHigh = Entity(name: "한빛소프트", type: .company, origin: .pattern, confidence: 0.8)
        let gazetteer = Entity(name: "한빛소프트", type: .company, nameEnglish: "Hanbitsoft", origin: .gazetteer)
        let select = "SELECT entity_id, name, type, name_en, origin, confidence FROM entities"

        try runOnce(path, [article(1, patternLow)])
        #expect(try rows(path, select) == [[.integer(1), .text("한빛소프트"), .text("company"), .null, .text("pattern"), .real(0.6)]])
        try runOnce(path, [article(2, patternHigh)])
        #expect(try rows(path, select).first?[5] == .real(0.8))
        try runOnce(path, [article(3, patternLow)])
        #expect(try rows(path, select).first?[5] == .real(0.8), "a less confident guess replaced a better one")
        try runOnce(path, [article(4, gazetteer)])
        #expect(try rows(path, select) == [[.integer(1), .text("한빛소프트"), .text("company"), .text("Hanbitsoft"), .text("gazetteer"), .real(1)]])
        try runOnce(path, [article(5, patternHigh)])
        #expect(try rows(path, select).first?[4] == .text("gazetteer"), "a pattern guess overwrote the gazetteer")
        // Every mention points at the one entity.
        #expect(try rows(path, "SELECT DISTINCT entity_id FROM entity_mentions") == [[.integer(1)]])
        try expectIntact(path)
    }

    @Test func aMentionOfAnUnknownEntityIsSkipped() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("knews.sqlite")
        var builder = sampleArticle()
        builder.entityMentions.append(EntityMention(entityName: "없는기관", field: .body, start: 0, end: 3, surface: "과학기"))
        #expect(try runOnce(path, [builder.analyzed]) == [.inserted])
        #expect(try count(path, "entity_mentions") == 4)
        try expectIntact(path)
    }

    /// A row that breaks a rule fails `save` for that article only: none of its rows stay,
    /// and the run goes on and commits the others.
    @Test func aFailingSaveLeavesNoPartOfTheArticleAndTheRunGoesOn() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("knews.sqlite")
        var bad = sampleArticle(url: "https://news.example.kr/article/bad")
        bad.entities.append(Entity(name: "한국형소프트", type: .company, origin: .pattern, confidence: 0.7))
        bad.entityMentions.append(EntityMention(entityName: "한국형소프트", field: .body, start: 0, end: 2, surface: "과학"))
        bad.money.append(MoneyMention(field: .body, start: 0, end: 1, surface: "과", currency: "WON!", amountLow: 1, amountHigh: 1))
        let store = try ArticleStore(path: path)
        let runID = try store.beginRun(startedAt: "2025-06-28T03:00:00+09:00", knewsVersion: "0.1.0", configSHA256: "")
        #expect(try store.save(sampleArticle().analyzed, runID: runID) == .inserted)
        do {
            _ = try store.save(bad.analyzed, runID: runID)
            Issue.record("a currency of four letters was stored")
        } catch {
            #expect(error.primaryCode == 19)  // SQLITE_CONSTRAINT
            #expect(error.description.contains("CHECK constraint failed"))
        }
        try store.recordIssue(InputIssue(inputPath: "samples/bad.html", stage: "export", message: "could not store"), runID: runID)
        #expect(try store.save(sampleArticle(url: "https://news.example.kr/article/2").analyzed, runID: runID) == .inserted)
        try store.finishRun(runID, summary: runSummary(inserted: 2))
        #expect(try rows(path, "SELECT url FROM articles ORDER BY article_id") == [
            [.text("https://news.example.kr/article/1")], [.text("https://news.example.kr/article/2")],
        ])
        #expect(try count(path, "money_mentions") == 6)
        #expect(try rows(path, "SELECT count(*) FROM entities WHERE name = '한국형소프트'") == [[.integer(0)]])
        #expect(try rows(path, "SELECT stage, severity FROM input_errors") == [[.text("export"), .text("error")]])
        try expectIntact(path)
    }

    /// A value SQLite refuses to bind fails the save, instead of silently storing NULL in
    /// its place (SQLite binds NULL when it refuses a value).
    @Test func aValueTooLongToBindFailsTheSave() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("knews.sqlite")
        let store = try ArticleStore(path: path)
        let runID = try store.beginRun(startedAt: "2025-06-28T03:00:00+09:00", knewsVersion: "0.1.0", configSHA256: "")
        store.limitValueLengthForTests(2_000)
        #expect(try store.save(sampleArticle().analyzed, runID: runID) == .inserted)
        var long = sampleArticle(url: "https://news.example.kr/long")
        long.author = String(repeating: "가", count: 1_000)
        long.money = []; long.dates = []; long.entityMentions = []; long.entities = []
        #expect(throws: StoreError.self) { _ = try store.save(long.analyzed, runID: runID) }
        try store.finishRun(runID, summary: runSummary(inserted: 1))
        #expect(try rows(path, "SELECT url FROM articles") == [[.text("https://news.example.kr/article/1")]])
        try expectIntact(path)
    }

    @Test func rerunningTheSameDataChangesNoRow() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("knews.sqlite")
        let articles = (0..<20).map { sampleArticle(url: "https://news.example.kr/article/\($0)", inputPath: "samples/\($0).html").analyzed }
        let fingerprints = (0..<20).map { InputFingerprint(path: "samples/\($0).html", size: 30_000 + Int64($0), modifiedNanos: 1_750_000_000_000_000_000, sha256: String(repeating: "c", count: 64)) }
        func run(_ startedAt: String) throws -> [SaveOutcome] {
            let store = try ArticleStore(path: path)
            let runID = try store.beginRun(startedAt: startedAt, knewsVersion: "0.1.0", configSHA256: "")
            var outcomes: [SaveOutcome] = []
            for (article, fingerprint) in zip(articles, fingerprints) {
                outcomes.append(try store.save(article, runID: runID))
                try store.recordFingerprint(fingerprint)
            }
            try store.finishRun(runID, summary: runSummary())
            return outcomes
        }
        #expect(try run("2025-06-28T03:00:00+09:00") == Array(repeating: .inserted, count: 20))
        let first = try dataDump(path)
        #expect(try run("2025-06-29T03:00:00+09:00") == Array(repeating: .unchanged, count: 20))
        #expect(try dataDump(path) == first)
        #expect(try rows(path, "SELECT DISTINCT run_id FROM inputs") == [[.integer(1)]])
        try expectIntact(path)
    }

    @Test func fingerprintsRoundTripAndChange() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("knews.sqlite")
        let store = try ArticleStore(path: path)
        #expect(try store.fingerprint(forPath: "samples/a.html") == nil)
        #expect(try store.hasFingerprints == false)
        let first = InputFingerprint(path: "samples/a.html", size: 1234, modifiedNanos: 1_750_000_000_123_456_789, sha256: String(repeating: "d", count: 64))
        let runID = try store.beginRun(startedAt: "2025-06-28T03:00:00+09:00", knewsVersion: "0.1.0", configSHA256: "")
        try store.recordFingerprint(first)
        #expect(try store.fingerprint(forPath: "samples/a.html") == first)
        try store.finishRun(runID, summary: runSummary())
        let reopened = try ArticleStore(path: path)
        #expect(try reopened.hasFingerprints == true)
        #expect(try reopened.fingerprint(forPath: "samples/a.html") == first)
        var changed = first
        changed.size = 4321
        let second = try reopened.beginRun(startedAt: "2025-06-29T03:00:00+09:00", knewsVersion: "0.1.0", configSHA256: "")
        try reopened.recordFingerprint(changed)
        try reopened.finishRun(second, summary: runSummary())
        #expect(try reopened.fingerprint(forPath: "samples/a.html") == changed)
        #expect(try rows(path, "SELECT run_id FROM inputs") == [[.integer(2)]])
        try expectIntact(path)
    }
}

@Suite struct RunTransactionTests {
    @Test func abandonRunRollsBackAndRecordsTheFailure() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("knews.sqlite")
        try runOnce(path, [sampleArticle().analyzed])
        let before = try dataDump(path)

        let store = try ArticleStore(path: path)
        let runID = try store.beginRun(startedAt: "2025-06-29T03:00:00+09:00", knewsVersion: "0.1.0", configSHA256: "")
        var edited = sampleArticle()
        edited.title = "바뀐 제목"
        edited.money = edited.money.filter { $0.field == .body }
        edited.entityMentions = edited.entityMentions.filter { $0.field == .body }
        #expect(try store.save(edited.analyzed, runID: runID) == .updated)
        #expect(try store.save(sampleArticle(url: "https://news.example.kr/new").analyzed, runID: runID) == .inserted)
        try store.recordIssue(InputIssue(inputPath: "x.html", stage: "read", message: "unreadable"), runID: runID)
        try store.recordFingerprint(InputFingerprint(path: "x.html", size: 1, modifiedNanos: 1, sha256: "e"))
        store.abandonRun(runID, finishedAt: "2025-06-29T03:00:09+09:00", reason: "output could not be written: disk full")

        #expect(try dataDump(path) == before)
        #expect(try rows(path, "SELECT run_id, status, finished_at, message FROM runs ORDER BY run_id") == [
            [.integer(1), .text("success"), .text("2025-06-28T03:00:10+09:00"), .null],
            [.integer(2), .text("failed"), .text("2025-06-29T03:00:09+09:00"), .text("output could not be written: disk full")],
        ])
        // The store is usable for another run, and entity ids handed out in the rolled-back
        // run are not reused from a stale cache.
        #expect(try store.fingerprint(forPath: "x.html") == nil)
        let next = try store.beginRun(startedAt: "2025-06-30T03:00:00+09:00", knewsVersion: "0.1.0", configSHA256: "")
        var other = ArticleBuilder(url: "https://news.example.kr/other", title: "한빛소프트 상장", body: "한빛소프트가 상장한다.")
        other.addEntity("한빛소프트", type: .company, origin: .pattern, confidence: 0.7)
        #expect(try store.save(other.analyzed, runID: next) == .inserted)
        try store.finishRun(next, summary: runSummary(inserted: 1))
        try expectIntact(path)
    }

    /// A dashboard connection opened during a run sees the previous state until the commit.
    @Test func aReaderDuringARunSeesThePreviousState() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("knews.sqlite")
        try runOnce(path, [sampleArticle().analyzed])

        let store = try ArticleStore(path: path)
        let runID = try store.beginRun(startedAt: "2025-06-29T03:00:00+09:00", knewsVersion: "0.1.0", configSHA256: "")
        for n in 2...50 {
            _ = try store.save(sampleArticle(url: "https://news.example.kr/article/\(n)").analyzed, runID: runID)
        }
        // A second connection in this process…
        #expect(try count(path, "articles") == 1)
        #expect(try rows(path, "SELECT status FROM runs ORDER BY run_id") == [[.text("success")], [.text("running")]])
        // …and one in another process, as a BI tool would have.
        let seen = try python("""
            import sqlite3, sys
            c = sqlite3.connect(sys.argv[1], timeout=1)
            print(c.execute("SELECT count(*) FROM articles").fetchone()[0],
                  c.execute("SELECT count(*) FROM money_mentions").fetchone()[0])
            """, [path])
        #expect(String(decoding: seen, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines) == "1 3")
        try store.finishRun(runID, summary: runSummary(inserted: 49))
        #expect(try count(path, "articles") == 50)
        try expectIntact(path)
    }

    /// A process that dies mid-run (here: the store is dropped without finishing, which
    /// closes the connection like an exit would) leaves the previous data; the next run marks
    /// the dead run `aborted` and completes.
    @Test func anUnfinishedRunLeavesThePreviousStateAndATrace() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("knews.sqlite")
        try runOnce(path, [sampleArticle().analyzed])
        let before = try dataDump(path)
        do {
            let store = try ArticleStore(path: path)
            let runID = try store.beginRun(startedAt: "2025-06-29T03:00:00+09:00", knewsVersion: "0.1.0", configSHA256: "")
            for n in 2...20 {
                _ = try store.save(sampleArticle(url: "https://news.example.kr/article/\(n)").analyzed, runID: runID)
            }
        }
        #expect(try dataDump(path) == before)
        #expect(try rows(path, "SELECT status FROM runs WHERE run_id = 2") == [[.text("running")]])
        try runOnce(path, [sampleArticle(url: "https://news.example.kr/article/2").analyzed], startedAt: "2025-06-30T03:00:00+09:00")
        #expect(try rows(path, "SELECT run_id, status, finished_at FROM runs ORDER BY run_id") == [
            [.integer(1), .text("success"), .text("2025-06-28T03:00:10+09:00")],
            [.integer(2), .text("aborted"), .text("2025-06-30T03:00:00+09:00")],
            [.integer(3), .text("success"), .text("2025-06-28T03:00:10+09:00")],
        ])
        #expect(try count(path, "articles") == 2)
        try expectIntact(path)
    }

    /// What a `kill -9` leaves on disk mid-run: the database file and its write-ahead log as
    /// they are, with the run's pages spilled into the log but no commit record. A copy of
    /// exactly those files opens to the previous state.
    @Test func filesCopiedMidRunOpenToThePreviousState() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("knews.sqlite")
        try runOnce(path, [sampleArticle().analyzed])
        let before = try dataDump(path)
        let store = try ArticleStore(path: path)
        // A tiny page cache forces the run's pages out to the log before any commit.
        let runID = try store.beginRun(startedAt: "2025-06-29T03:00:00+09:00", knewsVersion: "0.1.0", configSHA256: "")
        try store.shrinkCacheForTests()
        for n in 2...400 {
            _ = try store.save(sampleArticle(url: "https://news.example.kr/article/\(n)").analyzed, runID: runID)
        }
        let walSize = (try FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? NSNumber)?.intValue ?? 0
        #expect(walSize > 100_000, "the run's pages were not spilled to the log (\(walSize) bytes)")
        let crashed = folder.file("crashed.sqlite")
        try FileManager.default.copyItem(atPath: path, toPath: crashed)
        try FileManager.default.copyItem(atPath: path + "-wal", toPath: crashed + "-wal")
        #expect(try dataDump(crashed) == before)
        try expectIntact(crashed)
        store.abandonRun(runID, finishedAt: "2025-06-29T03:01:00+09:00", reason: "test over")
    }

    @Test func callsOutOfOrderAreRefused() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("knews.sqlite")
        let store = try ArticleStore(path: path)
        #expect(throws: StoreError.self) { _ = try store.save(sampleArticle().analyzed, runID: 1) }
        let runID = try store.beginRun(startedAt: "2025-06-28T03:00:00+09:00", knewsVersion: "0.1.0", configSHA256: "")
        #expect(throws: StoreError.self) {
            _ = try store.beginRun(startedAt: "2025-06-28T03:00:00+09:00", knewsVersion: "0.1.0", configSHA256: "")
        }
        #expect(throws: StoreError.self) { try store.finishRun(runID + 1, summary: runSummary()) }
        try store.finishRun(runID, summary: runSummary())
        #expect(throws: StoreError.self) { try store.finishRun(runID, summary: runSummary()) }
        try expectIntact(path)
    }

    @Test func aSecondWriterIsRefusedWhileARunIsOpen() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("knews.sqlite")
        let first = try ArticleStore(path: path)
        let runID = try first.beginRun(startedAt: "2025-06-28T03:00:00+09:00", knewsVersion: "0.1.0", configSHA256: "")
        _ = try first.save(sampleArticle().analyzed, runID: runID)
        let second = try ArticleStore(path: path)
        do {
            _ = try second.beginRun(startedAt: "2025-06-28T03:00:01+09:00", knewsVersion: "0.1.0", configSHA256: "")
            Issue.record("two runs wrote at once")
        } catch {
            #expect(error.primaryCode == 5)  // SQLITE_BUSY
            #expect(error.description.contains("Another process"))
        }
        try first.finishRun(runID, summary: runSummary(inserted: 1))
        #expect(try rows(path, "SELECT run_id, status FROM runs") == [[.integer(1), .text("success")]])
        try expectIntact(path)
    }
}

@Suite struct ConstraintTests {
    /// Each enumerated column rejects a value outside its list, with SQLite's CHECK error.
    @Test(arguments: [
        "INSERT INTO money_mentions (article_id, field, start, \"end\", surface, currency, amount_low, amount_high, vague) VALUES (1, 'summary', 0, 1, 'x', 'KRW', 1, 1, 0)",
        "INSERT INTO money_mentions (article_id, field, start, \"end\", surface, currency, amount_low, amount_high, vague) VALUES (1, 'body', 0, 1, 'x', 'KRWX', 1, 1, 0)",
        "INSERT INTO money_mentions (article_id, field, start, \"end\", surface, currency, amount_low, amount_high, qualifier, vague) VALUES (1, 'body', 0, 1, 'x', 'KRW', 1, 1, 'about', 0)",
        "INSERT INTO money_mentions (article_id, field, start, \"end\", surface, currency, amount_low, amount_high, vague) VALUES (1, 'body', 0, 1, 'x', 'KRW', 1, 1, 2)",
        "INSERT INTO date_mentions (article_id, field, start, \"end\", surface, value, precision, relative) VALUES (1, 'body', 0, 1, 'x', '2025', 'century', 0)",
        "INSERT INTO date_mentions (article_id, field, start, \"end\", surface, value, precision, relative) VALUES (1, 'body', 0, 1, 'x', '2025', 'year', 2)",
        "INSERT INTO date_mentions (article_id, field, start, \"end\", surface, value, precision, relative, qualifier) VALUES (1, 'body', 0, 1, 'x', '2025', 'year', 0, 'soon')",
        "INSERT INTO entities (name, type, origin) VALUES ('홍길동', 'person', 'gazetteer')",
        "INSERT INTO entities (name, type, origin) VALUES ('홍길동', 'company', 'guess')",
        "INSERT INTO entity_mentions (article_id, entity_id, field, start, \"end\", surface) VALUES (1, 1, 'lead', 0, 1, 'x')",
        "UPDATE runs SET status = 'done'",
        "INSERT INTO input_errors (run_id, input_path, stage, message, severity) VALUES (1, 'x', 'read', 'm', 'fatal')",
    ])
    func enumeratedColumnsRejectOtherValues(sql: String) throws {
        let folder = try TemporaryFolder()
        let path = folder.file("knews.sqlite")
        try runOnce(path, [sampleArticle().analyzed])
        let database = try Database(path: path)
        try database.execute("PRAGMA foreign_keys = ON")
        do {
            try database.execute(sql)
            Issue.record("accepted: \(sql)")
        } catch {
            #expect(error == .sqlite(code: 275, message: error.message, sql: sql))  // SQLITE_CONSTRAINT_CHECK
        }
        try expectIntact(path)
    }

    @Test func mentionsNeedTheirArticle() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("knews.sqlite")
        _ = try ArticleStore(path: path)
        let database = try Database(path: path)
        try database.execute("PRAGMA foreign_keys = ON")
        #expect(throws: StoreError.self) {
            try database.execute("INSERT INTO money_mentions (article_id, field, start, \"end\", surface, currency, amount_low, amount_high, vague) VALUES (42, 'body', 0, 1, 'x', 'KRW', 1, 1, 0)")
        }
    }

    @Test func deletingAnArticleCascadesToItsMentions() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("knews.sqlite")
        try runOnce(path, [sampleArticle().analyzed, sampleArticle(url: "https://news.example.kr/2").analyzed])
        let database = try Database(path: path)
        try database.execute("PRAGMA foreign_keys = ON")
        try database.execute("DELETE FROM articles WHERE article_id = 1")
        #expect(try rows(path, "SELECT DISTINCT article_id FROM money_mentions") == [[.integer(2)]])
        #expect(try rows(path, "SELECT DISTINCT article_id FROM entity_mentions") == [[.integer(2)]])
        #expect(try rows(path, "SELECT DISTINCT article_id FROM date_mentions") == [[.integer(2)]])
        try expectIntact(path)
    }
}

extension StoreError {
    var message: String {
        if case .sqlite(_, let message, _) = self { return message }
        return ""
    }
}

/// Mentions go in as multi-row INSERTs in batches of powers of two: every count must store
/// every row, in order, with ids that ascend in the article's mention order.
@Suite struct BatchedMentionTests {
    @Test(arguments: [0, 1, 2, 3, 7, 31, 32, 33, 64, 70])
    func everyMentionIsStoredInOrder(count mentions: Int) throws {
        let folder = try TemporaryFolder()
        let path = folder.file("knews.sqlite")
        let body = (0..<mentions).map { "\($0 + 1)억원" }.joined(separator: ", ") + " 규모다."
        var article = ArticleBuilder(url: "https://news.example.kr/batch/\(mentions)", title: "배치 \(mentions)", body: body)
        article.addEntity("과학기술정보통신부", surface: "배치", field: .title)
        for index in 0..<mentions {
            let surface = "\(index + 1)억원"
            // The first `k억원` in the body is item k's own: only larger numbers end in it.
            article.addMoney(surface, Int64(index + 1) * 100_000_000)
            article.addDate(surface, "2025-07-\(String(format: "%02d", index % 28 + 1))", .day)
        }
        #expect(try runOnce(path, [article.analyzed]) == [.inserted])
        let money = try rows(path, "SELECT surface, amount_low, start FROM money_mentions ORDER BY mention_id")
        #expect(money == article.money.map { [.text($0.surface), .integer($0.amountLow), .integer(Int64($0.start))] })
        let dates = try rows(path, "SELECT value FROM date_mentions ORDER BY mention_id")
        #expect(dates == article.dates.map { [.text($0.value)] })
        let ids = try rows(path, "SELECT mention_id FROM money_mentions ORDER BY mention_id").compactMap { row -> Int64? in
            if case .integer(let id) = row[0] { return id } else { return nil }
        }
        #expect(ids == (0..<mentions).map { Int64($0 + 1) })
        #expect(try count(path, "entity_mentions") == 1)
        try expectIntact(path)
    }
}
