import Foundation
import Testing
@testable import Pipeline

#if canImport(Glibc)
import Glibc
#endif

/// The `knews` binary as cron runs it: exit statuses, the lock, and a `kill -9` mid-run.
@Suite(.serialized) struct CommandLineTests {
    static let samples = KnewsProcess.packageRoot.appendingPathComponent("samples").path
    static let config = KnewsProcess.packageRoot.appendingPathComponent("pipeline.yml").path

    /// `knews extract --explain` prints, per page, the candidates and the winner before the
    /// same JSON line `extract` prints.
    @Test func extractExplainShowsCandidatesThenTheRecord() throws {
        let page = KnewsProcess.packageRoot.appendingPathComponent("samples/seoul-techdaily/article-2025062001.html").path
        let plain = try KnewsProcess.run(["extract", page], in: NSTemporaryDirectory())
        let explained = try KnewsProcess.run(["extract", "--explain", page], in: NSTemporaryDirectory())
        #expect(plain.status == 0 && explained.status == 0)
        let lines = explained.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "== " + page)
        #expect(lines.contains { $0.hasPrefix("  title candidate") && $0.contains("chosen") })
        #expect(lines.contains { $0.hasPrefix("  body:") })
        // Every field ends with its winner and a reason, also a field nothing was found for.
        for field in ["title", "published_at", "author", "body"] {
            #expect(lines.contains { $0.hasPrefix("  winner \(field): ") && $0.hasSuffix(")") && !$0.hasSuffix("()") }, "no winner line for \(field)")
        }
        func object(_ line: String?) throws -> NSDictionary? {
            try line.flatMap { try JSONSerialization.jsonObject(with: Data($0.utf8)) as? NSDictionary }
        }
        let record = try object(lines.last)
        let expected = try object(plain.stdout.split(separator: "\n").map(String.init).last)
        #expect(record != nil && record == expected)
    }

    /// `knews tag --jsonl` runs the run-level pass as `knews run` does: a company admitted in
    /// one line by its `(주)` marker is found bare in another, once, with its entity.
    @Test func tagLinesShareWhatOneLineDiscovered() throws {
        let input = #"{"id":"a","title":"","body":"물류 기업 (주)다솔별은 15일 창고 자동화 AI를 공개했다."}"# + "\n"
            + #"{"id":"b","title":"","body":"창고 자동화 시장에서 다솔별과 대형 물류사의 경쟁이 치열하다."}"# + "\n"
        let result = try KnewsProcess.run(["tag", "--jsonl"], in: NSTemporaryDirectory(), stdin: input)
        #expect(result.status == 0)
        let records = try result.stdout.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        let second = try #require(records.last)
        let mentions = try #require(second["mentions"] as? [[String: Any]])
        #expect(mentions.map { $0["name"] as? String } == ["다솔별"])
        #expect(mentions.map { $0["start"] as? Int } == [12])
        let entities = try #require(second["entities"] as? [[String: Any]])
        #expect(entities.map { $0["name"] as? String } == ["다솔별"])
    }

    /// `knews tag --jsonl` gives each organization's country, as `entities.country` stores it:
    /// the same words name a Korean or a foreign body.
    @Test func tagLinesCarryEachOrganizationsCountry() throws {
        let result = try KnewsProcess.run(
            ["tag", "--jsonl"], in: NSTemporaryDirectory(),
            stdin: #"{"id":"c1","title":"","body":"미 국방부와 국방부가 공동 연구를 한다."}"# + "\n")
        #expect(result.status == 0)
        let line = try #require(result.stdout.split(separator: "\n").first)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        let entities = try #require(object["entities"] as? [[String: Any]])
        let country = Dictionary(uniqueKeysWithValues: entities.map { ($0["name"] as? String ?? "", $0["country"] as? String) })
        #expect(country["미국 국방부"] == "US")
        #expect(country["국방부"] == "KR")
    }

    @Test func versionPrintsTheVersion() throws {
        let result = try KnewsProcess.run(["--version"])
        #expect(result.status == 0)
        #expect(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == KnewsVersion.current)
    }

    @Test func validateAcceptsTheBundledConfig() throws {
        let result = try KnewsProcess.run(["validate", "--config", Self.config])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("ok"))
    }

    @Test func validateNamesTheSiteAndFieldOfABadXPath() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("pipeline.yml", """
            inputs: [pages]
            sites:
              - name: broken-site
                match: "*.html"
                title: "//h1["
                body: "//p"
            """)
        try folder.write("pages/a.html", "<html><body><h1>x</h1></body></html>")
        let result = try KnewsProcess.run(["validate", "--config", path])
        #expect(result.status == 1)
        #expect(result.stdout.contains("broken-site"))
        #expect(result.stdout.contains("title"))
    }

    @Test func aConfigErrorExitsOneWithOneLine() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("pipeline.yml", "inputs: [pages]\nouptut: {}\n")
        let result = try KnewsProcess.run(["run", "--config", path])
        #expect(result.status == 1)
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(result.stderr.contains("unknown key 'ouptut'"))
    }

    @Test func anUnwritableOutputExitsTwo() throws {
        let folder = try TemporaryFolder()
        let blocker = try folder.write("not-a-folder", "a file where a folder should be")
        let result = try KnewsProcess.run([
            "run", "--config", Self.config, "--sqlite", blocker + "/knews.sqlite", "--quiet",
        ])
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.contains("cannot write output"))
    }

    @Test func aSecondRunWhileOneHoldsTheLockExits75AndTouchesNothing() throws {
        let folder = try TemporaryFolder()
        let database = folder.path + "/out/knews.sqlite"
        try FileManager.default.createDirectory(atPath: folder.path + "/out", withIntermediateDirectories: true)
        let held = try RunLock(path: database + ".lock")
        let result = try KnewsProcess.run([
            "run", "--config", Self.config, "--sqlite", database, "--csv-dir", folder.path + "/out/csv",
        ])
        withExtendedLifetime(held) {}
        #expect(result.status == 75)
        #expect(result.stderr.contains("another knews run holds the lock"))
        #expect(!FileManager.default.fileExists(atPath: database))
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/out/csv"))
    }

    /// A lock file deleted while a run holds it (a cleanup job, by hand) lets a second run
    /// take a fresh one; the first run's flock on the database file itself still keeps that
    /// run out, both during the first run's transaction and during its CSV export.
    @Test func aDeletedLockFileStillKeepsASecondRunOutUntilTheExportEnds() throws {
        let folder = try TemporaryFolder()
        let database = folder.path + "/out/knews.sqlite"
        let csv = folder.path + "/out/csv"
        let big = folder.path + "/big"
        for copy in 0..<10 {
            try FileManager.default.copyItem(atPath: Self.samples, toPath: "\(big)/copy\(copy)")
        }
        let first = KnewsProcess.start([
            "run", "--config", Self.config, "--input", big,
            "--sqlite", database, "--csv-dir", csv, "--jobs", "1", "--verbose",
        ], environment: ["KNEWS_PAUSE": "after-commit", "KNEWS_PAUSE_SECONDS": "8"])
        let stderr = Pipe()
        first.standardError = stderr
        first.standardOutput = FileHandle.nullDevice
        let seen = LockedText()
        stderr.fileHandleForReading.readabilityHandler = { handle in
            seen.append(String(decoding: handle.availableData, as: UTF8.self))
        }
        try first.run()
        defer { if first.isRunning { first.terminate() } }
        func second() throws -> KnewsProcess.Result {
            unlink(database + ".lock")
            return try KnewsProcess.run([
                "run", "--config", Self.config, "--input", Self.samples,
                "--sqlite", database, "--csv-dir", folder.path + "/other-csv", "--quiet",
            ])
        }
        func wait(for text: String) {
            let deadline = Date().addingTimeInterval(120)
            while !seen.value.contains(text) && first.isRunning && Date() < deadline {
                usleep(20_000)
            }
        }

        // Inside the first run's transaction.
        wait(for: "read ")
        #expect(first.isRunning)
        let during = try second()
        #expect(during.status == 75, "\(during.stderr)")
        #expect(during.stderr.contains("another knews run holds the lock"))

        // After its commit, before and during its CSV export.
        wait(for: "paused at after-commit")
        #expect(first.isRunning)
        let exporting = try second()
        #expect(first.isRunning, "the first run ended before the second one was refused: raise KNEWS_PAUSE_SECONDS")
        #expect(exporting.status == 75, "\(exporting.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/other-csv"))

        first.waitUntilExit()
        stderr.fileHandleForReading.readabilityHandler = nil
        #expect(first.terminationStatus == 0, "\(seen.value.suffix(2000))")
        // Its lock released, the next run goes ahead and sees the first run's articles.
        let after = try second()
        #expect(after.status == 0, "\(after.stderr)")
        let reader = SQLiteReader(path: database)
        #expect(try reader.integer("SELECT count(*) FROM runs WHERE status = 'success'") == 2)
        #expect(try reader.isHealthy())
    }

    @Test func badInputsAreRecordedAndOnlyFailTheRunPastTheErrorRate() throws {
        let folder = try TemporaryFolder()
        let good = try String(contentsOfFile: Self.samples + "/seoul-techdaily/article-2025062601.html", encoding: .utf8)
        try folder.write("pages/good.html", good)
        try folder.write("pages/empty.html", "")
        try folder.write("pages/binary.html", Data([0x00, 0x01, 0x02, 0xFF, 0x00, 0x13, 0x37]))
        try folder.write("pages/truncated.html.gz", Data([0x1F, 0x8B, 0x08, 0x00, 0x00]))
        let database = folder.path + "/out/knews.sqlite"
        let tolerant = try KnewsProcess.run([
            "run", "--config", Self.config, "--input", folder.path + "/pages",
            "--sqlite", database, "--csv-dir", folder.path + "/out/csv",
        ])
        #expect(tolerant.status == 0, "\(tolerant.stderr)")
        let reader = SQLiteReader(path: database)
        #expect(try reader.integer("SELECT COUNT(*) FROM articles") == 1)
        let errors = try reader.rows("SELECT input_path, stage, message FROM input_errors WHERE severity = 'error' ORDER BY input_path")
        #expect(errors.count == 3)
        #expect(errors.allSatisfy { !($0[2].textValue ?? "").isEmpty })
        #expect(try reader.integer("SELECT input_errors FROM runs WHERE run_id = 1") == 3)
        // Every bad file is reported on stderr with its path, and the run says how it ended.
        #expect(tolerant.stderr.contains("empty.html") && tolerant.stderr.contains("binary.html") && tolerant.stderr.contains("truncated.html.gz"))
        #expect(tolerant.stderr.contains("1 new"))

        let strict = try KnewsProcess.run([
            "run", "--config", Self.config, "--input", folder.path + "/pages",
            "--sqlite", database, "--csv-dir", folder.path + "/out/csv", "--max-error-rate", "0.5",
        ])
        #expect(strict.status == 3, "\(strict.stderr)")
        #expect(strict.stderr.contains("--max-error-rate"))
        #expect(try reader.text("SELECT status FROM runs WHERE run_id = 2") == "failed")
        // Unreadable files are retried by the next run, readable ones are not.
        #expect(try reader.integer("SELECT COUNT(*) FROM inputs") == 1)
        #expect(try reader.isHealthy())
    }

    @Test func killNineMidRunLeavesThePreviousDatabaseAndCSVsIntact() throws {
        let folder = try TemporaryFolder()
        let database = folder.path + "/out/knews.sqlite"
        let csv = folder.path + "/out/csv"
        let first = try KnewsProcess.run([
            "run", "--config", Self.config, "--input", Self.samples,
            "--sqlite", database, "--csv-dir", csv, "--jobs", "1", "--quiet",
        ])
        #expect(first.status == 0, "\(first.stderr)")
        let reader = SQLiteReader(path: database)
        let before = try reader.dump()
        let csvBefore = try csvSnapshot(csv)
        #expect(try reader.integer("SELECT COUNT(*) FROM articles") > 0)

        // A corpus large enough that the run is still writing when it is killed.
        let big = folder.path + "/big"
        for copy in 0..<40 {
            try FileManager.default.copyItem(atPath: Self.samples, toPath: "\(big)/copy\(copy)")
        }
        let process = KnewsProcess.start([
            "run", "--config", Self.config, "--input", big,
            "--sqlite", database, "--csv-dir", csv, "--jobs", "1", "--verbose",
        ])
        let stderr = Pipe()
        process.standardError = stderr
        process.standardOutput = FileHandle.nullDevice
        let seen = LockedText()
        stderr.fileHandleForReading.readabilityHandler = { handle in
            seen.append(String(decoding: handle.availableData, as: UTF8.self))
        }
        try process.run()
        // Kill once the run has written articles inside its transaction.
        let deadline = Date().addingTimeInterval(60)
        while seen.count(of: "read ") < 40 && process.isRunning && Date() < deadline {
            usleep(20_000)
        }
        let wasRunning = process.isRunning
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        stderr.fileHandleForReading.readabilityHandler = nil
        #expect(wasRunning, "the run finished before it could be killed; make the corpus larger")
        #expect(process.terminationReason == .uncaughtSignal)

        #expect(try reader.isHealthy())
        #expect(try reader.dump() == before)
        #expect(try csvSnapshot(csv) == csvBefore)
        #expect(try reader.text("SELECT status FROM runs ORDER BY run_id DESC LIMIT 1") == "running")

        let next = try KnewsProcess.run([
            "run", "--config", Self.config, "--input", big,
            "--sqlite", database, "--csv-dir", csv, "--jobs", "2", "--quiet",
        ])
        #expect(next.status == 0, "\(next.stderr)")
        #expect(try reader.isHealthy())
        #expect(try reader.text("SELECT status FROM runs WHERE run_id = 2") == "aborted")
        #expect(try reader.text("SELECT status FROM runs ORDER BY run_id DESC LIMIT 1") == "success")
        #expect(try reader.integer("SELECT COUNT(*) FROM inputs") > Int64(before["inputs"]?.count ?? 0))
    }

    private func csvSnapshot(_ directory: String) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: directory) where name.hasSuffix(".csv") {
            // runs.csv grows with every run by design; the data tables must not change.
            if name == "runs.csv" { continue }
            files[name] = try Data(contentsOf: URL(fileURLWithPath: directory + "/" + name))
        }
        return files
    }
}

/// Text appended from a pipe's handler thread and read from the test's thread.
final class LockedText: @unchecked Sendable {
    private let lock = NSLock()
    private var text = ""

    func append(_ more: String) {
        lock.lock()
        text += more
        lock.unlock()
    }

    var value: String {
        lock.lock()
        defer { lock.unlock() }
        return text
    }

    func count(of needle: String) -> Int {
        lock.lock()
        defer { lock.unlock() }
        return text.components(separatedBy: needle).count - 1
    }
}
