import Foundation
import Testing
@testable import Export

/// A first load drops the random-order indexes and builds them right after its commit, beside
/// the caller's CSV export. No failed or killed run leaves the database without them for
/// longer than until the next run.
@Suite struct DeferredIndexTests {
    /// Name and definition of every index, as a fresh database has them.
    private func indexes(_ path: String) throws -> [[SQLiteValue]] {
        try rows(path, "SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name")
    }

    private func freshIndexes() throws -> [[SQLiteValue]] {
        let folder = try TemporaryFolder()
        let path = folder.file("fresh.sqlite")
        _ = try ArticleStore(path: path)
        return try indexes(path)
    }

    private func articles(_ range: ClosedRange<Int>) -> [ArticleBuilder] {
        range.map { sampleArticle(url: "https://news.example.kr/article/\($0)") }
    }

    /// Saves articles `range` in the open run; each must be new.
    private func insert(
        _ range: ClosedRange<Int>, into store: ArticleStore, runID: Int64,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        for article in articles(range) {
            #expect(try store.save(article.analyzed, runID: runID) == .inserted, sourceLocation: sourceLocation)
        }
    }

    private func names(_ indexes: [[SQLiteValue]]) -> [String] {
        indexes.compactMap { $0.first?.textValue }
    }

    /// What a process killed between a run's commit and its index builds leaves.
    private func dropIndexes(_ names: [String], at path: String) throws {
        let database = try Database(path: path)
        for name in names {
            try database.execute("DROP INDEX \(name)")
        }
    }

    /// Saves `range` as one more run of `store` (after `whileOpen` has looked at the open run),
    /// which must end with `expected` as the file's indexes, built without a failure.
    private func runExpectingIndexes(
        _ expected: [[SQLiteValue]], _ range: ClosedRange<Int>, store: ArticleStore, path: String,
        startedAt: String = "2025-06-29T03:00:00+09:00", whileOpen: () throws -> Void = {},
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let runID = try store.beginRun(startedAt: startedAt, knewsVersion: "0.1.0", configSHA256: "")
        try whileOpen()
        try insert(range, into: store, runID: runID, sourceLocation: sourceLocation)
        #expect(try store.finishRun(runID, summary: runSummary(inserted: range.count)) == nil, sourceLocation: sourceLocation)
        #expect(try indexes(path) == expected, sourceLocation: sourceLocation)
        try expectIntact(path, sourceLocation: sourceLocation)
    }

    private func fileSize(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
    }

    @Test func everyDeferredNameIsAnIndexOfTheSchema() throws {
        let names = Set(self.names(try freshIndexes()))
        for name in Schema.deferredOnFirstLoad {
            #expect(names.contains(name), "\(name) is not an index: a typo would defer nothing")
        }
        // The article_id indexes serve the deletes of updates and cascades inside a run.
        #expect(!Schema.deferredOnFirstLoad.contains { $0.hasSuffix("_article") })
    }

    /// A missing index is rebuilt from `Schema.indexDefinitions`: each must be what a fresh
    /// database holds under that name.
    @Test func theIndexDefinitionsAreTheSchemasIndexes() throws {
        let fresh = try freshIndexes().map { [$0[0].textValue ?? "", $0[2].textValue ?? ""] }
        let defined = Schema.indexDefinitions.sorted { $0.name < $1.name }.map { [$0.name, $0.sql] }
        #expect(defined == fresh)
    }

    @Test func aFirstLoadBuildsThemRightAfterItsCommit() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("knews.sqlite")
        let store = try ArticleStore(path: path)
        let before = try indexes(path)
        #expect(before == (try freshIndexes()))

