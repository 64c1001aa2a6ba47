import Export
import Foundation
import Testing
@testable import Pipeline

/// The bundled sample corpus through every stage, read back from the real SQLite file and
/// CSVs. Expectations come from samples/EXPECTED.md.
@Suite struct EndToEndTests {
    let run = SampleRun.shared
    var db: SQLiteReader { run.reader }

    @Test func theRunSucceedsAndStoresEveryArticleOfTheSample() throws {
        let report = try run.first.get()
        #expect(report.articlesInserted == 44)
        #expect(report.inputErrors == 0)
        #expect(try db.integer("SELECT COUNT(*) FROM articles") == 44)
        #expect(try db.isHealthy())
    }

    @Test func pagesWithoutAnArticleAreCountedNotStored() throws {
        let report = try run.first.get()
        #expect(report.pagesWithoutArticle == 1)
        #expect(try db.integer("SELECT COUNT(*) FROM articles WHERE input_path LIKE '%not-found.html'") == 0)
        #expect(try db.integer("SELECT COUNT(*) FROM input_errors WHERE input_path LIKE '%not-found.html'") == 1)
        // The WARC's 404 and image/png responses and its request/metadata records are skipped.
        #expect(report.skippedRecords >= 4)
    }

    @Test func aProfilePageComesOutWithEveryField() throws {
        let row = try #require(try db.rows("""
            SELECT title, published_at, published_date, author, source, body, article_id FROM articles
            WHERE url = 'https://www.hanbit-economy.example/news/articleView.html?idxno=1201'
            """).first)
        #expect(row[0].textValue == "과기정통부, 내년 AI 예산 2조5천억원 요구…\"GPU 1만 장 확보\"")
        #expect(row[1].textValue == "2025-06-27T17:12:00+09:00")
        #expect(row[2].textValue == "2025-06-27")
        #expect(row[3].textValue == "김민수")
        #expect(row[4].textValue == "hanbit-economy-article")
        let body = try #require(row[5].textValue)
        #expect(body.split(separator: "\n").count == 6)
        for leak in ["[광고]", "kimms@", "/한빛경제 DB", "무단전재"] {
            #expect(!body.contains(leak), "boilerplate '\(leak)' leaked into the body")
        }
        let id = try #require(row[6].integerValue)
        let titleMoney = try db.rows("SELECT start, \"end\", surface, currency, amount_low, amount_high FROM money_mentions WHERE article_id = \(id) AND field = 'title'")
        #expect(titleMoney == [[.integer(16), .integer(22), .text("2조5천억원"), .text("KRW"), .integer(2_500_000_000_000), .integer(2_500_000_000_000)]])
        let bodyAmounts = Set(try db.rows("SELECT amount_low FROM money_mentions WHERE article_id = \(id) AND field = 'body'").compactMap { $0[0].integerValue })
        #expect(bodyAmounts.isSuperset(of: [193_600_000_000, 25_000_000_000]))
        let surfaces = try db.rows("SELECT surface FROM money_mentions WHERE article_id = \(id)").compactMap { $0[0].textValue }
        for notMoney in ["1만 장", "200여 명", "1엑사플롭스", "95%"] {
            #expect(!surfaces.contains { $0.contains(notMoney) }, "'\(notMoney)' must not be money")
        }
    }

    @Test func relativeDatesResolveAgainstThePublishTime() throws {
        let id = try articleID("https://www.hanbit-economy.example/news/articleView.html?idxno=1201")
        let dates = try db.rows("SELECT surface, value, precision, relative, qualifier FROM date_mentions WHERE article_id = \(id)")
        func find(_ surface: String) -> [SQLiteValue]? { dates.first { $0[0].textValue == surface } }
        // A time without minutes is an hour (issue 17), not its first minute.
        #expect(find("다음달 21일 오후 4시")?[1].textValue == "2025-07-21T16")
        #expect(find("다음달 21일 오후 4시")?[2].textValue == "hour")
        #expect(find("오는 9월")?[1].textValue == "2025-09")
        #expect(find("27일")?[1].textValue == "2025-06-27")
        #expect(find("내년 상반기")?[1].textValue == "2026-H1")
        let year = try #require(dates.first { $0[1].textValue == "2027" })
        #expect(year[2].textValue == "year")
        #expect(year[3].integerValue == 0)
        #expect(year[4].textValue == "until")
        let title = try db.rows("SELECT start, \"end\", value, relative FROM date_mentions WHERE article_id = \(id) AND field = 'title'")
        #expect(title == [[.integer(7), .integer(9), .text("2026"), .integer(1)]])
    }

    @Test func theDayLastNamedIsWhatIDalMeans() throws {
        let id = try articleID("https://news.seoul-techdaily.example/article/2025062601")
        let values = try db.rows("SELECT surface, value FROM date_mentions WHERE article_id = \(id) AND surface = '이날'")
        #expect(values.first?[1].textValue == "2025-06-25")
        #expect(try db.text("SELECT published_at FROM articles WHERE article_id = \(id)") == "2025-06-26T10:05:00+09:00")
    }

    @Test func organizationsMergeAliasesAndStripParticles() throws {
        let id = try articleID("https://www.hanbit-economy.example/news/articleView.html?idxno=1201")
        let mentions = try db.rows("""
            SELECT e.name, e.type, m.surface, m.field, m.start FROM entity_mentions m JOIN entities e USING (entity_id)
            WHERE m.article_id = \(id)
            """)
        let names = Set(mentions.compactMap { $0[0].textValue })
        #expect(names.isSuperset(of: ["과학기술정보통신부", "기획재정부", "정보통신산업진흥원", "엔비디아"]))
        for notAnOrganization in ["정부", "일부", "연구원"] {
            #expect(!names.contains(notAnOrganization))
        }
        let titleMention = mentions.first { $0[3].textValue == "title" && $0[4].integerValue == 0 }
        #expect(titleMention?[0].textValue == "과학기술정보통신부")
        #expect(titleMention?[2].textValue == "과기정통부")
        #expect(mentions.contains { $0[0].textValue == "정보통신산업진흥원" && $0[2].textValue == "NIPA" })
        #expect(try db.text("SELECT type FROM entities WHERE name = '과학기술정보통신부'") == "agency")
        #expect(try db.text("SELECT type FROM entities WHERE name = '엔비디아'") == "company")
    }

    @Test func aLongerNameIsNeverTaggedAsTheShorterOneInsideIt() throws {
        let id = try articleID(like: "%2025061701%")
        let mentions = try db.rows("SELECT e.name, COUNT(*) FROM entity_mentions m JOIN entities e USING (entity_id) WHERE m.article_id = \(id) AND m.field = 'body' GROUP BY e.name")
        let counts = Dictionary(uniqueKeysWithValues: mentions.map { ($0[0].textValue ?? "", $0[1].integerValue ?? 0) })
        #expect(counts["경찰청"] == 2)
        #expect(counts["해양경찰청"] == 1)
        #expect(try db.text("SELECT origin FROM entities WHERE name = '미래모빌리티그룹'") == "pattern")
    }

    @Test func aListPageYieldsOneArticlePerItemWithResolvedURLs() throws {
        let urls = try db.rows("SELECT url FROM articles WHERE source = 'hanbit-economy-search' ORDER BY url").compactMap { $0[0].textValue }
        #expect(urls == (1301...1312).map { "https://www.hanbit-economy.example/news/articleView.html?idxno=\($0)" })
        let first = try #require(try db.rows("SELECT title, published_at, author FROM articles WHERE url LIKE '%idxno=1301'").first)
        #expect(first[0].textValue == "과기정통부, 'AI 반도체 플래그십' 예타 통과…총 1조2천억원")
        #expect(first[1].textValue == "2025-06-29T09:30:00+09:00")
        #expect(first[2].textValue == "이서연")
    }

    @Test func encodingsAndContainersComeOutAsCorrectUnicode() throws {
        let cp949 = try #require(try db.rows("SELECT title, body FROM articles WHERE input_path LIKE '%news-88101-meta-charset.html'").first)
        #expect(cp949[0].textValue == "수원 골목상권 AI 주문 키오스크 지원…가게당 월 삼십만원")
        let body = try #require(cp949[1].textValue)
        #expect(body.contains("똠얌하우스") && body.contains("뷁브루어리") && body.contains("햏"))
        #expect(!body.contains("\u{FFFD}"))
        #expect(try db.text("SELECT title FROM articles WHERE input_path LIKE '%news-88103-unlabelled.html'") == "경기도일자리재단, AI 직업훈련 수강생 1인당 최대 500만 원")
        #expect(try db.text("SELECT title FROM articles WHERE input_path LIKE '%article-2025062801.html.gz'") == "SK텔레콤, AI 전화 비서 유료화…월 4,900원")
        let warc = try db.rows("SELECT url, body FROM articles WHERE input_path LIKE '%sample.warc.gz#%' ORDER BY url")
        #expect(warc.map { $0[0].textValue ?? "" } == [
            "https://news.seoul-techdaily.example/article/2025062802",
            "https://news.seoul-techdaily.example/article/2025062803",
            "https://www.gyeongin-daily.example/news/articleView.html?idxno=88104",
        ])
        #expect(warc[1][1].textValue?.contains("3년간 150억 원") == true)
        #expect(warc[2][1].textValue?.contains("똠방") == true)
    }

    @Test func everyMentionSpanSelectsItsSurfaceInItsField() throws {
        for table in ["money_mentions", "date_mentions", "entity_mentions"] {
            let rows = try db.rows("""
                SELECT m.field, m.start, m."end", m.surface, a.title, a.body
                FROM \(table) m JOIN articles a USING (article_id)
                """)
            #expect(!rows.isEmpty, "\(table) is empty")
            for row in rows {
                let text = row[0].textValue == "title" ? row[4].textValue ?? "" : row[5].textValue ?? ""
                let scalars = Array(text.unicodeScalars)
                let start = Int(row[1].integerValue ?? -1)
                let end = Int(row[2].integerValue ?? -1)
                guard start >= 0, start < end, end <= scalars.count else {
                    Issue.record("\(table): span \(start)..<\(end) outside a field of \(scalars.count) scalars")
                    continue
                }
                var slice = String.UnicodeScalarView()
                slice.append(contentsOf: scalars[start..<end])
                #expect(String(slice) == row[3].textValue, "\(table) span \(start)..<\(end)")
            }
        }
    }

    @Test func aSecondRunOverTheSameInputsChangesNoRow() throws {
        let second = try run.second.get()
        #expect(second.articlesInserted == 0)
        #expect(second.articlesUpdated == 0)
        #expect(second.filesSkipped == second.filesSeen)
        #expect(try db.dump() == run.firstDump)
        #expect(try db.integer("SELECT COUNT(*) FROM runs WHERE status = 'success'") == 2)
        #expect(try db.isHealthy())
    }

    @Test func everyCSVParsesBackWithPythonAndMatchesTheDatabase() throws {
        _ = try run.second.get()
        let script = """
            import csv, json, sys, os
            out = {}
            for name in sorted(os.listdir(sys.argv[1])):
                if not name.endswith('.csv'): continue
                raw = open(os.path.join(sys.argv[1], name), 'rb').read()
                text = raw.decode('utf-8-sig')
                rows = list(csv.reader(text.splitlines(keepends=True) and __import__('io').StringIO(text, newline='')))
                out[name] = {'bom': raw.startswith(b'\\xef\\xbb\\xbf'), 'crlf': b'\\r\\n' in raw[:4096], 'rows': rows}
            json.dump(out, sys.stdout, ensure_ascii=False)
            """
        let parsed = try PythonCSV.run(script: script, argument: run.csvDirectory)
        for table in ["articles", "money_mentions", "date_mentions", "entities", "entity_mentions", "input_errors"] {
            let file = try #require(parsed["\(table).csv"], "missing \(table).csv")
            #expect(file.bom, "\(table).csv must start with a BOM")
            #expect(file.crlf, "\(table).csv must use CRLF")
            #expect(Int64(file.rows.count - 1) == (try db.integer("SELECT COUNT(*) FROM \(table)")), "\(table).csv row count")
        }
        let articles = try #require(parsed["articles.csv"])
        let header = articles.rows[0]
        let titleColumn = try #require(header.firstIndex(of: "title"))
        let urlColumn = try #require(header.firstIndex(of: "url"))
        let fromDatabase = Dictionary(uniqueKeysWithValues: try db.rows("SELECT url, title FROM articles").map { ($0[0].textValue ?? "", $0[1].textValue ?? "") })
        for row in articles.rows.dropFirst() {
            #expect(fromDatabase[row[urlColumn]] == row[titleColumn])
        }
        let mentions = try #require(parsed["entity_mentions.csv"])
        #expect(mentions.rows[0].contains("name") && mentions.rows[0].contains("type") && mentions.rows[0].contains("title") && mentions.rows[0].contains("published_at"))
    }

    private func articleID(_ url: String) throws -> Int64 {
        try #require(try db.rows("SELECT article_id FROM articles WHERE url = '\(url)'").first?.first?.integerValue)
    }

    private func articleID(like pattern: String) throws -> Int64 {
        try #require(try db.rows("SELECT article_id FROM articles WHERE input_path LIKE '\(pattern)'").first?.first?.integerValue)
    }
}
