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
    ///
    /// The lock is only held once the file locked is still the one at `path`: a lock file
    /// deleted (by a cleanup job, or by hand) while another run held it would otherwise let
    /// this run lock a fresh file and proceed beside the other. When the name points
    /// elsewhere after locking, the lock is dropped and taken again on the current file.
    init(path: String) throws(PipelineError) {
        self.path = path
        descriptor = -1
        for _ in 0..<10 {
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
            var held = stat()
            var named = stat()
            if fstat(descriptor, &held) == 0, stat(path, &named) == 0,
               held.st_dev == named.st_dev, held.st_ino == named.st_ino {
                break
            }
            flock(descriptor, LOCK_UN)
            close(descriptor)
            descriptor = -1
        }
        guard descriptor >= 0 else {
            throw .outputUnwritable(path: path, reason: "the lock file keeps being replaced while it is taken")
        }
        // The holder's PID helps a person find the other run; it is informational only.
        let pid = "\(getpid())\n"
        _ = ftruncate(descriptor, 0)
        _ = pid.withCString { write(descriptor, $0, strlen($0)) }
    }

    /// The lock file of the database at `databasePath`, beside its real path: a symbolic link
    /// to the database and the database itself must share one lock.
    static func path(forDatabase databasePath: String) -> String {
        ExportState.realPath(databasePath) + ".lock"
    }

    deinit {
        if descriptor >= 0 {
            flock(descriptor, LOCK_UN)
            close(descriptor)
        }
    }
}
