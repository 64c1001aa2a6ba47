import Export
import Logging
import NewsModel

/// The fingerprints earlier runs recorded, read one input at a time on the producer's thread.
///
/// A dictionary of every known fingerprint, loaded before the run, cost about 0.8 KB per input
/// file (an unchanged rerun over 100,000 files peaked at 113 MB against 46 MB for 20,000), so
/// memory grew with the crawl. This reads each file's row when the producer reaches it instead.
///
/// It owns a second connection to the run's database: the run's own connection belongs to
/// whichever thread saves pages and holds the run's transaction open, while this one, in WAL
/// mode, reads the last committed state, which is exactly what earlier runs recorded. It must
/// be opened before the run's transaction begins.
final class FingerprintLookup: @unchecked Sendable {
    // @unchecked: only the producer thread calls `fingerprint(forPath:)` once the run starts.
    private let store: ArticleStore
    private let logger: Logger
    /// False on a first load: every lookup would miss, and they cost half a percent of it.
    private let anyRecorded: Bool

    init(path: String, logger: Logger) throws(StoreError) {
        store = try ArticleStore(path: path)
        anyRecorded = try store.hasFingerprints
        self.logger = logger
    }

    /// Nil when the file was never recorded, or when the lookup fails: the file is then read
    /// again, which costs time but never correctness (unchanged articles stay unchanged).
    func fingerprint(forPath path: String) -> InputFingerprint? {
        guard anyRecorded else { return nil }
        do {
            return try store.fingerprint(forPath: path)
        } catch {
            logger.warning("could not read the last run's record of \(path), reading it again: \(error)")
            return nil
        }
    }
}
