import NewsModel
import Testing
@testable import Export

/// A new article is saved without a savepoint and a failed save is undone by hand. Wherever
/// failures fall, among inserts, updates and entity upgrades, the database must end as if
/// the failing articles had never been offered (mention ids aside: SQLite's AUTOINCREMENT
/// does not reuse the ids of rows deleted by the undo).
@Suite struct FailedSaveTests {
    private enum Step {
        case article(AnalyzedArticle)
        case bad(AnalyzedArticle)
        case issue(InputIssue)
        case fingerprint(InputFingerprint)
    }

    /// An article whose save fails after its article row is written: every third breaks a
    /// CHECK in its money rows, the others carry a mention too long to bind (the store's
    /// limit is lowered), which fails after a new entity is inserted and a stored one
    /// upgraded. Odd ones fail as updates of a stored URL.
    private static func bad(_ n: Int) -> AnalyzedArticle {
        let url = n % 2 == 1 && n > 0 ? "https://news.example.kr/article/\(n - 1)" : "https://news.example.kr/bad/\(n)"
        var bad = sampleArticle(url: url, inputPath: "samples/bad-\(n).html")
        bad.body += " 실패할 기사 \(n)."
        bad.entities.append(Entity(name: "불량기업\(n)", type: .company, origin: .pattern, confidence: 0.7))
        bad.entityMentions.append(EntityMention(entityName: "불량기업\(n)", field: .body, start: 0, end: 2, surface: "과학"))
        // A more confident guess replaces a stored pattern entity, before the CHECK fails.
        bad.entities.append(Entity(name: "패턴기업\(n % 11)", type: .company, origin: .pattern, confidence: 0.9))
        bad.entityMentions.append(EntityMention(entityName: "패턴기업\(n % 11)", field: .body, start: 0, end: 2, surface: "과학"))
        if n % 3 == 0 {
            bad.money.append(MoneyMention(field: .body, start: 0, end: 1, surface: "과", currency: "WON!", amountLow: 1, amountHigh: 1))
        } else {
            bad.entityMentions.append(EntityMention(
                entityName: "불량기업\(n)", field: .body, start: 0, end: 2, surface: String(repeating: "가", count: 1_000)))
        }
        return bad.analyzed
    }

    private static func steps(failuresAt failures: Set<Int>) -> [Step] {
        var steps: [Step] = []
        for n in 0..<150 {
            if failures.contains(n) { steps.append(.bad(bad(n))) }
            var article = sampleArticle(url: "https://news.example.kr/article/\(n % 140)", inputPath: "samples/\(n).html")
            // URLs 0-9 come again at 140-149 with another text: updates inside later batches.
            if n >= 140 { article.body += " 수정된 기사입니다." }
            article.entities.append(Entity(name: "패턴기업\(n % 11)", type: .company, origin: .pattern, confidence: 0.6))
            article.entityMentions.append(EntityMention(entityName: "패턴기업\(n % 11)", field: .title, start: 0, end: 2, surface: "과기"))
            steps.append(.article(article.analyzed))
            if n % 7 == 3 {
                steps.append(.issue(InputIssue(inputPath: "samples/\(n).html", stage: "extract", severity: .warning, message: "경고 \(n)")))
            }
            steps.append(.fingerprint(InputFingerprint(
                path: "samples/\(n).html", size: 1_000 + Int64(n), modifiedNanos: 1_750_000_000_000_000_000,
                sha256: String(repeating: "a", count: 64))))
        }
        return steps
    }

    /// Writes the steps as the pipeline does: a failed article becomes an issue.
    private static func write(_ steps: [Step], to path: String, offerBad: Bool) throws -> [SaveOutcome] {
        let store = try ArticleStore(path: path)
        store.limitValueLengthForTests(2_000)
        let runID = try store.beginRun(startedAt: "2025-06-28T03:00:00+09:00", knewsVersion: "0.1.0", configSHA256: "")
        var outcomes: [SaveOutcome] = []
        for step in steps {
            switch step {
            case .article(let article):
                outcomes.append(try store.save(article, runID: runID))
            case .bad(let article):
                let notStored = InputIssue(inputPath: article.article.inputPath, stage: "export", message: "not stored")
                if offerBad {
                    do {
                        _ = try store.save(article, runID: runID)
                        Issue.record("\(article.article.url) was stored")
                    } catch {
                        #expect(error.primaryCode == StoreError.constraintViolation || error.primaryCode == 18)  // SQLITE_TOOBIG
                    }
                }
                try store.recordIssue(notStored, runID: runID)
            case .issue(let issue):
                try store.recordIssue(issue, runID: runID)
            case .fingerprint(let fingerprint):
                try store.recordFingerprint(fingerprint)
            }
        }
        try store.finishRun(runID, summary: runSummary())
        return outcomes
    }

    /// Every data row, mentions without their ids and in article order.
    private static func dump(_ path: String) throws -> [String: [[SQLiteValue]]] {
        var dump = try dataDump(path)
        for table in ["money_mentions", "date_mentions", "entity_mentions"] {
            let columns = try rows(path, "SELECT name FROM pragma_table_info('\(table)') WHERE name <> 'mention_id'")
                .compactMap { $0.first?.textValue }.map { "\"\($0)\"" }.joined(separator: ", ")
            dump[table] = try rows(path, "SELECT \(columns) FROM \(table) ORDER BY article_id, field, start, \"end\", mention_id")
        }
        return dump
    }

    @Test(arguments: [
        Set<Int>(),
        [0],
        [1, 2, 3],
        [20, 21, 22, 23, 24, 25, 26, 27],
        [31, 32, 64, 97, 128],
        [149],
    ])
    func failuresAnywhereLeaveExactlyTheOtherWrites(failuresAt failures: Set<Int>) throws {
        let folder = try TemporaryFolder()
        let steps = Self.steps(failuresAt: failures)
        let offered = folder.file("offered.sqlite"), clean = folder.file("clean.sqlite")
        let outcomes = try Self.write(steps, to: offered, offerBad: true)
        let expected = try Self.write(steps, to: clean, offerBad: false)
        #expect(outcomes == expected)
        #expect(outcomes.filter { $0 == .updated }.count == 10)
        #expect(try Self.dump(offered) == Self.dump(clean))
        #expect(try count(offered, "articles") == 140)
        #expect(try rows(offered, "SELECT count(*) FROM entities WHERE name LIKE '불량기업%'") == [[.integer(0)]])
        #expect(try count(offered, "inputs") == 150)
        #expect(try count(offered, "input_errors") == Int64(failures.count + (0..<150).filter { $0 % 7 == 3 }.count))
        try expectIntact(offered)
    }
}
