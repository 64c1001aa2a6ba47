import Foundation

/// The export threads' shared to-do list: a thread takes the next table when it finishes one,
/// so none idles while another still has two big files ahead. A lock is plenty for seven files.
/// The manifest's hashing (Pipeline's `ExportState.finish`) shares it.
public final class TableQueue: @unchecked Sendable {
    private let lock = NSLock()
    private var taken = 0
    private let count: Int

    public init(count: Int) { self.count = count }

    public func next() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard taken < count else { return nil }
        taken += 1
        return taken - 1
    }
}
