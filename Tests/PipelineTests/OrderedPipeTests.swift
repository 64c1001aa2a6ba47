import Foundation
import Testing
@testable import Pipeline

@Suite struct OrderedPipeTests {
    /// Runs `items` through three workers with uneven delays (so later items often finish
    /// first), the workers taking turns at saving as a parallel run does, and returns what
    /// was saved, in the order it was saved, and whether two threads ever saved at once.
    private func run(items: Int, window: Int, minimum: Int) -> (saved: [Int], overlapped: Bool) {
        let pipe = OrderedPipe<Int, Int>(window: window)
        let inside = NSLock()
        var busy = false
        var overlapped = false
        let turn = WriterTurn<Int, Int, [Int]>([]) { saved, result in
            // Two threads saving at once would find `busy` set.
            inside.lock()
            if busy { overlapped = true }
            busy = true
            inside.unlock()
            usleep(50)
            saved.append(result)
            inside.lock()
            busy = false
            inside.unlock()
        }
        let group = DispatchGroup()
        for worker in 0..<3 {
            group.enter()
            Thread {
                while let (sequence, item) = pipe.take() {
                    usleep(UInt32((item * 7 + worker) % 5) * 200)
                    pipe.complete(sequence, item * 10)
                    turn.saveReady(from: pipe, minimum: minimum, burst: 4)
                }
                group.leave()
            }.start()
        }
        group.enter()
        Thread {
            for item in 0..<items { pipe.put(item) }
            pipe.closeInput()
            group.leave()
        }.start()
        group.wait()
        turn.saveReady(from: pipe, minimum: 1)
        return (turn.finished(), overlapped)
    }

    @Test func savedInProductionOrderByOneThreadAtATime() {
        let result = run(items: 300, window: 16, minimum: 4)
        #expect(result.saved == (0..<300).map { $0 * 10 })
        #expect(!result.overlapped)
    }

    @Test func aMinimumAsLargeAsTheWindowStillDrainsEverything() {
        // With every result of the window done, the last worker to finish finds them ready.
        let result = run(items: 101, window: 8, minimum: 8)
        #expect(result.saved == (0..<101).map { $0 * 10 })
        #expect(!result.overlapped)
    }

    @Test func takeReadyHandsOutOnlyAnUnbrokenRunFromTheNextResult() {
        let pipe = OrderedPipe<Int, Int>(window: 8)
        for item in 0..<5 { pipe.put(item) }
        pipe.closeInput()
        var taken: [(Int, Int)] = []
        while let next = pipe.take() { taken.append(next) }
        // Results 1, 2 and 4 are done, 0 is not: nothing can be saved yet.
        pipe.complete(taken[1].0, 11)
        pipe.complete(taken[2].0, 12)
        pipe.complete(taken[4].0, 14)
        #expect(pipe.takeReady(minimum: 1, limit: 8).isEmpty)
        #expect(!pipe.hasReady(1))
        pipe.complete(taken[0].0, 10)
        #expect(pipe.hasReady(3))
        #expect(!pipe.hasReady(4))
        #expect(pipe.takeReady(minimum: 4, limit: 8).isEmpty)
        #expect(pipe.takeReady(minimum: 1, limit: 2) == [10, 11])
        #expect(pipe.takeReady(minimum: 1, limit: 8) == [12])
        pipe.complete(taken[3].0, 13)
        #expect(pipe.takeReady(minimum: 2, limit: 8) == [13, 14])
        #expect(pipe.takeReady(minimum: 1, limit: 8).isEmpty)
    }

    @Test func anEmptyInputEndsAtOnce() {
        let pipe = OrderedPipe<Int, Int>(window: 4)
        pipe.closeInput()
        #expect(pipe.takeReady(minimum: 1, limit: 8).isEmpty)
        #expect(pipe.take() == nil)
    }
}
