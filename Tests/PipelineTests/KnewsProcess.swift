import Foundation

/// Runs the real `knews` executable that `swift build` put next to the test bundle, so the
/// command-line contract (exit statuses, stderr lines, signals) is tested as cron sees it.
struct KnewsProcess {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var executable: URL {
        let besideTests = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let candidates = [
            besideTests.appendingPathComponent("knews"),
            besideTests.deletingLastPathComponent().appendingPathComponent("knews"),
            packageRoot.appendingPathComponent(".build/debug/knews"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[2]
    }

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static func run(
        _ arguments: [String], in directory: String? = nil, stdin: String? = nil, environment: [String: String] = [:]
    ) throws -> Result {
        let process = start(arguments, in: directory, environment: environment)
        let outPipe = Pipe()
        let errPipe = Pipe()
        let inPipe = Pipe()
        process.standardOutput = outPipe
        process.standardError = errPipe
        process.standardInput = inPipe
        try process.run()
        if let stdin {
            inPipe.fileHandleForWriting.write(Data(stdin.utf8))
        }
        try inPipe.fileHandleForWriting.close()
        // Read both pipes before waiting so a chatty child never blocks on a full pipe.
        let errText = LockedText()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            errText.append(String(decoding: errPipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self))
            group.leave()
        }
        let outData = outPipe.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus,
            stdout: String(decoding: outData, as: UTF8.self),
            stderr: errText.value)
    }

    static func start(_ arguments: [String], in directory: String? = nil, environment: [String: String] = [:]) -> Process {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        }
        if let directory {
            process.currentDirectoryURL = URL(fileURLWithPath: directory)
        }
        return process
    }
}
