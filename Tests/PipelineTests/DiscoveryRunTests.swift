import Export
import Foundation
import Logging
import Testing
@testable import Pipeline

/// Organizations discovered in one article are matched in every article of the run and of
/// later runs; reviewers list them and can reject them.
@Suite struct DiscoveryRunTests {
    static func page(_ title: String, _ paragraphs: [String]) -> String {
        """
        <html><head><meta charset="utf-8"><title>\(title)</title></head><body>
        <article><h1>\(title)</h1>
        \((paragraphs + filler).map { "<p>\($0)</p>" }.joined(separator: "\n"))
        </article></body></html>
        """
    }

    /// Enough article text for the generic extractor, with no organization in it.
    static let filler = [
        "전문가들은 올해 하반기 수요가 회복될 것으로 내다보면서도 원자재 가격과 환율이 변수라고 짚었다.",
        "지역 주민들은 일자리가 늘어날 것이라며 기대를 나타냈고 일부는 교통 혼잡을 걱정하기도 했다.",
        "현장 관계 당국은 인허가 절차를 서두르겠다며 환경 영향 평가도 함께 진행하겠다고 설명했다.",
    ]

    /// Invented companies: 넥서스칩스 is discovered by an appositive in the first page only.
    static func writePages(_ folder: TemporaryFolder) throws {
        try folder.write("pages/a.html", page("반도체 기업 넥서스칩스, 공장 증설", [
            "2026년 3월 2일 미국 반도체 기업 넥서스칩스는 충북에 새 공장을 짓는다고 밝혔다. 투자 규모는 3000억 원이다.",
            "회사는 내년부터 차량용 칩을 생산하고 국내 완성차 업체에 공급할 계획이라고 설명했다.",
        ]))
        try folder.write("pages/b.html", page("차량용 칩 수급 숨통", [
            "2026년 3월 9일 완성차 업계는 넥서스칩스가 국내 생산을 시작하면 칩 수급이 나아질 것으로 본다.",
            "업계는 공급망 다변화가 필요하다고 지적했다. 넥서스칩스의 새 공장은 2027년 가동된다.",
        ]))
    }

    static let quiet = Logger(label: "t") { _ in SwiftLogNoOpLogHandler() }

    static func config() throws -> PipelineConfig {
        try PipelineConfig.load(path: KnewsProcess.packageRoot.appendingPathComponent("pipeline.yml").path)
    }

    static func mentions(_ path: String) throws -> [[SQLiteValue]] {
        try SQLiteReader(path: path).rows("""
            SELECT a.url, m.field, m.start, m.end, e.name, e.origin, e.evidence FROM entity_mentions m
            JOIN articles a USING (article_id) JOIN entities e USING (entity_id)
            WHERE e.name = '넥서스칩스' ORDER BY a.url, m.field, m.start
            """)
    }

    @Test func aNameDiscoveredInOneArticleIsMatchedInEveryArticleOfTheRun() throws {
        var results: [[[String]]] = []
        for jobs in [1, 2] {
            let folder = try TemporaryFolder()
            try Self.writePages(folder)
            let options = RunOptions(inputs: [folder.path + "/pages"], sqlitePath: folder.path + "/k.sqlite", csvDirectory: folder.path + "/csv", jobs: jobs)
            _ = try PipelineRunner(config: try Self.config(), options: options, logger: Self.quiet).run()
            let rows = try Self.mentions(folder.path + "/k.sqlite")
            // Title and body of a.html, and both mentions in b.html, which has no context.
            let urls = Set(rows.map { $0[0] })
            #expect(urls.count == 2, "jobs \(jobs): \(rows)")
            #expect(rows.count == 4, "jobs \(jobs): \(rows)")
            #expect(rows.allSatisfy { $0[5] == .text("pattern") && $0[6] == .text("appositive:기업") })
            // URLs name the temporary folder: compare from the page's file name on.
            results.append(rows.map { ["\($0[0])".components(separatedBy: "/pages/").last ?? ""] + $0.dropFirst().map { "\($0)" } })
        }
        #expect(results[0] == results[1], "the same mentions with one job and with two")
    }

