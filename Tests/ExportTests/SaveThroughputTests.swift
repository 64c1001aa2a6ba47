import Foundation
import NewsModel
import Testing
import Export

@Suite struct SaveThroughputTests {
    /// The workload itself is checked on a small run: right offsets, right row counts.
    @Test func theWorkloadArticleIsRealistic() throws {
        let article = makeWorkloadArticle(7)
        #expect(article.article.body.utf8.count > 2_500 && article.article.body.utf8.count < 4_000)
        #expect(article.money.count + article.dates.count + article.entityMentions.count == 20)
        let scalars = Array(article.article.body.unicodeScalars)
        for (start, end, surface) in article.money.map({ ($0.start, $0.end, $0.surface) })
            + article.dates.map({ ($0.start, $0.end, $0.surface) })
            + article.entityMentions.map({ ($0.start, $0.end, $0.surface) }) {
            var text = String.UnicodeScalarView()
            text.append(contentsOf: scalars[start..<end])
            #expect(String(text) == surface)
        }
        let folder = try TemporaryFolder()
        let result = try runSaveWorkload(folder: folder.path, count: 50)
        #expect(result.mentionRows == 1_000)
        let path = folder.file("bench.sqlite")
        #expect(try count(path, "articles") == 50)
        #expect(try rows(path, "SELECT (SELECT count(*) FROM money_mentions) + (SELECT count(*) FROM date_mentions) + (SELECT count(*) FROM entity_mentions)") == [[.integer(1_000)]])
        try expectIntact(path)
    }

    /// Prints the save() throughput. Off by default: speed is measured, never asserted.
    /// `KNEWS_EXPORT_BENCH=20000 swift test -c release -Xswiftc -enable-testing --filter SaveThroughputTests`
    @Test(.enabled(if: ProcessInfo.processInfo.environment["KNEWS_EXPORT_BENCH"] != nil))
    func measureSaveThroughput() throws {
        let count = Int(ProcessInfo.processInfo.environment["KNEWS_EXPORT_BENCH"] ?? "") ?? 20_000
        let folder = try TemporaryFolder()
        let result = try runSaveWorkload(folder: folder.path, count: count)
        print(result.report)
    }
}
