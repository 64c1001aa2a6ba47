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

    /// The manifest's row count skips eight bytes at a time: quotes and line feeds at every
    /// offset of a word, CRLF inside quotes, a lone LF, and a CR and LF split across two
    /// of its 1 MiB reads must count as the byte-by-byte rule does.
    @Test func theManifestCountsRecordsAsTheBytesSayAtAnyOffset() throws {
        let folder = try TemporaryFolder()
        var text = "a,b\r\n"
        var expected = 0
        for k in 0..<40 {
            text += String(repeating: "x", count: k % 9) + "\"q\r\nq\",\"\"" + String(repeating: "가", count: k % 5) + "\r\n"
            expected += 1
            if k % 7 == 0 { text += "lone\nfeed\r\n"; expected += 1 }
        }
        var bytes = Array(text.utf8)
        // A record whose CR ends the first read and whose LF starts the second.
        bytes += [UInt8](repeating: 0x79, count: (1 << 20) - 1 - bytes.count) + [0x0D, 0x0A] + Array("z\r\n".utf8)
        expected += 2
        _ = try folder.write("t.csv", Data(bytes))
        let entry = try #require(CSVFolderManifest.entry(forFileAt: folder.path + "/t.csv", name: "t.csv"))
        #expect(entry.rows == expected)
        #expect(entry.bytes == bytes.count)
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

    /// `csv: {split_by: month}`: the monthly partitions are in the manifest too, so a quiet run
    /// that finds one edited rewrites the folder, and leftover partition temp files go.
    @Test func monthlyPartitionsAreVerifiedLikeTheWholeFiles() throws {
        let folder = try TemporaryFolder()
        _ = try Self.pages(in: folder, count: 3)
        try folder.write("split.yml", Data("""
            inputs: [pages]
            output: {sqlite: k.sqlite, csv_dir: csv}
            csv: {split_by: month}
            """.utf8))
        let arguments = ["run", "--config", folder.path + "/split.yml", "--jobs", "1", "--quiet"]
        #expect(try KnewsProcess.run(arguments).status == 0)
        let monthly = folder.path + "/csv/" + CSVExporter.monthlyFolder
        let month = try #require(try FileManager.default.contentsOfDirectory(atPath: monthly).sorted().first)
        let part = monthly + "/" + month + "/articles.csv"
        let manifest = try String(contentsOfFile: folder.path + "/csv/manifest.json", encoding: .utf8)
        #expect(manifest.contains(CSVExporter.monthlyFolder + "/" + month + "/articles.csv"))

        let fresh = try TemporaryFolder()
        try CSVExporter(options: CSVOptions(splitByMonth: true)).export(databaseAt: folder.path + "/k.sqlite", to: fresh.path)
        let expected = try Data(contentsOf: URL(fileURLWithPath: fresh.path + "/" + CSVExporter.monthlyFolder + "/" + month + "/articles.csv"))
        var bytes = try Data(contentsOf: URL(fileURLWithPath: part))
        #expect(bytes == expected)
        bytes[bytes.count - 3] ^= 0x01
        try bytes.write(to: URL(fileURLWithPath: part))
        try Data("half".utf8).write(to: URL(fileURLWithPath: monthly + "/" + month + "/.articles.csv.tmp"))
        #expect(try KnewsProcess.run(arguments).status == 0)
        #expect(FileManager.default.contents(atPath: part) == expected)
        #expect(!FileManager.default.fileExists(atPath: monthly + "/" + month + "/.articles.csv.tmp"))
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

/// One file is one input whatever its spelling (issue 20, item 3).
@Suite struct InputSpellingTests {
    @Test func theSameFilesUnderTwoSpellingsAndALinkGiveNoDuplicates() throws {
        let folder = try TemporaryFolder()
        // Invented pages without a canonical link: their URL is file:<path>#0.
        for index in 1...3 {
            let paragraphs = (1...6).map { part in
                "<p>한빛시는 \(index)일 내년 예산으로 \(part)천억 원을 편성했다고 밝혔다. 시의회는 다음 달 심사에 들어가며 도로 정비와 복지 사업, 청년 일자리 사업이 포함됐다고 설명했다.</p>"
            }
            try folder.write("corpus/day\(index).html", """
                <html><head><title>한빛시 예산 \(index)차 발표</title></head><body><article>
                <h1>한빛시 예산 \(index)차 발표</h1>
                \(paragraphs.joined(separator: "\n"))
                </article></body></html>
                """)
        }
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/link", withDestinationPath: folder.path + "/corpus")
        let database = folder.path + "/out/k.sqlite"
        let config = KnewsProcess.packageRoot.appendingPathComponent("pipeline.yml").path
        for spelling in [folder.path + "/corpus", "corpus", "./corpus//", folder.path + "/link", "link/*.html", folder.path + "/corpus/../corpus"] {
            let result = try KnewsProcess.run(
                ["run", "--config", config, "--input", spelling, "--sqlite", database, "--csv-dir", folder.path + "/out/csv",
                 "--quiet", "--full"], in: folder.path)
            #expect(result.status == 0, "\(spelling): \(result.stderr)")
        }
        let reader = SQLiteReader(path: database)
        #expect(try reader.integer("SELECT count(*) FROM articles") == 3)
        #expect(try reader.integer("SELECT count(*) FROM inputs") == 3)
        let real = ExportState.realPath(folder.path + "/corpus")
        #expect(try reader.integer("SELECT count(*) FROM articles WHERE url LIKE 'file:\(real)/day%.html#0'") == 3)
    }

    @Test func aSymlinkToTheDatabaseSharesItsLock() throws {
        let folder = try TemporaryFolder()
        try FileManager.default.createDirectory(atPath: folder.path + "/real", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/alias", withDestinationPath: folder.path + "/real")
        #expect(RunLock.path(forDatabase: folder.path + "/alias/k.sqlite") == RunLock.path(forDatabase: folder.path + "/real/k.sqlite"))
        let held = try RunLock(path: RunLock.path(forDatabase: folder.path + "/real/k.sqlite"))
        let result = try KnewsProcess.run([
            "run", "--config", KnewsProcess.packageRoot.appendingPathComponent("pipeline.yml").path,
            "--sqlite", folder.path + "/alias/k.sqlite", "--quiet",
        ])
        withExtendedLifetime(held) {}
        #expect(result.status == 75, "\(result.stderr)")
    }
}
