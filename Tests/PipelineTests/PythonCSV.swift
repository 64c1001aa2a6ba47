import Foundation

/// Parses CSV files with Python's csv module: a standard parser, not our own writer's mirror.
enum PythonCSV {
    struct File {
        var bom: Bool
        var crlf: Bool
        var rows: [[String]]
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static func run(script: String, argument: String) throws -> [String: File] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, argument]
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let errorText = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0,
              let object = try JSONSerialization.jsonObject(with: data) as? [String: [String: Any]] else {
            throw Failure(description: "python3 failed: \(errorText)")
        }
        var files: [String: File] = [:]
        for (name, value) in object {
            files[name] = File(
                bom: value["bom"] as? Bool ?? false, crlf: value["crlf"] as? Bool ?? false,
                rows: value["rows"] as? [[String]] ?? [])
        }
        return files
    }
}
