import Foundation

/// Runs `body` on a new thread with the given stack size and waits for it: the pipeline's
/// workers are threads of their own, each with its own libxml2 arena and error handlers.
func onNewThread(stackSize: Int = 4 << 20, _ body: @escaping @Sendable () -> Void) {
    let done = DispatchSemaphore(value: 0)
    let thread = Thread {
        body()
        done.signal()
    }
    thread.stackSize = stackSize
    thread.start()
    done.wait()
}