        let runID = try store.beginRun(startedAt: "2025-06-28T03:00:00+09:00", knewsVersion: "0.1.0", configSHA256: "")
        let inside = Set(try store.indexNamesForTests())
        for name in Schema.deferredOnFirstLoad {
            #expect(!inside.contains(name), "\(name) is maintained row by row during a first load")
        }
        try insert(1...40, into: store, runID: runID)
        // Another connection still reads the committed schema, indexes and all.
        #expect(try indexes(path) == before)
        let settings = try store.connectionSettingsForTests()
        #expect(try store.finishRun(runID, summary: runSummary(inserted: 40)) == nil)
        // The build's own cache and temp_store (see buildIndexes) are put back for the next run.
        let after = try store.connectionSettingsForTests()
        #expect(after.tempStore == settings.tempStore && after.cacheSize == settings.cacheSize)
        #expect(after.tempStore == 2 && after.cacheSize == -32768)

        #expect(try indexes(path) == before)
        #expect(try store.indexNamesForTests() == names(before))
        // integrity_check compares every index with its table, row by row.
        try expectIntact(path)
        let plan = try rows(path, "EXPLAIN QUERY PLAN SELECT mention_id FROM money_mentions WHERE currency = 'KRW'")
        #expect(plan.contains { $0.contains(where: { $0.textValue?.contains("money_mentions_currency") == true }) })
        #expect(try rows(path, "SELECT count(*) FROM date_mentions INDEXED BY date_mentions_value WHERE value > ''")
            == rows(path, "SELECT count(*) FROM date_mentions"))
    }

    /// With `alongside`, the caller's work reads the committed run while the indexes are built
    /// and the log is copied; afterwards the log is empty, even with a reader connected (whose
    /// presence stops SQLite from folding it on close), so the `.sqlite` file alone is complete.
    @Test func theCallersWorkRunsBesideTheBuildsAndTheLogEndsFolded() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("knews.sqlite")
        let store = try ArticleStore(path: path)
        let before = try indexes(path)
        let reader = try Database(path: path, readOnly: true, create: false)

        let runID = try store.beginRun(startedAt: "2025-06-28T03:00:00+09:00", knewsVersion: "0.1.0", configSHA256: "")
        try insert(1...40, into: store, runID: runID)
        var seen: [[SQLiteValue]] = []
        let failure = try store.finishRun(runID, summary: runSummary(inserted: 40)) {
            seen = (try? rows(path, "SELECT count(*), (SELECT status FROM runs WHERE run_id = \(runID)) FROM articles")) ?? []
        }
        #expect(failure == nil)
        #expect(seen == [[.integer(40), .text("success")]])
        #expect(try indexes(path) == before)
        try expectIntact(path)

        #expect(fileSize(path + "-wal") == 0, "the log still holds \(fileSize(path + "-wal")) bytes")
        let copy = folder.file("copy.sqlite")
        try FileManager.default.copyItem(atPath: path, toPath: copy)
        #expect(try count(copy, "articles") == 40)
        #expect(try indexes(copy) == before)
        withExtendedLifetime(reader) {}
    }

    @Test func aLaterRunKeepsThemAndMaintainsThem() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("knews.sqlite")
        try runOnce(path, articles(1...3).map(\.analyzed))
        let before = try indexes(path)

        let store = try ArticleStore(path: path)
        try runExpectingIndexes(before, 4...10, store: store, path: path) {
            let inside = try store.indexNamesForTests()
            #expect(inside == names(before))
        }
    }

    @Test func aFailedFirstLoadLeavesThemInPlace() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("knews.sqlite")
        let store = try ArticleStore(path: path)
        let before = try indexes(path)

        let failed = try store.beginRun(startedAt: "2025-06-28T03:00:00+09:00", knewsVersion: "0.1.0", configSHA256: "")
        for article in articles(1...5) {
            _ = try store.save(article.analyzed, runID: failed)
        }
        store.abandonRun(failed, finishedAt: "2025-06-28T03:00:05+09:00", reason: "disk full")
        #expect(try indexes(path) == before)
        #expect(try store.indexNamesForTests() == names(before))

        // Still a first load: the next run defers and rebuilds again.
        try runExpectingIndexes(before, 1...5, store: store, path: path, startedAt: "2025-06-28T04:00:00+09:00") {
            let inside = try store.indexNamesForTests()
            #expect(!inside.contains("entity_mentions_entity"))
        }
    }

    /// A process killed between a run's commit and its builds leaves the data committed and the
    /// indexes missing: the next run finds them missing and builds them from the schema.
    @Test func indexesMissingAfterACommitAreBuiltByTheNextRun() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("knews.sqlite")
        try runOnce(path, articles(1...3).map(\.analyzed))
        try dropIndexes(["entity_mentions_entity", "articles_run_id"], at: path)
        try runExpectingIndexes(try freshIndexes(), 4...6, store: try ArticleStore(path: path), path: path)
    }

    /// A later run looks the rollup keys it changes up through the rollup indexes before its
    /// commit: one a killed first load left unbuilt is built as the next run begins, not after.
    @Test func aMissingRollupIndexIsBuiltBeforeTheNextRunWrites() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("knews.sqlite")
        try runOnce(path, articles(1...3).map(\.analyzed))
        try dropIndexes(["rollup_daily_entity", "rollup_money_entity", "entity_mentions_entity"], at: path)
        let store = try ArticleStore(path: path)
        try runExpectingIndexes(try freshIndexes(), 4...6, store: store, path: path) {
            let inside = try store.indexNamesForTests()
            #expect(inside.contains("rollup_daily_entity") && inside.contains("rollup_money_entity"))
            // The others still wait for the commit.
            #expect(!inside.contains("entity_mentions_entity"))
        }
    }

    /// A build that fails (here a UNIQUE index the rows break; in life a full temporary folder)
    /// costs the index, not the run: the data stays committed, `finishRun` says what failed, and
    /// the next run builds the index from the schema.
    @Test func aFailedBuildKeepsTheRunAndTheNextRunBuildsTheIndex() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("knews.sqlite")
        _ = try ArticleStore(path: path)
        do {
            let database = try Database(path: path)
            try database.execute("DROP INDEX articles_source; CREATE UNIQUE INDEX articles_source ON articles (source)")
        }
        let store = try ArticleStore(path: path)
        let first = try store.beginRun(startedAt: "2025-06-28T03:00:00+09:00", knewsVersion: "0.1.0", configSHA256: "")
        // Every sample article has the same source.
        try insert(1...4, into: store, runID: first)
        let failure = try store.finishRun(first, summary: runSummary(inserted: 4))
        #expect(failure.map { "\($0)" }?.contains("UNIQUE") == true, "\(String(describing: failure))")
        #expect(try count(path, "articles") == 4)
        #expect(try rows(path, "SELECT status FROM runs WHERE run_id = \(first)") == [[.text("success")]])
        #expect(!names(try indexes(path)).contains("articles_source"))
        #expect(try store.connectionSettingsForTests().cacheSize == -32768)
        try runExpectingIndexes(try freshIndexes(), 5...6, store: store, path: path)
    }

    /// A process killed mid-load (the store dropped unfinished) leaves the indexes as they were.
    @Test func aKilledFirstLoadLeavesThemInPlace() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("knews.sqlite")
        let before: [[SQLiteValue]]
        do {
            let store = try ArticleStore(path: path)
            before = try indexes(path)
            let runID = try store.beginRun(startedAt: "2025-06-28T03:00:00+09:00", knewsVersion: "0.1.0", configSHA256: "")
            try store.shrinkCacheForTests()
            for article in articles(1...30) {
                _ = try store.save(article.analyzed, runID: runID)
            }
        }
        #expect(try indexes(path) == before)
        try runOnce(path, articles(1...2).map(\.analyzed), startedAt: "2025-06-28T05:00:00+09:00")
        #expect(try indexes(path) == before)
        try expectIntact(path)
    }
}
