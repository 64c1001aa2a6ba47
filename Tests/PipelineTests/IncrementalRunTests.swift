import Foundation
import Logging
import Testing
@testable import Pipeline
@testable import Export

/// Reruns as cron makes them: unchanged inputs skipped, changed ones updated in place.
@Suite struct IncrementalRunTests {
    let logger = Logger(label: "knews-test") { _ in SwiftLogNoOpLogHandler() }

    @Test func aChangedPageUpdatesItsArticleAndATouchedOneIsSkipped() throws {
        let folder = try TemporaryFolder()
        let source = KnewsProcess.packageRoot.appendingPathComponent("samples/seoul-techdaily/article-2025062601.html").path
        let original = try String(contentsOfFile: source, encoding: .utf8)
        let page = try folder.write("pages/a.html", original)
        try folder.write("pages/b.html", try String(contentsOfFile: KnewsProcess.packageRoot.appendingPathComponent("samples/seoul-techdaily/article-2025062602.html").path, encoding: .utf8))
        let config = try PipelineConfig.load(path: KnewsProcess.packageRoot.appendingPathComponent("pipeline.yml").path)
        let options = RunOptions(inputs: [folder.path + "/pages"], sqlitePath: folder.path + "/k.sqlite", csvDirectory: folder.path + "/csv", jobs: 1)
        let runner = PipelineRunner(config: config, options: options, logger: logger)
        let reader = SQLiteReader(path: folder.path + "/k.sqlite")

        let first = try runner.run()
        #expect(first.articlesInserted == 2)
        let moneyBefore = try reader.integer("SELECT COUNT(*) FROM money_mentions")

        // Same bytes, new mtime: the hash says nothing changed.
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(60)], ofItemAtPath: page)
        let articlesCSV = folder.path + "/csv/articles.csv"
        let csvBefore = try FileManager.default.attributesOfItem(atPath: articlesCSV)[.modificationDate] as? Date
        usleep(20_000)
        let touched = try runner.run()
        #expect(touched.filesSkipped == 2)
        #expect(touched.documents == 0)
        // Nothing changed, so the data CSVs are left alone and only the run log is rewritten.
        #expect(try FileManager.default.attributesOfItem(atPath: articlesCSV)[.modificationDate] as? Date == csvBefore)
        #expect(try String(contentsOfFile: folder.path + "/csv/runs.csv", encoding: .utf8).split(separator: "\r\n").count == 3)

        // A corrected amount: the article is updated and its mentions replaced, not duplicated.
        let edited = original.replacingOccurrences(of: "오천억 원", with: "육천억 원")
        #expect(edited != original)
        try edited.write(toFile: page, atomically: true, encoding: .utf8)
        let changed = try runner.run()
        #expect(changed.articlesUpdated == 1)
        #expect(changed.articlesInserted == 0)
        #expect(changed.filesSkipped == 1)
        #expect(try reader.integer("SELECT COUNT(*) FROM articles") == 2)
        #expect(try reader.integer("SELECT COUNT(*) FROM money_mentions") == moneyBefore)
        #expect(try reader.integer("SELECT COUNT(*) FROM money_mentions WHERE surface = '육천억 원' AND amount_low = 600000000000") >= 1)
        #expect(try reader.integer("SELECT COUNT(*) FROM money_mentions WHERE surface = '오천억 원'") == 0)
        #expect(try String(contentsOfFile: articlesCSV, encoding: .utf8).contains("육천억 원"))

        // --full re-reads everything and still changes nothing.
        let full = try PipelineRunner(config: config, options: RunOptions(inputs: options.inputs, sqlitePath: options.sqlitePath, csvDirectory: options.csvDirectory, jobs: 2, full: true), logger: logger).run()
        #expect(full.filesSkipped == 0)
        #expect(full.articlesUnchanged == 2)
        #expect(try reader.isHealthy())
    }

    /// After an upgrade the first run reads every input again, as --full does: a newer knews
    /// analyses the same text differently, and its rows would otherwise keep the old analysis
    /// (no kind, no owner) for as long as their files stay unchanged.
    @Test func theFirstRunOfANewerKnewsReadsEveryInputAgain() throws {
        let folder = try TemporaryFolder()
        for name in ["article-2025062601.html", "article-2025062602.html"] {
            try folder.write("pages/" + name, try Data(contentsOf: KnewsProcess.packageRoot.appendingPathComponent("samples/seoul-techdaily/" + name)))
        }
        let config = try PipelineConfig.load(path: KnewsProcess.packageRoot.appendingPathComponent("pipeline.yml").path)
        let options = RunOptions(inputs: [folder.path + "/pages"], sqlitePath: folder.path + "/k.sqlite", csvDirectory: folder.path + "/csv", jobs: 1)
        let runner = PipelineRunner(config: config, options: options, logger: logger)
        #expect(try runner.run().articlesInserted == 2)
        #expect(try runner.run().filesSkipped == 2)

        // As if the runs so far had been made by an older knews.
        let database = try Database(path: folder.path + "/k.sqlite")
        try database.execute("UPDATE runs SET knews_version = '0.1.0'")
        let upgraded = try runner.run()
        #expect(upgraded.filesSkipped == 0)
        #expect(upgraded.documents == 2)
        // Once is enough: the next run skips again.
        #expect(try runner.run().filesSkipped == 2)
    }
}
