import Export
import Foundation

/// `knews-bench csv-export DB DIR [--runs N]`: the CSV stage alone, rerun on one database.
///
/// The stage rereads every table, so its cost follows the database, not the run that
/// filled it; timing it apart from a pipeline run shows changes to the export itself.
/// One thread, like `--jobs 1`; the figure is the median of the runs' CPU seconds.
func runCSVExportBenchmark(_ arguments: [String]) {
    let usage = "usage: knews-bench csv-export DB DIR [--runs N]"
    let parsed: BenchArguments
    let runs: Int
    do {
        parsed = try BenchArguments(arguments, valued: ["runs"], flags: [])
        runs = try parsed.int("runs") ?? 3
    } catch {
        BenchOutput.fail("\(error)\n\(usage)")
    }
    guard parsed.positional.count == 2 else { BenchOutput.fail(usage) }
    let database = parsed.positional[0], directory = parsed.positional[1]
    var cpu: [Double] = []
    var wall: [Double] = []
    for _ in 0..<runs {
        let cpuStart = BenchOutput.processCPUSeconds()
        let wallStart = Date()
        do {
            try CSVExporter().export(databaseAt: database, to: directory, threads: 1)
        } catch {
            BenchOutput.fail("\(error)")
        }
        cpu.append(BenchOutput.processCPUSeconds() - cpuStart)
        wall.append(Date().timeIntervalSince(wallStart))
    }
    let bytes = CSVExporter.fileNames.reduce(0) { total, name in
        let size = (try? FileManager.default.attributesOfItem(atPath: directory + "/" + name)[.size] as? Int) ?? 0
        return total + size
    }
    let medianCPU = cpu.sorted()[cpu.count / 2]
    BenchOutput.printJSON([
        "benchmark": "csv-export",
        "bytes": bytes,
        "cpu_seconds_runs": cpu.map { BenchOutput.round($0) },
        "wall_seconds_runs": wall.map { BenchOutput.round($0) },
        "cpu_median_mb_per_s": BenchOutput.round(Double(bytes) / 1e6 / max(medianCPU, 1e-9), 1),
    ])
}
