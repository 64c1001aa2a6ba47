import Export
import Foundation
import Testing
@testable import Pipeline

/// The CSV folder always equals its database (issue 20, item 2; issue 18, item 5): after an
/// export killed once the database committed, a hand-edited or deleted file, leftover
/// temporary files, or a folder written from another database.
@Suite(.serialized) struct ExportStateTests {
    static let config = KnewsProcess.packageRoot.appendingPathComponent("pipeline.yml").path
    static let pages = KnewsProcess.packageRoot.appendingPathComponent("samples/hanbit-economy").path

    /// A folder of sample pages; `count` of them.
    static func pages(in folder: TemporaryFolder, count: Int) throws -> String {
        let names = try FileManager.default.contentsOfDirectory(atPath: pages).filter { $0.hasSuffix(".html") }.sorted()
        for name in names.prefix(count) {
            try folder.write("pages/" + name, try Data(contentsOf: URL(fileURLWithPath: pages + "/" + name)))
        }
        return folder.path + "/pages"
    }

    static func run(_ folder: TemporaryFolder, csv: String? = nil, environment: [String: String] = [:]) throws -> KnewsProcess.Result {
        try KnewsProcess.run([
            "run", "--config", config, "--input", folder.path + "/pages", "--sqlite", folder.path + "/k.sqlite",
            "--csv-dir", csv ?? folder.path + "/csv", "--jobs", "2", "--quiet",
        ], environment: environment)
    }

    /// Every CSV of `folder` byte for byte against a fresh export of `database`.
    static func expectFolderEqualsDatabase(_ folder: String, _ database: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let fresh = try TemporaryFolder()
        try CSVExporter().export(databaseAt: database, to: fresh.path)
        for name in CSVExporter.fileNames {
            let expected = try Data(contentsOf: URL(fileURLWithPath: fresh.path + "/" + name))
            let found = FileManager.default.contents(atPath: folder + "/" + name)
            #expect(found == expected, "\(name) differs from the database", sourceLocation: sourceLocation)
        }
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty, "left over: \(leftovers)", sourceLocation: sourceLocation)
        let manifest = try #require(CSVFolderManifest.read(in: folder), sourceLocation: sourceLocation)
        #expect(manifest.database == ExportState.realPath(database), sourceLocation: sourceLocation)
        for entry in manifest.files {
            let actual = CSVFolderManifest.entry(forFileAt: folder + "/" + entry.name, name: entry.name)
            #expect(actual == entry, sourceLocation: sourceLocation)
        }
    }

    @Test func anExportKilledAfterTheCommitIsRepairedByTheNextRun() throws {
        let folder = try TemporaryFolder()
        _ = try Self.pages(in: folder, count: 3)
        let first = try Self.run(folder)
        #expect(first.status == 0, "\(first.stderr)")
        try Self.expectFolderEqualsDatabase(folder.path + "/csv", folder.path + "/k.sqlite")

        // Two more pages; the process dies right after the commit, before any CSV.
        _ = try Self.pages(in: folder, count: 5)
        let killed = try Self.run(folder, environment: ["KNEWS_FAULT": "after-commit"])
        #expect(killed.status == 137)
        let reader = SQLiteReader(path: folder.path + "/k.sqlite")
        #expect(try reader.integer("SELECT count(*) FROM articles") == 5)
        let stale = try String(contentsOfFile: folder.path + "/csv/articles.csv", encoding: .utf8)
        #expect(stale.split(separator: "\r\n").count == 4, "the killed run wrote no CSV")
        // A half-written file of the kind a kill mid-export leaves.
        try folder.write("csv/.entities.csv.tmp", "id,na")

        // The next run changes no article, yet rewrites everything and removes the leftover.
        let next = try Self.run(folder)
        #expect(next.status == 0, "\(next.stderr)")
        #expect(try reader.integer("SELECT articles_inserted + articles_updated FROM runs ORDER BY run_id DESC LIMIT 1") == 0)
        try Self.expectFolderEqualsDatabase(folder.path + "/csv", folder.path + "/k.sqlite")
        #expect(try String(contentsOfFile: folder.path + "/csv/articles.csv", encoding: .utf8).split(separator: "\r\n").count == 6)
    }

    @Test func aQuietRunVerifiesTheUnchangedFilesAndRewritesAnEditedOne() throws {
        let folder = try TemporaryFolder()
        _ = try Self.pages(in: folder, count: 2)
        #expect(try Self.run(folder).status == 0)
        let articles = folder.path + "/csv/articles.csv"
        let before = try FileManager.default.attributesOfItem(atPath: articles)[.modificationDate] as? Date
        usleep(20_000)
        // Nothing changed and the folder matches: articles.csv is kept as it is.
        #expect(try Self.run(folder).status == 0)
        #expect(try FileManager.default.attributesOfItem(atPath: articles)[.modificationDate] as? Date == before)
        try Self.expectFolderEqualsDatabase(folder.path + "/csv", folder.path + "/k.sqlite")

        // Edited by hand (one byte), then deleted: both are rewritten from the database.
        var bytes = try Data(contentsOf: URL(fileURLWithPath: articles))
        bytes[bytes.count - 3] ^= 0x01
        try bytes.write(to: URL(fileURLWithPath: articles))
        #expect(try Self.run(folder).status == 0)
        try Self.expectFolderEqualsDatabase(folder.path + "/csv", folder.path + "/k.sqlite")
        try FileManager.default.removeItem(atPath: folder.path + "/csv/money_mentions.csv")
        #expect(try Self.run(folder).status == 0)
        try Self.expectFolderEqualsDatabase(folder.path + "/csv", folder.path + "/k.sqlite")
    }

    @Test func aFolderWrittenFromAnotherDatabaseIsReplacedWhole() throws {
        let one = try TemporaryFolder()
        let two = try TemporaryFolder()
        _ = try Self.pages(in: one, count: 4)
        _ = try Self.pages(in: two, count: 1)
        let shared = one.path + "/shared-csv"
        #expect(try Self.run(one, csv: shared).status == 0)
        #expect(try Self.run(two).status == 0)
        // The second database's next run, changing nothing, pointed at the first one's folder.
        let result = try Self.run(two, csv: shared)
        #expect(result.status == 0, "\(result.stderr)")
        try Self.expectFolderEqualsDatabase(shared, two.path + "/k.sqlite")
    }
}
