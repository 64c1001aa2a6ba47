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

    func produce(_ emit: (WorkItem) -> Void) {
        let hashBuffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 18, alignment: 64)
        defer { hashBuffer.deallocate() }
        for file in files {
            let known = fingerprints.fingerprint(forPath: file.path)
            if !full, let known, known.size == file.size, known.modifiedNanos == file.modifiedNanos {
                emit(.fileFinished(.skipped(file.path, fingerprint: nil, readSeconds: 0)))
                continue
            }
            let clock = Stopwatch()
            let hash: String
            do {
                hash = try Digest.sha256Hex(ofFileAt: file.path, buffer: hashBuffer)
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
            var readSeconds = 0.0
            var lap = Stopwatch()
            let report = reader.read(file) { document in
                readSeconds += lap.seconds
                emit(.document(document))
                lap = Stopwatch()
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
