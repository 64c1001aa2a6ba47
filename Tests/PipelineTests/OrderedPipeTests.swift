import Foundation
import Testing
@testable import Pipeline

@Suite struct OrderedPipeTests {
    /// Runs `items` through three workers with uneven delays (so later items often finish
    /// first) and collects what `nextBatch(limit)` hands out, batch by batch.
    private func run(items: Int, window: Int, limit: Int) -> [[Int]] {
        let pipe = OrderedPipe<Int, Int>(window: window)
        let group = DispatchGroup()
        for worker in 0..<3 {
            group.enter()
            Thread {
                while let (sequence, item) = pipe.take() {
                    usleep(UInt32((item * 7 + worker) % 5) * 200)
                    pipe.complete(sequence, item * 10)
                }
                group.leave()
            }.start()
        }
        Thread {
            for item in 0..<items { pipe.put(item) }
            pipe.closeInput()
        }.start()
        var batches: [[Int]] = []
        while true {
            let batch = pipe.nextBatch(limit)
            if batch.isEmpty { break }
            batches.append(batch)
        }
        group.wait()
        return batches
    }

    @Test func resultsComeOutInProductionOrderWhateverTheWorkersTiming() {
        let batches = run(items: 200, window: 8, limit: 1)
        #expect(batches.allSatisfy { $0.count == 1 })
        #expect(batches.flatMap { $0 } == (0..<200).map { $0 * 10 })
    }

    @Test func batchesAreFullUntilTheLastOne() {
        let batches = run(items: 203, window: 16, limit: 10)
        #expect(batches.flatMap { $0 } == (0..<203).map { $0 * 10 })
        #expect(batches.dropLast().allSatisfy { $0.count == 10 })
        #expect(batches.last?.count == 3)
    }

    @Test func aLimitAboveTheWindowIsCutToTheWindowInsteadOfWaitingForever() {
        // Only `window` results can be in flight, so waiting for more would never end.
        let batches = run(items: 50, window: 4, limit: 100)
        #expect(batches.flatMap { $0 } == (0..<50).map { $0 * 10 })
        #expect(batches.dropLast().allSatisfy { $0.count == 4 })
        #expect(batches.last.map { $0.count <= 4 } == true)
    }

    @Test func anEmptyInputEndsAtOnce() {
        let pipe = OrderedPipe<Int, Int>(window: 4)
        pipe.closeInput()
        #expect(pipe.nextBatch(8).isEmpty)
        #expect(pipe.take() == nil)
    }
}
