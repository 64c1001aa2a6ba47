import Dispatch
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// SIGTERM (a systemd stop), SIGINT (Ctrl-C) and SIGHUP (a closed terminal) turned into an
/// orderly stop: the run takes no new input, rolls its transaction back, marks its `runs` row
/// `aborted` with the signal's name, logs one line and exits with 128 + the signal's number.
///
/// Without it the kernel killed the process on the spot: the data stayed safe (the open
/// transaction dies with it) but the run stayed `running` until the next run, with no word in
/// the log. The handlers only record the signal; the run polls `received` between files and
/// before its commit. A second signal, for someone who does not want to wait, exits at once
/// (SQLite still rolls back: nothing uncommitted survives a dead process).
public enum SignalHandler {
    /// The signals handled, with the names written into `runs.message`.
    static let names: [Int32: String] = [SIGTERM: "SIGTERM", SIGINT: "SIGINT", SIGHUP: "SIGHUP"]

    /// The first signal received, or 0. Written once by a handler, read by any thread.
    nonisolated(unsafe) private static var first: sig_atomic_t = 0

    /// Installs the handlers; `knews run` calls it before it starts (tests driving
    /// `PipelineRunner` in-process leave the default handlers alone).
    ///
    /// The signals are also unblocked: a blocked mask is inherited through `exec`, and a
    /// parent that blocks them (some test runners and supervisors do) would leave a SIGTERM
    /// pending until the run ended on its own.
    public static func install() {
        var set = sigset_t()
        sigemptyset(&set)
        for number in names.keys { sigaddset(&set, number) }
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
        for number in names.keys {
            signal(number) { number in
                if SignalHandler.first != 0 {
                    _exit(128 + number)
                }
                SignalHandler.first = sig_atomic_t(number)
            }
        }
    }

    /// The signal that asked the run to stop, if any.
    static var received: Int32? {
        let number = first
        return number == 0 ? nil : Int32(number)
    }

    static func name(of number: Int32) -> String {
        names[number] ?? "signal \(number)"
    }

    /// For tests: as if `number` had arrived.
    static func simulate(_ number: Int32?) {
        first = sig_atomic_t(number ?? 0)
    }
}
