import Foundation
import Testing
@testable import Pipeline

/// A first load that fails on a full disk removes what it created (issue 20, item 10): a
/// `-wal` left behind kept the disk full and the next run failed the same way.
@Suite struct FirstLoadTests {
    @Test func aFirstLoadStoppedByAFileSizeLimitLeavesNoDatabaseOrLog() throws {
        let folder = try TemporaryFolder()
        let source = KnewsProcess.packageRoot.appendingPathComponent("samples").path
        let database = folder.path + "/out/k.sqlite"
        // RLIMIT_FSIZE stands in for a full disk: writes past 100 KB fail with EFBIG.
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "ulimit -f 100; trap '' XFSZ; exec \"$0\" \"$@\"", KnewsProcess.executable.path,
                             "run", "--config", KnewsProcess.packageRoot.appendingPathComponent("pipeline.yml").path,
                             "--input", source, "--sqlite", database, "--jobs", "2", "--quiet"]
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 2, "\(stderr)")
        for suffix in ["", "-wal", "-shm", "-journal"] {
            #expect(!FileManager.default.fileExists(atPath: database + suffix), "\(suffix) left behind")
        }
        // Without the limit the next run loads everything.
        let next = try KnewsProcess.run([
            "run", "--config", KnewsProcess.packageRoot.appendingPathComponent("pipeline.yml").path,
            "--input", source, "--sqlite", database, "--quiet",
        ])
        #expect(next.status == 0, "\(next.stderr)")
    }
}
