import Glibc
import NewsModel

/// What reading one input file produced besides its documents.
public struct InputReadReport: Sendable {
    public var documents: Int
    /// WARC records that were not HTML responses with status 200 (requests, metadata, images, 404s).
    public var skippedRecords: Int
    public var issues: [InputIssue]

    public init(documents: Int = 0, skippedRecords: Int = 0, issues: [InputIssue] = []) {
        self.documents = documents
        self.skippedRecords = skippedRecords
        self.issues = issues
    }
}
