import Foundation
import Logging
import Testing
@testable import Pipeline

/// Amounts whose sum leaves Int64 (a page full of `900경원`, hostile or garbled) must not fail
/// the run: SQLite's `sum()` used to raise "integer overflow" in the rollup rebuild, which
/// rolled back the whole run and failed every later run over the same pages.
@Suite struct HugeAmountTests {
    static func page(_ day: Int, amount: String) -> String {
        """
        <html><head><meta charset="utf-8">
        <link rel="canonical" href="https://news.example.com/huge/\(day)">
        <meta property="article:published_time" content="2025-06-0\(day)T10:00:00+09:00">
        <title>가온테크 대규모 투자 \(day)</title></head><body>
        <article><h1>가온테크, 대규모 투자 계획 \(day)</h1>
        <p>가온테크는 \(amount)을 투자한다고 \(day)일 밝혔다. 회사는 이번 투자가 역대 최대 규모라고 설명했다.</p>
        <p>가온테크 관계자는 "생산 능력을 크게 늘리겠다"고 말했다.</p>
        </article></body></html>
        """
    }

    static func run(_ folder: TemporaryFolder) throws -> RunReport {
        let config = try PipelineConfig.load(path: KnewsProcess.packageRoot.appendingPathComponent("pipeline.yml").path)
        let options = RunOptions(inputs: [folder.path + "/pages"], sqlitePath: folder.path + "/k.sqlite",
                                 csvDirectory: folder.path + "/csv", jobs: 1)
        return try PipelineRunner(config: config, options: options,
                                  logger: Logger(label: "t") { _ in SwiftLogNoOpLogHandler() }).run()
    }

    @Test func sumsPastInt64KeepTheRunAndEveryAmount() throws {
        let folder = try TemporaryFolder()
        for day in 1...3 { try folder.write("pages/p\(day).html", Self.page(day, amount: "900경원")) }
        let first = try Self.run(folder)
        #expect(first.articlesInserted == 3)
        let db = SQLiteReader(path: folder.path + "/k.sqlite")
        #expect(try db.rows("SELECT count(*), min(amount_low) FROM money_mentions")
            == [[.integer(3), .integer(9_000_000_000_000_000_000)]])
        // 2.7e19 does not fit in Int64: the rollup keeps an approximate REAL rather than failing.
        let rollup = try db.rows("""
            SELECT typeof(amount_low), amount_low > 2.6e19 FROM rollup_money_by_entity_month AS r
            JOIN entities AS e ON e.entity_id = r.entity_id WHERE e.name = '가온테크'
            """)
        #expect(rollup == [[.text("real"), .integer(1)]])

        // A later run adding to the same organization and month goes through the incremental
        // update, meets the overflow there and rebuilds: it must succeed too.
        try folder.write("pages/p4.html", Self.page(4, amount: "300억원"))
        let second = try Self.run(folder)
        #expect(second.articlesInserted == 1)
        #expect(try db.rows("SELECT count(*) FROM money_mentions") == [[.integer(4)]])
        #expect(try db.rows("""
            SELECT mentions FROM rollup_money_by_entity_month AS r
            JOIN entities AS e ON e.entity_id = r.entity_id WHERE e.name = '가온테크'
            """) == [[.integer(4)]])
    }
}
