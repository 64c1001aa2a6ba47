import Export
import Foundation
import Logging
@testable import Pipeline

/// One pipeline run over the bundled sample corpus, shared by the end-to-end tests: the
/// run is the expensive part, the assertions only read its outputs.
final class SampleRun: Sendable {
    static let shared = SampleRun()

    let folder: String
    let database: String
    let csvDirectory: String
    let first: Result<RunReport, PipelineError>
    let second: Result<RunReport, PipelineError>
    let firstDump: [String: [[SQLiteValue]]]

    private init() {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("knews-sample-\(UUID().uuidString)").path
        folder = base
        database = base + "/knews.sqlite"
        csvDirectory = base + "/csv"
        let config = try! PipelineConfig.load(path: KnewsProcess.packageRoot.appendingPathComponent("pipeline.yml").path)
        let logger = Logger(label: "knews-test") { _ in SwiftLogNoOpLogHandler() }
        let options = RunOptions(sqlitePath: database, csvDirectory: csvDirectory, jobs: 2)
        first = Result { () throws(PipelineError) in try PipelineRunner(config: config, options: options, logger: logger).run() }
        firstDump = (try? SQLiteReader(path: database).dump()) ?? [:]
        second = Result { () throws(PipelineError) in try PipelineRunner(config: config, options: options, logger: logger).run() }
    }

    var reader: SQLiteReader { SQLiteReader(path: database) }

    /// The samples folder as the run saw it (inputs are resolved against pipeline.yml's folder).
    static var samples: String {
        KnewsProcess.packageRoot.appendingPathComponent("samples").standardizedFileURL.path
    }
}
