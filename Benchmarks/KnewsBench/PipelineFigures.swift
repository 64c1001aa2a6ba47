import Pipeline

/// The figures of one pipeline run, in the shape run_benchmark.py reads.
struct PipelineFigures {
    let report: RunReport
    /// Wall time of `PipelineRunner.run()` as seen from outside, config loading excluded.
    let seconds: Double
    /// CPU seconds of all threads over the same span: on a shared machine, wall time says how
    /// much of a core the run got as much as how fast it is.
    let cpuSeconds: Double
    let jobs: Int
    let csv: Bool

    /// Stage seconds are summed over threads, so with several jobs they exceed wall time;
    /// the shares say where the CPU went, not how long the run took.
    var stages: [(String, Double)] {
        let s = report.stageSeconds
        return [("read", s.read), ("extract", s.extract), ("normalize", s.normalize), ("tag", s.tag),
                ("write", s.write), ("csv", s.csv)]
    }

    var json: [String: Any] {
        let total = stages.reduce(0) { $0 + $1.1 }
        var stageSeconds: [String: Any] = [:]
        var stageShares: [String: Any] = [:]
        for (name, value) in stages {
            stageSeconds[name] = BenchOutput.round(value)
            stageShares[name] = BenchOutput.round(total > 0 ? value / total : 0, 4)
        }
        let pages = report.documents
        return [
            "benchmark": "pipeline",
            "jobs": jobs,
            "csv": csv,
            "pages": pages,
            "articles": report.articles,
            "articles_inserted": report.articlesInserted,
            "articles_updated": report.articlesUpdated,
            "articles_unchanged": report.articlesUnchanged,
            "pages_without_article": report.pagesWithoutArticle,
            "files_seen": report.filesSeen,
            "files_skipped": report.filesSkipped,
            "input_errors": report.inputErrors,
            "input_warnings": report.inputWarnings,
            "money_mentions": report.moneyMentions,
            "date_mentions": report.dateMentions,
            "entity_mentions": report.entityMentions,
            "bytes": report.bytesRead,
            "seconds": BenchOutput.round(seconds),
            "pages_per_s": BenchOutput.round(Double(pages) / max(seconds, 1e-9), 1),
            "cpu_seconds": BenchOutput.round(cpuSeconds),
            "pages_per_cpu_s": BenchOutput.round(Double(pages) / max(cpuSeconds, 1e-9), 1),
            "mb_per_s": BenchOutput.round(Double(report.bytesRead) / 1e6 / max(seconds, 1e-9), 2),
            "stage_seconds": stageSeconds,
            "stage_shares": stageShares,
            "peak_rss_mb": BenchOutput.round(BenchOutput.peakRSSMegabytes(), 1),
        ]
    }
}
