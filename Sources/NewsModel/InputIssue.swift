/// A problem with one input that the run records and survives.
///
/// Stages report these instead of throwing, so one bad page never stops a nightly run.
public struct InputIssue: Sendable, Hashable {
    public enum Severity: String, Sendable, Hashable, Codable {
        /// The input, or part of it, was dropped.
        case error
        /// The input was processed but something in it was repaired or skipped.
        case warning
    }

    public var inputPath: String
    /// `read`, `extract`, `normalize`, `tag` or `export`.
    public var stage: String
    public var severity: Severity
    public var message: String

    public init(inputPath: String, stage: String, severity: Severity = .error, message: String) {
        self.inputPath = inputPath
        self.stage = stage
        self.severity = severity
        self.message = message
    }
}
