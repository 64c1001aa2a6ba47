import Foundation
import Logging
import Pipeline

/// `knews-bench pipeline --config FILE --sqlite PATH [--csv-dir DIR | --no-csv] [--jobs N] [--full]`:
/// one real `knews run`, in-process, reported as one JSON object.
///
/// In-process so the stage seconds come straight from `RunReport` and peak RSS is the run's
/// own; the same code path as the CLI (`PipelineRunner`), with logging at warning so stderr
/// stays quiet. run_benchmark.py starts one process per measurement, so each figure gets a
/// fresh heap and its own peak RSS.
func runPipelineBenchmark(_ arguments: [String]) {
    let usage = "usage: knews-bench pipeline --config FILE --sqlite PATH [--csv-dir DIR | --no-csv] [--jobs N] [--full]"
    let parsed: BenchArguments
    let jobs: Int?
    do {
        parsed = try BenchArguments(arguments, valued: ["config", "sqlite", "csv-dir", "jobs"], flags: ["full", "no-csv"])
        jobs = try parsed.int("jobs")
    } catch {
        BenchOutput.fail("\(error)\n\(usage)")
    }
    guard let configPath = parsed.values["config"] else { BenchOutput.fail("missing --config\n\(usage)") }

    var config: PipelineConfig
    do {
        config = try PipelineConfig.load(path: configPath)
    } catch {
        BenchOutput.fail("\(error)")
    }
    if parsed.flags.contains("no-csv") {
        config.csvDirectory = nil
    }
    let options = RunOptions(
        sqlitePath: parsed.values["sqlite"], csvDirectory: parsed.values["csv-dir"], jobs: jobs,
        full: parsed.flags.contains("full"))
    let logger = Logger(label: "knews-bench") { LineLogHandler(label: $0, level: .warning) }
    let runner = PipelineRunner(config: config, options: options, logger: logger)

    let cpuStart = BenchOutput.processCPUSeconds()
    let start = DispatchTime.now().uptimeNanoseconds
    let report: RunReport
    do {
        report = try runner.run()
    } catch {
        BenchOutput.fail("the run failed: \(error)")
    }
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    let cpuSeconds = BenchOutput.processCPUSeconds() - cpuStart
    BenchOutput.printJSON(PipelineFigures(report: report, seconds: seconds, cpuSeconds: cpuSeconds,
                                          jobs: runner.jobs, csv: runner.csvDirectory != nil).json)
}
