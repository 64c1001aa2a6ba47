import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An exclusive `flock` on a file next to the database, held for the whole run, and one on
/// the database file itself (`holdDatabase`).
///
/// flock is released by the kernel when the process dies, so a `kill -9` never leaves a
/// stale lock behind, unlike a PID file.
///
/// The lock file names the lock for people (its PID) and guards the moments before the
/// database exists; the flock on the database's own inode is what keeps two runs apart for
/// the rest of the run, CSV export included: a lock file deleted while a run holds it (a
/// cleanup job, by hand) let a second run take a fresh one and write while the first was
/// still exporting. flock and SQLite's own locks (POSIX `fcntl` ranges) are separate kinds
/// on Linux and never conflict.
final class RunLock {
    let path: String
    private var descriptor: Int32
    /// The database whose inode this lock holds, if `holdDatabase` took it.
    private var heldDatabase: DatabaseHandle?

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

    /// Takes an exclusive flock on the database file at `databasePath`, creating it empty
    /// when absent (SQLite reads an empty file as a new database). Call it after the lock
    /// file is held and before the store opens the database.
    ///
    /// - Throws: `.lockHeld` at once when another process holds it: a run that took a
    ///   re-created lock file while the first run still works.
    func holdDatabase(_ databasePath: String) throws(PipelineError) {
        let handle = try DatabaseHandle.open(ExportState.realPath(databasePath))
        if flock(handle.descriptor, LOCK_EX | LOCK_NB) != 0 {
            let code = errno
            if code == EWOULDBLOCK {
                throw .lockHeld(lockPath: path)
            }
            throw .outputUnwritable(path: databasePath, reason: String(cString: strerror(code)))
        }
        heldDatabase = handle
    }

    deinit {
        if let heldDatabase {
            flock(heldDatabase.descriptor, LOCK_UN)
        }
        if descriptor >= 0 {
            flock(descriptor, LOCK_UN)
            close(descriptor)
        }
    }
}

/// A descriptor on a database file, opened once per file and kept open for the life of the
/// process.
///
/// Closing any descriptor of a file drops every POSIX lock the process holds on it, SQLite's
/// included (its connections to the same file may outlive a run's lock, in tests and in a
/// `knews` embedding the library). So the descriptor is never closed: a run unlocks it with
/// `flock(LOCK_UN)`, which touches only flocks, and the next run on the same file reuses it.
/// Files are told apart by device and inode, which cannot be reused while the descriptor
/// keeps the file open.
final class DatabaseHandle: Sendable {
    let descriptor: Int32

    private init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    private struct FileID: Hashable {
        var device: UInt64
        var inode: UInt64
    }

    nonisolated(unsafe) private static var handles: [FileID: DatabaseHandle] = [:]
    private static let guardOpen = NSLock()

    static func open(_ path: String) throws(PipelineError) -> DatabaseHandle {
        guardOpen.lock()
        defer { guardOpen.unlock() }
        var info = stat()
        if stat(path, &info) == 0, let known = handles[FileID(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))] {
            return known
        }
        #if canImport(Glibc)
        let descriptor = Glibc.open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        #else
        let descriptor = Darwin.open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        #endif
        guard descriptor >= 0 else {
            throw .outputUnwritable(path: path, reason: String(cString: strerror(errno)))
        }
        guard fstat(descriptor, &info) == 0 else {
            throw .outputUnwritable(path: path, reason: String(cString: strerror(errno)))
        }
        let id = FileID(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
        if let known = handles[id] {
            // Opened twice in a race with a rename: leave this one open too, since closing it
            // would drop SQLite's locks on the file.
            return known
        }
        let handle = DatabaseHandle(descriptor: descriptor)
        handles[id] = handle
        return handle
    }
}