    @Test func laterRunsMatchWhatEarlierRunsDiscovered() throws {
        let folder = try TemporaryFolder()
        try folder.write("first/a.html", Self.page("반도체 기업 넥서스칩스, 공장 증설", [
            "2026년 3월 2일 미국 반도체 기업 넥서스칩스는 충북에 새 공장을 짓는다고 밝혔다.",
        ]))
        try folder.write("second/b.html", Self.page("차량용 칩 수급 숨통", [
            "2026년 3월 9일 완성차 업계는 넥서스칩스가 국내 생산을 시작하면 칩 수급이 나아질 것으로 본다.",
        ]))
        let database = folder.path + "/k.sqlite"
        for input in ["first", "second"] {
            let options = RunOptions(inputs: [folder.path + "/" + input], sqlitePath: database, csvDirectory: folder.path + "/csv", jobs: 1)
            _ = try PipelineRunner(config: try Self.config(), options: options, logger: Self.quiet).run()
        }
        let rows = try Self.mentions(database)
        #expect(rows.contains { "\($0[0])".contains("b.html") }, "the second run matched the name: \(rows)")
        #expect(Set(rows.map { "\($0[0])" }).count == 2, "\(rows)")

        // Review: the listing shows evidence and counts; the TSV form is a gazetteer file.
        var lines: [String] = []
        try Inspector(config: try Self.config()).discoveredEntities(
            sqlitePath: database, minConfidence: 0.75, tsv: false, write: { lines.append($0) })
        #expect(lines.first == "name\ttype\tconfidence\tevidence\tmentions\tarticles")
        #expect(lines.contains { $0.hasPrefix("넥서스칩스\tcompany\t0.80\tappositive:기업\t") && $0.hasSuffix("\t2") })
        var tsv: [String] = []
        try Inspector(config: try Self.config()).discoveredEntities(
            sqlitePath: database, minConfidence: 0.75, tsv: true, write: { tsv.append($0) })
        let promoted = try folder.write("my-orgs.tsv", tsv.joined(separator: "\n") + "\n")
        var gazetteer = PipelineRunner.loadGazetteer(try Self.config()).0
        try gazetteer.merge(contentsOfFile: promoted)
        #expect(gazetteer.entry(named: "넥서스칩스")?.type == .company)
    }

    /// An acronym one run saw defined is the organization's in later runs, where no article
    /// defines it (`HJKC` is invented for a gazetteer body that has no acronym).
    @Test func laterRunsMatchAcronymsEarlierRunsLearnt() throws {
        let folder = try TemporaryFolder()
        try folder.write("first/a.html", Self.page("식품 클러스터 입주 기업 모집", [
            "2026년 3월 2일 한국식품산업클러스터진흥원(HJKC)은 입주 기업을 모집한다고 밝혔다.",
        ]))
        try folder.write("second/b.html", Self.page("식품 클러스터 입주 경쟁률 3대1", [
            "2026년 4월 1일 HJKC는 입주 경쟁률이 3대1을 기록했다고 밝혔다. MOU 체결도 이어진다.",
        ]))
        let database = folder.path + "/k.sqlite"
        for input in ["first", "second"] {
            let options = RunOptions(inputs: [folder.path + "/" + input], sqlitePath: database, csvDirectory: folder.path + "/csv", jobs: 1)
            _ = try PipelineRunner(config: try Self.config(), options: options, logger: Self.quiet).run()
        }
        let rows = try SQLiteReader(path: database).rows("""
            SELECT a.url, m.surface, e.name FROM entity_mentions m
            JOIN articles a USING (article_id) JOIN entities e USING (entity_id)
            WHERE m.surface = 'HJKC' ORDER BY a.url, m.field, m.start
            """)
        #expect(rows.contains { "\($0[0])".contains("b.html") && $0[2] == .text("한국식품산업클러스터진흥원") }, "\(rows)")
        // Only definitions teach: a capitalised word never defined (MOU) is no acronym.
        let learnt = try RunLevelPass.learnedAcronyms(
            databaseAt: database, gazetteer: PipelineRunner.loadGazetteer(try Self.config()).0, discovered: [])
        #expect(learnt.map(\.acronym) == ["HJKC"])
    }

    @Test func rejectedNamesAreNeverDiscovered() throws {
        let folder = try TemporaryFolder()
        try Self.writePages(folder)
        try folder.write("reject.tsv", "# not a company\n넥서스칩스\tcompany\t\t\n")
        let yml = try String(contentsOf: KnewsProcess.packageRoot.appendingPathComponent("pipeline.yml"), encoding: .utf8)
        let configPath = try folder.write("pipeline.yml", yml + "\nreject:\n  - reject.tsv\n")
        let config = try PipelineConfig.load(path: configPath)
        #expect(config.rejectFiles == [folder.path + "/reject.tsv"])
        let options = RunOptions(inputs: [folder.path + "/pages"], sqlitePath: folder.path + "/k.sqlite", csvDirectory: folder.path + "/csv", jobs: 1)
        _ = try PipelineRunner(config: config, options: options, logger: Self.quiet).run()
        #expect(try Self.mentions(folder.path + "/k.sqlite").isEmpty)
    }
}
