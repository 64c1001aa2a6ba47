import Foundation
import Testing
@testable import Pipeline

#if canImport(Glibc)
import Glibc
#endif

/// Every subcommand's exit status is the README's, and the inspection verbs go on past a bad
/// input (issue 20, items 9 and 11).
@Suite struct ExitStatusTests {
    static let config = KnewsProcess.packageRoot.appendingPathComponent("pipeline.yml").path
    static let page = KnewsProcess.packageRoot.appendingPathComponent("samples/hanbit-economy/article-2025060201.html").path

    @Test(arguments: [["run", "--jobs", "0"], ["--no-such-option"], ["run", "--max-error-rate", "2"], ["no-such-verb"]])
    func usageErrorsExitOne(_ arguments: [String]) throws {
        let result = try KnewsProcess.run(arguments)
        #expect(result.status == 1, "\(arguments): \(result.stderr)")
        #expect(!result.stderr.isEmpty)
    }

    @Test func helpStillExitsZero() throws {
        #expect(try KnewsProcess.run(["--help"]).status == 0)
    }

    @Test func extractReportsAMissingFileAndGoesOn() throws {
        let result = try KnewsProcess.run(["extract", "--config", Self.config, "/nonexistent/missing.html", Self.page])
        #expect(result.status == 3, "\(result.stderr)")
        #expect(result.stderr.contains("missing.html"))
        #expect(result.stdout.split(separator: "\n").count == 1, "the good page is still extracted")
    }

    @Test func normalizeGoesOnPastABadLineAndNamesAnUnreadableTime() throws {
        let input = """
            {"id": "a", "text": "예산 3억원", "published_at": "2025-06-27T17:12:00+09:00"}
            not json
            {"id": "c", "text": "어제 5천만 원을 냈다", "published_at": "yesterday-ish"}
            {"id": "d", "text": "10억 원"}
            """
        let result = try KnewsProcess.run(["normalize", "--jsonl"], stdin: input)
        #expect(result.status == 3)
        let ids = result.stdout.split(separator: "\n").compactMap { line in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["id"] as? String
        }
        #expect(ids == ["a", "c", "d"])
        #expect(result.stderr.contains("input line 2 is not a JSON object"))
        #expect(result.stderr.contains("input line 3: published_at \"yesterday-ish\""))
    }

    @Test func tagGoesOnPastABadLine() throws {
        let result = try KnewsProcess.run(["tag", "--jsonl"], stdin: "[1]\n{\"id\": \"b\", \"title\": \"\", \"body\": \"국토교통부는 밝혔다.\"}\n")
        #expect(result.status == 3)
        #expect(result.stdout.contains("\"b\""))
        #expect(result.stderr.contains("input line 1"))
    }

    @Test func aForeignDatabaseIsLeftByteIdenticalWithNoLockFile() throws {
        let folder = try TemporaryFolder()
        let database = folder.path + "/theirs.sqlite"
        let create = Process()
        create.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        create.arguments = ["python3", "-c", "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute('create table orders(id integer)'); c.execute('insert into orders values (1)'); c.commit()", database]
        try create.run()
        create.waitUntilExit()
        let before = try Data(contentsOf: URL(fileURLWithPath: database))
        let result = try KnewsProcess.run(["run", "--config", Self.config, "--sqlite", database, "--input", Self.page, "--quiet"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("not a knews database"), "\(result.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: database)) == before)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(names == ["theirs.sqlite"], "\(names)")
    }

    @Test func aGazetteerFolderAndAFIFOGetPlainMessages() throws {
        let folder = try TemporaryFolder()
        try FileManager.default.createDirectory(atPath: folder.path + "/orgs", withIntermediateDirectories: true)
        let config = try folder.write("pipeline.yml", "inputs: [pages]\ngazetteer: [orgs]\n")
        let validate = try KnewsProcess.run(["validate", "--config", config])
        #expect(validate.status == 1)
        #expect(validate.stdout.contains("is a folder"), "\(validate.stdout)")
        #expect(!validate.stdout.contains("NSCocoaErrorDomain"))

        let fifo = folder.path + "/pipe.html"
        #expect(mkfifo(fifo, 0o644) == 0)
        let extract = try KnewsProcess.run(["extract", fifo])
        #expect(extract.status == 3)
        #expect(extract.stderr.contains("is a FIFO"), "\(extract.stderr)")
    }
}
