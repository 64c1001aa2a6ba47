import Extraction
import NewsModel

/// The end of one input file, and whether the next run may skip it.
struct FileOutcome: Sendable {
    var path: String
    /// Recorded after the file's articles, so a killed run never marks a file done early.
    /// Nil when the file could not be read and must be tried again next run.
    var fingerprint: InputFingerprint?
    var skipped: Bool
    var documents: Int
    var skippedRecords: Int
    var bytes: Int64
    var issues: [InputIssue]
    var readSeconds: Double

    /// A file the last run already saw; `fingerprint` is set when only its mtime moved.
    static func skipped(_ path: String, fingerprint: InputFingerprint?, readSeconds: Double) -> FileOutcome {
        FileOutcome(
            path: path, fingerprint: fingerprint, skipped: true, documents: 0, skippedRecords: 0,
            bytes: 0, issues: [], readSeconds: readSeconds)
    }
}
