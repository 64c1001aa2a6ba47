import Foundation
import Testing
@testable import Pipeline

#if canImport(Glibc)
import Glibc
#endif

/// SIGTERM, SIGINT and SIGHUP stop a run in order (issue 20, item 10): rolled back, `aborted`
/// with the signal's name, one line on stderr, exit 128 + the signal.
@Suite(.serialized) struct SignalTests {
    static let config = KnewsProcess.packageRoot.appendingPathComponent("pipeline.yml").path

    /// Enough pages that a debug build is still working a moment after the run starts.
    static func corpus(in folder: TemporaryFolder, copies: Int) throws {
        let source = KnewsProcess.packageRoot.appendingPathComponent("samples/hanbit-economy").path
        let names = try FileManager.default.contentsOfDirectory(atPath: source).filter { $0.hasSuffix(".html") }
        for name in names {
            let page = try String(contentsOfFile: source + "/" + name, encoding: .utf8)
            for copy in 0..<copies {
                // A distinct canonical URL per copy: each is a new article to save.
                let distinct = page.replacingOccurrences(of: "idxno=", with: "idxno=\(copy)-")
                try folder.write("pages/\(copy)/\(name)", distinct)
            }
        }
    }

    func stop(with signal: Int32, name: String) throws {
        let folder = try TemporaryFolder()
        try Self.corpus(in: folder, copies: 300)
        let database = folder.path + "/k.sqlite"
        let process = KnewsProcess.start([
            "run", "--config", Self.config, "--input", folder.path + "/pages", "--sqlite", database,
            "--csv-dir", folder.path + "/csv", "--jobs", "2", "--quiet",
        ])
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = Pipe()
        try process.run()
        // Wait for the run's `running` row (committed when the run begins), then a moment more.
        let reader = SQLiteReader(path: database)
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline {
            if FileManager.default.fileExists(atPath: database),
               (try? reader.integer("SELECT count(*) FROM runs WHERE status = 'running'")) == 1 { break }
            usleep(20_000)
        }
        usleep(300_000)
        #expect(process.isRunning, "the run ended before the signal; the corpus is too small")
        kill(process.processIdentifier, signal)
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()

        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 128 + signal, "\(stderr)")
        let lines = stderr.split(separator: "\n")
        #expect(lines.count == 1, "\(stderr)")
        #expect(stderr.contains("stopped by \(name)"))
        let run = try reader.rows("SELECT status, message FROM runs")
        #expect(run.count == 1)
        #expect(run.first?[0] == .text("aborted"))
        #expect(run.first?[1].description.contains(name) == true)
        #expect(try reader.integer("SELECT count(*) FROM articles") == 0, "the run's writes were rolled back")
        #expect(try reader.isHealthy())
        let leftovers = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path + "/csv")) ?? [])
            .filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)

        // The next run is not bothered: it loads what it is given.
        let next = try KnewsProcess.run([
            "run", "--config", Self.config, "--input", folder.path + "/pages/0", "--sqlite", database,
            "--csv-dir", folder.path + "/csv", "--jobs", "2", "--quiet",
        ])
        #expect(next.status == 0, "\(next.stderr)")
        #expect(try reader.integer("SELECT count(*) FROM runs WHERE status = 'aborted'") == 1)
        #expect(try reader.integer("SELECT count(*) FROM articles") > 0)
    }

    @Test func sigtermMidRunAbortsTheRunAndExits143() throws {
        try stop(with: SIGTERM, name: "SIGTERM")
    }

    @Test func sigintAndSighupToo() throws {
        try stop(with: SIGINT, name: "SIGINT")
        try stop(with: SIGHUP, name: "SIGHUP")
    }
}
