import Foundation
import Logging
import Testing
@testable import Pipeline

/// An article with no publish time: its relative dates are skipped and counted, never guessed.
@Suite struct UndatedArticleTests {
    @Test func relativeDatesAreSkippedAndCountedWhenThePublishTimeIsUnknown() throws {
        let folder = try TemporaryFolder()
        try folder.write("pages/undated.html", """
            <html><head><meta charset="utf-8"><title>날짜 없는 기사</title></head><body>
            <article><h1>중기부, 스마트공장 보급 사업 공고</h1>
            <p>중소벤처기업부는 지난 20일 스마트공장 보급 사업을 공고했다고 밝혔다. 신청은 다음달 5일까지 받는다.</p>
            <p>총사업비는 300억 원이며 2025년 6월 27일 설명회를 연다. 기업당 최대 1억 원을 지원한다.</p>
            <p>올해 사업은 제조 데이터 수집과 공정 자동화 설비 도입을 함께 지원하는 방식으로 바뀌었다. 선정 기업은 전문기관의 컨설팅도 받는다.</p>
            <p>중기부 관계자는 지역 제조업체의 신청이 늘 것으로 본다며 현장 설명을 이어 가겠다고 말했다.</p>
            </article></body></html>
            """)
        let config = try PipelineConfig.load(path: KnewsProcess.packageRoot.appendingPathComponent("pipeline.yml").path)
        let options = RunOptions(inputs: [folder.path + "/pages"], sqlitePath: folder.path + "/k.sqlite", csvDirectory: folder.path + "/csv", jobs: 1)
        let report = try PipelineRunner(config: config, options: options, logger: Logger(label: "t") { _ in SwiftLogNoOpLogHandler() }).run()
        #expect(report.articlesInserted == 1)
        #expect(report.skippedRelativeDates == 3)  // 지난 20일, 다음달 5일, 올해
        #expect(report.summaryLine.contains("3 relative dates skipped"))
        let reader = SQLiteReader(path: folder.path + "/k.sqlite")
        #expect(try reader.rows("SELECT published_at FROM articles").first?.first == .null)
        // The absolute date stays; nothing was resolved against a guessed publish day.
        #expect(try reader.rows("SELECT value, relative FROM date_mentions") == [[.text("2025-06-27"), .integer(0)]])
        #expect(try reader.integer("SELECT COUNT(*) FROM money_mentions") == 2)
    }
}
