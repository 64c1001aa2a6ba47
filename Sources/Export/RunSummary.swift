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
    /// Issues of severity `error` only; warnings are counted in `inputWarnings`.
    public var inputErrors: Int
    public var inputWarnings: Int
    /// Set when the run ends `failed` for a reason worth a sentence in `runs.message`.
    public var message: String?

    public init(
        finishedAt: String, status: String, filesSeen: Int, filesSkipped: Int,
        articlesInserted: Int, articlesUpdated: Int, articlesUnchanged: Int, inputErrors: Int,
        inputWarnings: Int = 0, message: String? = nil
    ) {
        self.inputWarnings = inputWarnings
        self.message = message
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
