import NewsModel

/// Streams the documents inside one input file. API CONTRACT STUB.
public struct InputReader: Sendable {
    /// Documents (or decompressed files) larger than this are refused with an input issue.
    public var maxDocumentBytes: Int

    public init(maxDocumentBytes: Int = 32 << 20) {
        self.maxDocumentBytes = maxDocumentBytes
    }

    /// Calls `body` once per HTML document in `file`, streaming WARC files record by record.
    /// Never throws for bad input: problems come back as issues and in the counts.
    public func read(_ file: InputFile, _ body: (InputDocument) -> Void) -> InputReadReport {
        fatalError("InputReader.read not implemented yet")
    }
}

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
