import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An exclusive `flock` on a file next to the database, held for the whole run.
///
/// flock is released by the kernel when the process dies, so a `kill -9` never leaves a
/// stale lock behind, unlike a PID file.
final class RunLock {
    let path: String
    private var descriptor: Int32

    /// - Throws: `PipelineError.lockHeld` at once when another process holds it (no waiting:
    ///   cron should not stack runs), `.outputUnwritable` when the file cannot be created.
    init(path: String) throws(PipelineError) {
        self.path = path
        descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw .outputUnwritable(path: path, reason: String(cString: strerror(errno)))
        }
        if flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            let code = errno
            close(descriptor)
            descriptor = -1
            if code == EWOULDBLOCK {
                throw .lockHeld(lockPath: path)
            }
            throw .outputUnwritable(path: path, reason: String(cString: strerror(code)))
        }
        // The holder's PID helps a person find the other run; it is informational only.
        let pid = "\(getpid())\n"
        _ = ftruncate(descriptor, 0)
        _ = pid.withCString { write(descriptor, $0, strlen($0)) }
    }

    deinit {
        if descriptor >= 0 {
            flock(descriptor, LOCK_UN)
            close(descriptor)
        }
    }
}
