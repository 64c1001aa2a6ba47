import Foundation
import Testing
@testable import Pipeline

@Suite struct OrderedPipeTests {
    @Test func resultsComeOutInProductionOrderWhateverTheWorkersTiming() {
        let pipe = OrderedPipe<Int, Int>(window: 8)
        let group = DispatchGroup()
        for worker in 0..<3 {
            group.enter()
            Thread {
                while let (sequence, item) = pipe.take() {
                    // Uneven work so later items often finish first.
                    usleep(UInt32((item * 7 + worker) % 5) * 200)
                    pipe.complete(sequence, item * 10)
                }
                group.leave()
            }.start()
        }
        Thread {
            for item in 0..<200 { pipe.put(item) }
            pipe.closeInput()
        }.start()
        var results: [Int] = []
        while let result = pipe.next() { results.append(result) }
        group.wait()
        #expect(results == (0..<200).map { $0 * 10 })
    }

    @Test func anEmptyInputEndsAtOnce() {
        let pipe = OrderedPipe<Int, Int>(window: 4)
        pipe.closeInput()
        #expect(pipe.next() == nil)
        #expect(pipe.take() == nil)
    }
}
