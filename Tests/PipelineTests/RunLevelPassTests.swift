import Export
import Foundation
import Logging
import NewsModel
import Tagging
import Testing
@testable import Pipeline

/// The run-level pass of a `knews run` keeps no per-article state: it reads an article's own
/// mention spans back from `entity_mentions`, and only for the articles the run's new names
/// occur in. These tests hold it to the answer of the pass that kept every article's spans in
/// memory (what `knews analyze` still does), on a run with discovered names.
@Suite struct RunLevelPassTests {
    /// Invented pages: 넥서스칩스 is discovered by an appositive in the first (whose own
    /// mentions the pass must not duplicate), named without context in most of the others.
    static func articles() -> [Article] {
        let filler = DiscoveryRunTests.filler.joined(separator: " ")
        var bodies = [
            "2026년 3월 2일 미국 반도체 기업 넥서스칩스는 충북에 새 공장을 짓는다고 밝혔다. 투자 규모는 3000억 원이다.",
        ]
        for day in 3...9 {
            bodies.append(day % 3 == 0
                ? "2026년 3월 \(day)일 업계는 공급망 다변화가 필요하다고 지적했다."
                : "2026년 3월 \(day)일 완성차 업계는 넥서스칩스가 국내 생산을 시작하면 칩 수급이 나아질 것으로 본다. 넥서스칩스의 새 공장은 2027년 가동된다.")
        }
        return bodies.enumerated().map { index, body in
            Article(
                url: "https://news.example/\(index)", title: index == 0 ? "반도체 기업 넥서스칩스, 공장 증설" : "차량용 칩 수급 \(index)",
                body: body + " " + filler, inputPath: "pages/\(index).html")
        }
    }

    /// Saves `articles` in one open run, runs the pass (`keepSpans`: with every article's spans
    /// kept in memory, else read back from the store; `chunk` articles read at a time), and
    /// returns every organization mention of the run with what it added.
    static func runPass(keepSpans: Bool, chunk: Int) throws -> (rows: [[String]], added: Int) {
        let folder = try TemporaryFolder()
        let config = try DiscoveryRunTests.config()
        let tagger = try PipelineRunner.makeTagger(config: config, logger: DiscoveryRunTests.quiet)
        let times = PublishTimeResolver(identifier: config.timeZoneIdentifier)
        let analyzer = ArticleAnalyzer(config: config, tagger: tagger, times: times)
        let store = try ArticleStore(path: folder.path + "/k.sqlite")
        let runID = try store.beginRun(startedAt: "2026-03-10T00:00:00Z", knewsVersion: "test", configSHA256: "")
        var discoveries = RunDiscoveries()
        var spans: [String: [(field: TextField, start: Int, end: Int)]] = [:]
        for article in articles() {
            let outcome = analyzer.analyze(article)
            #expect(try store.save(outcome.prepared, runID: runID) == .inserted)
            let analyzed = outcome.prepared.article
            discoveries.add(analyzed.entities)
            discoveries.add(acronyms: outcome.acronyms, entities: analyzed.entities)
            spans[article.url] = analyzed.entityMentions.map { ($0.field, $0.start, $0.end) }
        }
        let result = try RunLevelPass.addMentions(
            store: store, runID: runID, discoveries: discoveries, loaded: [],
            spans: keepSpans ? spans : nil, config: config, chunk: chunk)
        let rows = try store.rows("""
            SELECT a.url, m.field, m.start, m."end", m.surface, m.sentence, e.name, e.origin FROM entity_mentions m
            JOIN articles a USING (article_id) JOIN entities e USING (entity_id) ORDER BY m.mention_id
            """)
        return (rows.map { $0.values.map { "\($0)" } }, result?.added ?? -1)
    }

    @Test func spansReadBackGiveTheSameMentionsAsSpansKeptInMemory() throws {
        let kept = try Self.runPass(keepSpans: true, chunk: 256)
        #expect(kept.added > 0, "the pass added the discovered name to the other articles")
        for chunk in [1, 3, 256] {
            let readBack = try Self.runPass(keepSpans: false, chunk: chunk)
            #expect(readBack.added == kept.added, "chunk \(chunk)")
            #expect(readBack.rows == kept.rows, "chunk \(chunk)")
        }
        // The page that discovered the name already names it there: nothing is doubled.
        let spans = kept.rows.map { $0[0...3].joined(separator: " ") }
        #expect(Set(spans).count == spans.count, "\(kept.rows)")
        let named = Set(kept.rows.filter { $0[6].contains("넥서스칩스") }.map { $0[0] })
        #expect(named.count == 5, "the first page and the four that write the name: \(named.sorted())")
    }

    /// A run keeps no per-article spans (the pass reads them back); only `knews analyze`, whose
    /// store drops printed mentions, asks its writer to keep them.
    @Test func aRunWriterKeepsNoSpansUnlessAsked() throws {
        let folder = try TemporaryFolder()
        let store = try ArticleStore(path: folder.path + "/k.sqlite")
        let runID = try store.beginRun(startedAt: "2026-03-10T00:00:00Z", knewsVersion: "test", configSHA256: "")
        let config = try DiscoveryRunTests.config()
        let tagger = try PipelineRunner.makeTagger(config: config, logger: DiscoveryRunTests.quiet)
        let analyzer = ArticleAnalyzer(config: config, tagger: tagger, times: PublishTimeResolver(identifier: config.timeZoneIdentifier))
        var writer = RunWriter(store: store, runID: runID, logger: DiscoveryRunTests.quiet, showProgress: false, totalFiles: 1)
        var kept = RunWriter(store: store, runID: runID, logger: DiscoveryRunTests.quiet, showProgress: false, totalFiles: 1)
        kept.mentionSpans = [:]
        for (index, article) in Self.articles().enumerated() {
            let outcome = analyzer.analyze(article)
            let result = WorkResult.analyzed(DocumentOutcome(
                path: article.inputPath, articles: [outcome], issues: [], noArticle: false, extractSeconds: 0))
            if index % 2 == 0 { writer.handle(result) } else { kept.handle(result) }
        }
        #expect(writer.report.articlesInserted == 4 && kept.report.articlesInserted == 4)
        #expect(writer.mentionSpans == nil)
        #expect(kept.mentionSpans?.count == 4)
    }
}
