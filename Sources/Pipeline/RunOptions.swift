/// What the command line changes about one run; nil means "as pipeline.yml says".
public struct RunOptions: Sendable {
    /// Replaces the config's inputs; relative to the current directory, like any CLI path.
    public var inputs: [String]?
    public var sqlitePath: String?
    public var csvDirectory: String?
    public var jobs: Int?
    /// Re-process every input even when its fingerprint is unchanged.
    public var full: Bool
    public var maxErrorRate: Double?
    /// Draw a progress line on stderr (only ever set when stderr is a terminal).
    public var showProgress: Bool
    /// `--strict`: a field-health warning ends the run with exit 3, after it is stored.
    public var strict = false

    public init(
        inputs: [String]? = nil, sqlitePath: String? = nil, csvDirectory: String? = nil,
        jobs: Int? = nil, full: Bool = false, maxErrorRate: Double? = nil, showProgress: Bool = false
    ) {
        self.inputs = inputs
        self.sqlitePath = sqlitePath
        self.csvDirectory = csvDirectory
        self.jobs = jobs
        self.full = full
        self.maxErrorRate = maxErrorRate
        self.showProgress = showProgress
    }
}
