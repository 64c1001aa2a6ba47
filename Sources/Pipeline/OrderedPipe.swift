import Foundation

/// Moves work from one producer through several workers to one consumer, handing results to
/// the consumer in the producer's order.
///
/// Order matters because article ids and "which copy of a URL wins" must not depend on thread
/// timing. `window` bounds the items in flight between producer and consumer, so memory stays
/// flat however large the corpus and however slow one page is.
final class OrderedPipe<Item: Sendable, Result: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private var pending: [(Int, Item)] = []
    private var pendingHead = 0
    private var finished: [Int: Result] = [:]
    private var inFlight = 0
    private var nextToProduce = 0
    private var nextToConsume = 0
    private var producerDone = false
    private let window: Int

    init(window: Int) {
        self.window = max(1, window)
    }

    /// Blocks while `window` items are in flight.
    func put(_ item: Item) {
        condition.lock()
        while inFlight >= window {
            condition.wait()
        }
        pending.append((nextToProduce, item))
        nextToProduce += 1
        inFlight += 1
        condition.broadcast()
        condition.unlock()
    }

    func closeInput() {
        condition.lock()
        producerDone = true
        condition.broadcast()
        condition.unlock()
    }

    /// Next item for a worker, or nil when the producer is done and nothing is left.
    func take() -> (Int, Item)? {
        condition.lock()
        defer { condition.unlock() }
        while pendingHead == pending.count && !producerDone {
            condition.wait()
        }
        guard pendingHead < pending.count else { return nil }
        let next = pending[pendingHead]
        pendingHead += 1
        if pendingHead > 1024 && pendingHead * 2 > pending.count {
            pending.removeFirst(pendingHead)
            pendingHead = 0
        }
        return next
    }

    func complete(_ sequence: Int, _ result: Result) {
        condition.lock()
        finished[sequence] = result
        condition.broadcast()
        condition.unlock()
    }

    /// The results ready in production order from the next one on, at most `limit`, when at
    /// least `minimum` are; none otherwise. Never waits: the worker threads call it between
    /// pages to save what is ready (see `WriterTurn`).
    func takeReady(minimum: Int, limit: Int) -> [Result] {
        let minimum = max(1, minimum)
        condition.lock()
        defer { condition.unlock() }
        var ready = readyRun(upTo: max(minimum, limit))
        guard ready >= minimum else { return [] }
        ready = min(ready, max(1, limit))
        var batch: [Result] = []
        batch.reserveCapacity(ready)
        for sequence in nextToConsume..<(nextToConsume + ready) {
            batch.append(finished.removeValue(forKey: sequence)!)
        }
        nextToConsume += ready
        inFlight -= ready
        condition.broadcast()
        return batch
    }

    /// Whether at least `minimum` results are ready in production order.
    func hasReady(_ minimum: Int) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        return readyRun(upTo: max(1, minimum)) >= max(1, minimum)
    }

    /// How many results are done in an unbroken run from the next one, counting at most
    /// `limit`. Called with the lock held.
    private func readyRun(upTo limit: Int) -> Int {
        var ready = 0
        while ready < limit, finished[nextToConsume + ready] != nil {
            ready += 1
        }
        return ready
    }
}
