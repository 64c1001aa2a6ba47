import Foundation
import Logging
import Testing
@testable import Pipeline

/// The torture script's fuzz and hostile cases, small and seeded, as a test: a run over them
/// finishes, stays intact, and accounts for every file (an article or an input_errors row).
@Suite struct FuzzRunTests {
    /// SplitMix64: the same pages on every machine.
    struct Seeded: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static func samplePages() throws -> [[UInt8]] {
        let samples = KnewsProcess.packageRoot.appendingPathComponent("samples")
        let names = FileManager.default.enumerator(atPath: samples.path)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".html") }.sorted() ?? []
        return try names.map { try [UInt8](Data(contentsOf: samples.appendingPathComponent($0))) }
    }

    static func mutate(_ page: [UInt8], kind: Int, _ random: inout Seeded) -> [UInt8] {
        var data = page
        switch kind {
        case 0:
            for _ in 0..<Int.random(in: 1...200, using: &random) {
                data[Int.random(in: 0..<data.count, using: &random)] = UInt8.random(in: 0...255, using: &random)
            }
        case 1:
            data = Array(data[..<Int.random(in: 0..<data.count, using: &random)])
        case 2:
            let attributes = (0..<Int.random(in: 1000...5000, using: &random)).map { " x\($0)=1" }.joined()
            data.insert(contentsOf: Array("<span\(attributes)>".utf8), at: Int.random(in: 0..<data.count, using: &random))
        case 3:
            let depth = Int.random(in: 500...3000, using: &random)
            data.insert(contentsOf: Array(String(repeating: "<div><b>", count: depth).utf8), at: Int.random(in: 0..<data.count, using: &random))
        default:
            let start = Int.random(in: 0..<data.count, using: &random)
            let chunk = data[start..<min(data.count, start + Int.random(in: 1...300, using: &random))]
            for _ in 0..<Int.random(in: 10...500, using: &random) { data.append(contentsOf: chunk) }
        }
        return data
    }

    @Test func aRunOverFuzzedAndHostilePagesFinishesAndAccountsForEveryFile() throws {
        let folder = try TemporaryFolder()
        var random = Seeded(state: 20)
        let pages = try Self.samplePages()
        for index in 0..<40 {
            // A URL of its own, so no page is merged into another's article.
            let page = Array(String(decoding: pages[Int.random(in: 0..<pages.count, using: &random)], as: UTF8.self)
                .replacingOccurrences(of: "idxno=", with: "idxno=\(index)-")
                .replacingOccurrences(of: "/article/", with: "/article/\(index)-").utf8)
            try folder.write(String(format: "pages/fuzz-%03d.html", index), Data(Self.mutate(page, kind: index % 5, &random)))
        }
        let attributes = (0..<50_000).map { " data-a\($0)=\"v\"" }.joined()
        try folder.write("pages/hostile-attributes.html", "<html><body><div\(attributes)>x</div><p>누리시 발표</p></body></html>")
        try folder.write("pages/hostile-binary.html", Data((0..<100_000).map { _ in UInt8.random(in: 0...255, using: &random) }))
        try folder.write("pages/hostile-empty.html", Data())

        let config = try PipelineConfig.load(path: KnewsProcess.packageRoot.appendingPathComponent("pipeline.yml").path)
        let options = RunOptions(inputs: [folder.path + "/pages"], sqlitePath: folder.path + "/k.sqlite", csvDirectory: folder.path + "/csv", jobs: 2)
        let start = Date()
        let report = try PipelineRunner(config: config, options: options, logger: Logger(label: "t") { _ in SwiftLogNoOpLogHandler() }).run()
        #expect(Date().timeIntervalSince(start) < 60)
        #expect(report.filesSeen == 43)
        let reader = SQLiteReader(path: folder.path + "/k.sqlite")
        #expect(try reader.isHealthy())
        // Every file gave an article or a row saying why not.
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path + "/pages")
        let real = ExportState.realPath(folder.path + "/pages")
        let explained = Set(try reader.rows("SELECT input_path FROM articles UNION SELECT input_path FROM input_errors").map(\.[0].description))
        let silent = files.filter { !explained.contains(real + "/" + $0) }
        #expect(files.count == 43)
        #expect(silent.isEmpty, "\(silent)")
    }
}
