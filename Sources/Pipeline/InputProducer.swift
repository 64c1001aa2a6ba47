import Extraction
import NewsModel

/// Reads input files in order and emits their pages, skipping files the last run already saw.
///
/// Size and mtime are the cheap check; when they differ the content hash decides, so copying
/// a corpus to a new disk (new mtimes, same bytes) does not re-process it.
struct InputProducer: Sendable {
    let files: [InputFile]
    /// What earlier runs recorded, looked up per file so memory stays flat however many inputs.
    let fingerprints: FingerprintLookup
    let full: Bool
    let reader: InputReader

    /// Files up to this size are read once, whole, and hashed from memory (a news page is
    /// 30-60 KB); larger ones, WARC crawls above all, are hashed and then streamed.
    static let wholeReadLimit: Int64 = 4 << 20

    func produce(_ emit: (WorkItem) -> Void) {
        let hashBuffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 18, alignment: 64)
        defer { hashBuffer.deallocate() }
        for file in files {
            if SignalHandler.received != nil { break }
            let known = fingerprints.fingerprint(forPath: file.path)
            if !full, let known, known.size == file.size, known.modifiedNanos == file.modifiedNanos {
                emit(.fileFinished(.skipped(file.path, fingerprint: nil, readSeconds: 0)))
                continue
            }
            let clock = Stopwatch()
            let hash: String
            var contents: [UInt8]?
            do {
                if file.size <= Self.wholeReadLimit {
                    contents = try Digest.contents(ofFileAt: file.path, size: Int(file.size))
                }
                if let contents {
                    hash = Digest.sha256Hex(of: contents)
                } else {
                    hash = try Digest.sha256Hex(ofFileAt: file.path, buffer: hashBuffer)
                }
            } catch {
                emit(.fileFinished(FileOutcome(
                    path: file.path, fingerprint: nil, skipped: false, documents: 0, skippedRecords: 0,
                    bytes: 0, issues: [InputIssue(inputPath: file.path, stage: "read", message: "\(error)")],
                    readSeconds: clock.seconds)))
                continue
            }
            let fingerprint = InputFingerprint(
                path: file.path, size: file.size, modifiedNanos: file.modifiedNanos, sha256: hash)
            if !full, let known, known.sha256 == hash {
                emit(.fileFinished(.skipped(file.path, fingerprint: fingerprint, readSeconds: clock.seconds)))
                continue
            }
            // Reading includes the hash: for most files it is what read them from disk.
            var readSeconds = clock.seconds
            var lap = Stopwatch()
            func handOn(_ document: InputDocument) {
                readSeconds += lap.seconds
                emit(.document(document))
                lap = Stopwatch()
            }
            let report: InputReadReport
            if let contents {
                report = reader.read(file, contents: contents, handOn)
            } else {
                report = reader.read(file, handOn)
            }
            readSeconds += lap.seconds
            let unreadable = report.documents == 0 && report.issues.contains { $0.severity == .error }
            emit(.fileFinished(FileOutcome(
                path: file.path, fingerprint: unreadable ? nil : fingerprint, skipped: false,
                documents: report.documents, skippedRecords: report.skippedRecords, bytes: file.size,
                issues: report.issues, readSeconds: readSeconds)))
        }
    }
}
