import Export

/// What one run did, for the closing log line, the benchmark and the tests.
public struct RunReport: Sendable, Equatable {
    public var runID: Int64 = 0
    public var filesSeen = 0
    /// Unchanged since the last successful run (size and mtime, or content hash).
    public var filesSkipped = 0
    public var documents = 0
    public var bytesRead: Int64 = 0
    public var articlesInserted = 0
    public var articlesUpdated = 0
    public var articlesUnchanged = 0
    /// Pages that parsed but held no article (404 pages, index pages without a profile).
    public var pagesWithoutArticle = 0
    public var skippedRecords = 0
    public var inputErrors = 0
    public var inputWarnings = 0
    /// `지난 20일` and the like in articles with no publish time: skipped, never guessed.
    public var skippedRelativeDates = 0
    public var moneyMentions = 0
    public var dateMentions = 0
    public var entityMentions = 0
    public var seconds = 0.0
    /// Seconds spent in each stage, summed over threads (so they can exceed wall time).
    public var stageSeconds = StageSeconds()
    /// Errors and warnings recorded by this run, by stage (`read`, `extract`, `health`…).
    public var issuesByStage: [String: StageIssues] = [:]
    /// Field health of every source this run read, by source name.
    public var sourceHealth: [SourceHealth] = []
    /// The field health warnings (also in `input_errors`, stage `health`).
    public var healthWarnings: [String] = []

    public struct StageIssues: Sendable, Equatable {
        public var errors = 0
        public var warnings = 0
    }

    public init() {}

    public var articles: Int { articlesInserted + articlesUpdated + articlesUnchanged }

    /// The closing one-line summary of a run.
    public var summaryLine: String {
        "run \(runID): \(filesSeen) files (\(filesSkipped) unchanged, skipped), \(documents) pages, "
            + "\(articlesInserted) new, \(articlesUpdated) updated, \(articlesUnchanged) unchanged articles, "
            + "\(inputErrors) errors, \(inputWarnings) warnings, \(String(format2(seconds))) s"
            + (skippedRelativeDates > 0
                ? "; \(skippedRelativeDates) relative dates skipped (articles without a publish time)" : "")
    }
}

extension RunReport {
    /// Sources listed by name in the summary; the rest are counted (all are in `source_health`).
    static let summarySources = 20

    /// The lines after `summaryLine` that tell a person where to look: errors and warnings by
    /// stage with the query that lists them, and the field health of the sources read.
    func summaryDetails(databasePath: String) -> [String] {
        var lines: [String] = []
        let stages = issuesByStage.keys.sorted()
        if !stages.isEmpty {
            func byStage(_ count: (StageIssues) -> Int) -> String {
                let parts = stages.compactMap { stage in
                    count(issuesByStage[stage]!) > 0 ? "\(stage) \(count(issuesByStage[stage]!))" : nil
                }
                return parts.isEmpty ? "none" : parts.joined(separator: ", ")
            }
            lines.append("run \(runID): errors by stage: \(byStage(\.errors)); warnings by stage: \(byStage(\.warnings))")
            lines.append("run \(runID): list them with: sqlite3 '\(databasePath)' \"SELECT severity, stage, input_path, message FROM input_errors WHERE run_id = \(runID) ORDER BY severity, stage, error_id\"")
        }
        if !sourceHealth.isEmpty {
            let warned = Set(healthWarnings.compactMap { warning -> String? in
                guard let start = warning.firstIndex(of: "\""),
                      let end = warning[warning.index(after: start)...].firstIndex(of: "\"") else { return nil }
                return String(warning[warning.index(after: start)..<end])
            })
            // Sources with a warning first, then the largest.
            let ordered = sourceHealth.sorted { a, b in
                let (wa, wb) = (warned.contains(a.source), warned.contains(b.source))
                if wa != wb { return wa }
                if a.articles != b.articles { return a.articles > b.articles }
                return a.source < b.source
            }
            lines.append("run \(runID): field health (share of articles with title, body, published, author):")
            for row in ordered.prefix(RunReport.summarySources) {
                let fields = SourceHealth.Field.allCases.map { "\($0.rawValue) \(percent(row.share($0)))" }
                lines.append("  \(row.source): \(row.articles) articles, " + fields.joined(separator: ", ")
                    + (warned.contains(row.source) ? "  <- dropped, see the warning above" : ""))
            }
            if ordered.count > RunReport.summarySources {
                lines.append("  … and \(ordered.count - RunReport.summarySources) more sources: SELECT * FROM source_health WHERE run_id = \(runID)")
            }
        }
        return lines
    }
}

func format2(_ value: Double) -> String {
    let hundredths = Int((value * 100).rounded())
    let fraction = hundredths % 100
    return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
}
