import NewsModel

/// The SQLite database a run writes into. API CONTRACT STUB.
///
/// Opening creates or migrates the schema. A run's writes all land in one transaction between
/// `beginRun` and `finishRun`, so a dashboard reading during a run sees the previous state and
/// a killed run leaves the previous database intact.
public final class ArticleStore {
    public init(path: String) throws(StoreError) {
        fatalError("ArticleStore not implemented yet")
    }

    /// Records a `running` row in `runs` (committed at once, so a crashed run leaves a trace),
    /// marks older `running` rows `aborted`, then opens the run's transaction.
    public func beginRun(startedAt: String, knewsVersion: String, configSHA256: String) throws(StoreError) -> Int64 {
        fatalError()
    }

    /// What the last successful run saw of this input, for the incremental skip.
    public func fingerprint(forPath path: String) throws(StoreError) -> InputFingerprint? {
        fatalError()
    }

    public func recordFingerprint(_ fingerprint: InputFingerprint) throws(StoreError) {
        fatalError()
    }

    /// Inserts or updates by URL and replaces the article's mentions when its content changed.
    /// A row from another input with a longer body is kept (a list page's lead never
    /// overwrites the full article).
    public func save(_ article: AnalyzedArticle, runID: Int64) throws(StoreError) -> SaveOutcome {
        fatalError()
    }

    public func recordIssue(_ issue: InputIssue, runID: Int64) throws(StoreError) {
        fatalError()
    }

    /// Writes the run's totals and commits everything the run wrote.
    public func finishRun(_ runID: Int64, summary: RunSummary) throws(StoreError) {
        fatalError()
    }

    /// Rolls the run's transaction back and marks its `runs` row `failed` with the reason.
    public func abandonRun(_ runID: Int64, finishedAt: String, reason: String) {
        fatalError()
    }
}

public enum SaveOutcome: Sendable, Equatable {
    case inserted, updated, unchanged
}

public struct RunSummary: Sendable, Equatable {
    public var finishedAt: String
    /// `success`, `failed` (too many bad inputs), `aborted` (killed; set by the next run).
    public var status: String
    public var filesSeen: Int
    public var filesSkipped: Int
    public var articlesInserted: Int
    public var articlesUpdated: Int
    public var articlesUnchanged: Int
    public var inputErrors: Int

    public init(
        finishedAt: String, status: String, filesSeen: Int, filesSkipped: Int,
        articlesInserted: Int, articlesUpdated: Int, articlesUnchanged: Int, inputErrors: Int
    ) {
        self.finishedAt = finishedAt
        self.status = status
        self.filesSeen = filesSeen
        self.filesSkipped = filesSkipped
        self.articlesInserted = articlesInserted
        self.articlesUpdated = articlesUpdated
        self.articlesUnchanged = articlesUnchanged
        self.inputErrors = inputErrors
    }
}

public enum StoreError: Error, Sendable, Equatable {
    /// SQLite said no: the result code, its message and the statement that failed.
    case sqlite(code: Int32, message: String, sql: String)
    /// The database is from a newer knews than this one.
    case schemaTooNew(found: Int, supported: Int)
}
