import Foundation
import Logging

/// Every message a run logs, kept for a test to read: warnings are part of what a run promises.
final class CapturedLog: @unchecked Sendable {
    private let lock = NSLock()
    private var events: [(level: Logger.Level, message: String)] = []

    var logger: Logger {
        Logger(label: "knews-test") { _ in Handler(log: self) }
    }

    func messages(at level: Logger.Level) -> [String] {
        lock.lock()
        defer { lock.unlock() }
        return events.filter { $0.level == level }.map(\.message)
    }

    private func append(_ level: Logger.Level, _ message: String) {
        lock.lock()
        events.append((level, message))
        lock.unlock()
    }

    private struct Handler: LogHandler {
        let log: CapturedLog
        var logLevel: Logger.Level = .trace
        var metadata: Logger.Metadata = [:]

        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }

        func log(event: LogEvent) {
            log.append(event.level, event.message.description)
        }
    }
}
