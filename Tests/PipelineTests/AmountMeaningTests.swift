import Foundation
import Logging
import Testing
@testable import Pipeline

/// A real run stores what each amount measures, who it belongs to, and each date's kind and
/// first and last day: read back from the SQLite file.
@Suite struct AmountMeaningTests {
    @Test func kindOwnerAndDateBoundsReachTheDatabase() throws {
        let folder = try TemporaryFolder()
        try folder.write("pages/story.html", """
            <html><head><meta charset="utf-8">
            <meta property="article:published_time" content="2025-09-03T18:00:00+09:00">
            <title>중기부, 스마트공장에 300억 투입</title></head><body>
            <article><h1>중기부, 스마트공장에 300억 투입</h1>
            <p>중소벤처기업부는 2일 스마트공장 보급 사업에 300억 원을 투입한다고 밝혔다. 사업은 3년간 진행된다.</p>
            <p>중기부는 2025년 8월 27일 회의에서 지원 방향을 정했다. 이후 업계 의견을 들었다.</p>
            <p>중기부는 전날 참여 기업에 통지서를 보냈고, 이날 오후 2시 설명회를 열었다. 총 500억원이 업계에 돌아간다.</p>
            </article></body></html>
            """)
        let config = try PipelineConfig.load(path: KnewsProcess.packageRoot.appendingPathComponent("pipeline.yml").path)
        let options = RunOptions(inputs: [folder.path + "/pages"], sqlitePath: folder.path + "/k.sqlite", csvDirectory: folder.path + "/csv", jobs: 1)
        let report = try PipelineRunner(config: config, options: options, logger: Logger(label: "t") { _ in SwiftLogNoOpLogHandler() }).run()
        #expect(report.articlesInserted == 1)
        let db = SQLiteReader(path: folder.path + "/k.sqlite")
        let money = try db.rows("""
            SELECT m.surface, m.kind, e.name FROM money_mentions AS m
            LEFT JOIN entities AS e ON e.entity_id = m.entity_id WHERE m.field = 'body' ORDER BY m.start
            """)
        #expect(money == [
            [.text("300억 원"), .text("budget"), .text("중소벤처기업부")],
            [.text("500억원"), .null, .null],
        ])
        let dates = try db.rows("""
            SELECT surface, value, precision, kind, date_start, date_end FROM date_mentions
            WHERE field = 'body' ORDER BY start
            """)
        #expect(dates == [
            [.text("2일"), .text("2025-09-02"), .text("day"), .text("date"), .text("2025-09-02"), .text("2025-09-02")],
            [.text("3년간"), .text("P3Y"), .text("year"), .text("duration"), .null, .null],
            [.text("2025년 8월 27일"), .text("2025-08-27"), .text("day"), .text("date"), .text("2025-08-27"), .text("2025-08-27")],
            [.text("전날"), .text("2025-09-01"), .text("day"), .text("date"), .text("2025-09-01"), .text("2025-09-01")],
            [.text("이날 오후 2시"), .text("2025-09-02T14"), .text("hour"), .text("date"), .text("2025-09-02"), .text("2025-09-02")],
        ])
    }
}
