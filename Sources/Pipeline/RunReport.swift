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

func format2(_ value: Double) -> String {
    let hundredths = Int((value * 100).rounded())
    let fraction = hundredths % 100
    return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
}
