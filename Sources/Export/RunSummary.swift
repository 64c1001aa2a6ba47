/// A run's totals, written to its `runs` row by `ArticleStore.finishRun`.
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
