import Foundation

/// The SQLite writer of a parallel run, as a turn the worker threads take.
///
/// A dedicated writer thread made four busy threads on two cores: every page crossed cores
/// twice, and each core switched between parsing and SQLite, evicting one for the other. Two
/// independent single-job runs side by side each keep their pages per CPU-second, but that
/// layout spent about 10% more CPU per page than one job (median of seven paired runs, 2,000
/// pages; cachegrind with one simulated 2 MiB cache: 4.3 M misses, 3.5 M with turns). Here,
/// after each page a worker saves, in production order, whatever is ready, if nobody else is
/// saving and enough is ready to be worth a burst; the other worker goes on parsing meanwhile.
///
/// Only the thread holding the turn touches the writer (for a run, `RunWriter` and its SQLite
/// connection, opened without SQLite's own mutex); the lock's acquire and release order those
/// accesses from one thread to the next.
final class WriterTurn<Item: Sendable, Result: Sendable, Writer>: @unchecked Sendable {
    private let turn = NSLock()
    private var writer: Writer
    private let save: (inout Writer, Result) -> Void

    init(_ writer: Writer, save: @escaping (inout Writer, Result) -> Void) {
        self.writer = writer
        self.save = save
    }

    /// Saves the results that are ready in order, in bursts of up to `burst`, when at least
    /// `minimum` are and no other thread holds the turn; returns at once otherwise.
    func saveReady(from pipe: OrderedPipe<Item, Result>, minimum: Int, burst: Int = 32) {
        while turn.try() {
            while true {
                let results = pipe.takeReady(minimum: minimum, limit: burst)
                if results.isEmpty { break }
                for result in results { save(&writer, result) }
            }
            turn.unlock()
            // A page finished while this thread held the turn found it taken: look again.
            guard pipe.hasReady(minimum) else { return }
        }
    }

    /// The writer, once no thread can take the turn any more.
    func finished() -> Writer {
        turn.lock()
        defer { turn.unlock() }
        return writer
    }
}
