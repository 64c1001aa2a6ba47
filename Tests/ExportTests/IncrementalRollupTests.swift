import Foundation
import NewsModel
import Testing
@testable import Export

/// The rollup tables are kept by increments (`RollupDelta`); after any sequence of runs they
/// must hold exactly what `Rollups.rebuild` computes from the articles.
@Suite struct IncrementalRollupTests {
    /// SplitMix64: the same runs on every machine.
    struct Seeded: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9e37_79b9_7f4a_7c15
            var z = state
            z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
            z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
            return z ^ (z >> 31)
        }
    }

    /// Invented organizations; the same name arrives as a pattern guess of one type and as a
    /// gazetteer entry of another, so runs upgrade stored entities.
    static let organizations = ["가온부", "나래청", "다온전자", "라온소프트", "마루은행", "바다공사"]
    static let times: [String?] = [
        "2025-06-30T23:30:00+09:00", "2025-07-01T00:30:00+09:00", "2025-07-01T08:59:00+09:00",
        "2025-07-31T23:00:00+09:00", "2025-08-01T01:00:00+09:00", "2025-07-31T20:00:00Z", nil,
    ]
    static let sources: [String?] = ["가온뉴스", "나래일보", nil]
    static let amounts: [Int64] = [100, 200, 300]
    static let kinds: [MoneyKind?] = [nil, .budget, .investment]

    /// A random article: sentences naming organizations and amounts, a title that may repeat
    /// a body amount, owners on some amounts.
    static func article(url: String, gazetteer allowed: Bool, _ random: inout Seeded) -> AnalyzedArticle {
        var builder = ArticleBuilder(url: url, title: "", body: "")
        builder.source = sources.randomElement(using: &random)!
        builder.publishedAt = times.randomElement(using: &random)!
        builder.publishedDate = builder.publishedAt.map { String($0.prefix(10)) }
        var named: Set<String> = []

        func sentence(_ field: TextField, _ text: inout String, _ random: inout Seeded) {
            var inSentence: [String] = []
            for _ in 0..<Int.random(in: 0...2, using: &random) {
                let name = organizations.randomElement(using: &random)!
                let start = text.unicodeScalars.count
                text += name + "는 "
                builder.entityMentions.append(EntityMention(
                    entityName: name, field: field, start: start, end: start + name.unicodeScalars.count, surface: name))
                inSentence.append(name)
                named.insert(name)
            }
            for _ in 0..<Int.random(in: 0...2, using: &random) {
                let eok = amounts.randomElement(using: &random)!
                let surface = "\(eok)억원"
                let start = text.unicodeScalars.count
                text += surface + "을 "
                let owner = !inSentence.isEmpty && Bool.random(using: &random) ? inSentence.randomElement(using: &random) : nil
                builder.money.append(MoneyMention(
                    field: field, start: start, end: start + surface.unicodeScalars.count, surface: surface,
                    currency: Int.random(in: 0..<5, using: &random) == 0 ? "USD" : "KRW",
                    amountLow: eok * 100_000_000, amountHigh: eok * 100_000_000 * Int64.random(in: 1...2, using: &random),
                    kind: kinds.randomElement(using: &random)!, owner: owner))
            }
            text += "쓴다. "
        }
        var title = ""
        sentence(.title, &title, &random)
        var body = ""
        for _ in 0..<Int.random(in: 1...4, using: &random) { sentence(.body, &body, &random) }
        builder.title = title
        builder.body = body
        for name in named.sorted() {
            let gazetteer = allowed && Bool.random(using: &random)
            let index = organizations.firstIndex(of: name)!
            builder.entities.append(Entity(
                name: name, type: (index % 2 == 0) == gazetteer ? .agency : .company, nameEnglish: nil,
                origin: gazetteer ? .gazetteer : .pattern, confidence: Double.random(in: 0.5...0.9, using: &random)))
        }
        return builder.analyzed
    }

    /// Every row of the rollup tables, sorted, from a connection of its own.
    static func tables(_ database: Database) throws -> [String: [[SQLiteValue]]] {
        var result: [String: [[SQLiteValue]]] = [:]
        // Ordered by each table's key.
        let keys = [
            "rollup_money_by_entity_month": "entity_id, month, currency, kind",
            "rollup_entity_mentions_daily": "entity_id, date",
            "rollup_articles_by_source_day": "source, date",
            "rollup_entity_cooccurrence_by_month": "entity_id, month, source, currency, kind",
        ]
        for table in Rollups.tables {
            let select = try database.prepare("SELECT * FROM \(table) ORDER BY \(keys[table]!)")
            var rows: [[SQLiteValue]] = []
            while try select.step() {
                rows.append((0..<select.columnCount).map { select.value($0) })
            }
            result[table] = rows
        }
        return result
    }

    /// Equal, except REAL sums, which may differ in their last bits (the order of additions).
    static func same(_ a: [[SQLiteValue]], _ b: [[SQLiteValue]]) -> Bool {
        guard a.count == b.count else { return false }
        for (left, right) in zip(a, b) {
            guard left.count == right.count else { return false }
            for (x, y) in zip(left, right) {
                if case let .real(p) = x, case let .real(q) = y {
                    if abs(p - q) > 1e-9 * max(1, abs(p), abs(q)) { return false }
                } else if x != y {
                    return false
                }
            }
        }
        return true
    }

    @Test(arguments: [1, 2, 3] as [UInt64])
    func incrementalRollupsEqualAFullRebuildAfterRandomRuns(seed: UInt64) throws {
        let folder = try TemporaryFolder()
        let path = folder.file("knews.sqlite")
        var random = Seeded(state: seed)
        let urls = (0..<30).map { "https://rollup.example.kr/\($0)" }
        var last: [String: AnalyzedArticle] = [:]
        var outcomes: [String: Int] = [:]
        var typeChanges = 0
        for run in 0..<8 {
            let store = try ArticleStore(path: path)
            let runID = try store.beginRun(startedAt: "2025-08-0\(run + 1)T03:00:00+09:00", knewsVersion: "0.1.0", configSHA256: "")
            let typesBefore = try rows(path, "SELECT name, type FROM entities ORDER BY name")
            // A first load writes many articles, naming organizations as pattern guesses;
            // later runs some: new, changed, the same again, a URL twice in a run, and the
            // gazetteer's entry of an organization, whose type then changes in old rows too.
            let picked = run == 0 ? Array(urls.prefix(20)) : (0..<8).map { _ in urls.randomElement(using: &random)! }
            for url in picked {
                let article: AnalyzedArticle
                if let previous = last[url], Int.random(in: 0..<4, using: &random) == 0 {
                    article = previous
                } else {
                    article = Self.article(url: url, gazetteer: run > 0, &random)
                }
                let outcome = try store.save(article, runID: runID)
                outcomes["\(outcome)", default: 0] += 1
                last[url] = article
            }
            try store.finishRun(runID, summary: runSummary())
            #expect(!store.lastRollupRebuiltWhole, "run \(run) fell back to a whole rebuild")
            let typesAfter = try rows(path, "SELECT name, type FROM entities ORDER BY name")
            if typesBefore.count == typesAfter.count && typesBefore != typesAfter { typeChanges += 1 }

            // Read back from the file, then rebuild whole in a transaction that is rolled back.
            let database = try Database(path: path)
            let incremental = try Self.tables(database)
            try database.execute("BEGIN IMMEDIATE")
            try Rollups.rebuild(database)
            let rebuilt = try Self.tables(database)
            try database.execute("ROLLBACK")
            for table in Rollups.tables {
                #expect(Self.same(incremental[table]!, rebuilt[table]!),
                        "run \(run), \(table): incremental \(incremental[table]!) rebuilt \(rebuilt[table]!)")
                #expect(!rebuilt[table]!.isEmpty)
            }
            // The co-occurrence rollup is the view's pairs summed, by an independent query.
            #expect(Self.same(try rows(path, RollupTests.cooccurrenceRollup), try rows(path, RollupTests.cooccurrenceFromPairs)),
                    "run \(run): the co-occurrence rollup differs from the entity_cooccurrence view grouped")
        }
        // The runs did what the test is about.
        #expect(outcomes["inserted", default: 0] >= 20)
        #expect(outcomes["updated", default: 0] >= 10)
        #expect(outcomes["unchanged", default: 0] >= 1)
        #expect(typeChanges >= 1)
        #expect(try count(path, "rollup_money_by_entity_month") > 5)
        #expect(try rows(path, "SELECT sum(owned_mentions) > 0, sum(mentions) > sum(owned_mentions) FROM rollup_entity_cooccurrence_by_month")
            == [[.integer(1), .integer(1)]])
    }

    /// A run that changes one article touches only that article's keys: rows of other days
    /// keep their rowids (they were not deleted and inserted again).
    @Test func aSmallRunRewritesOnlyItsKeys() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("knews.sqlite")
        var first = ArticleBuilder(url: "https://rollup.example.kr/a", title: "가온부 소식", body: "가온부는 100억원을 쓴다.")
        first.publishedAt = "2025-07-01T10:00:00+09:00"
        first.addEntity("가온부")
        first.addEntity("가온부", field: .title)
        first.addMoney("100억원", 10_000_000_000)
        var second = ArticleBuilder(url: "https://rollup.example.kr/b", title: "나래청 소식", body: "나래청은 200억원을 쓴다.")
        second.publishedAt = "2025-07-02T10:00:00+09:00"
        second.addEntity("나래청")
        second.addMoney("200억원", 20_000_000_000)
        try runOnce(path, [first.analyzed, second.analyzed])
        let dailyBefore = try rows(path, "SELECT rowid, entity, date, mentions FROM rollup_entity_mentions_daily ORDER BY entity")
        #expect(dailyBefore.count == 2)

        second.body = "나래청은 300억원을 쓴다."
        second.money = []
        second.addMoney("300억원", 30_000_000_000)
        second.publishedAt = "2025-07-03T10:00:00+09:00"
        #expect(try runOnce(path, [first.analyzed, second.analyzed], startedAt: "2025-07-04T03:00:00+09:00") == [.unchanged, .updated])
        let dailyAfter = try rows(path, "SELECT rowid, entity, date, mentions FROM rollup_entity_mentions_daily ORDER BY entity")
        #expect(dailyAfter.first == dailyBefore.first)  // 가온부: the same row, untouched
        #expect(dailyAfter.last?[2] == .text("2025-07-03"))
        #expect(try rows(path, "SELECT entity, month, amount_low FROM money_by_entity_month ORDER BY entity") == [
            [.text("가온부"), .text("2025-07"), .integer(10_000_000_000)],
            [.text("나래청"), .text("2025-07"), .integer(30_000_000_000)],
        ])
        #expect(try rows(path, "SELECT date, articles FROM articles_by_source_day ORDER BY date") == [
            [.text("2025-07-01"), .integer(1)], [.text("2025-07-03"), .integer(1)],
        ])
    }

    /// Migration v6 rebuilds the rollups of a v5 database once, so the increments that follow
    /// start from exact tables (v5's path-spelling merge deleted articles without rebuilding).
    @Test func upgradingAVersion5DatabaseRebuildsItsRollupsOnce() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("knews.sqlite")
        var article = ArticleBuilder(url: "https://rollup.example.kr/v5", title: "가온부 소식", body: "가온부는 100억원을 쓴다.")
        article.publishedAt = "2025-07-01T10:00:00+09:00"
        article.addEntity("가온부")
        article.addMoney("100억원", 10_000_000_000)
        try runOnce(path, [article.analyzed])
        let exact = try rows(path, "SELECT * FROM rollup_entity_mentions_daily")
        // What a v5 file could hold: counts of a merged-away duplicate, and version 5.
        do {
            let database = try Database(path: path)
            try database.execute("UPDATE rollup_entity_mentions_daily SET mentions = mentions + 1, articles = articles + 1")
            try database.execute("INSERT INTO rollup_articles_by_source_day (source, date, articles) VALUES ('gone', '2025-07-01', 1)")
            try dropVersion9(database)
            try database.execute("PRAGMA user_version = 5")
        }
        #expect(try rows(path, "SELECT * FROM rollup_entity_mentions_daily") != exact)
        let store = try ArticleStore(path: path)
        #expect(try store.schemaVersion == ArticleStore.supportedSchemaVersion)
        #expect(try rows(path, "SELECT * FROM rollup_entity_mentions_daily") == exact)
        #expect(try rows(path, "SELECT count(*) FROM rollup_articles_by_source_day WHERE source = 'gone'") == [[.integer(0)]])
        try expectIntact(path)
    }
}
