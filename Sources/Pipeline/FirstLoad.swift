import Foundation
import Logging

/// The files a run creates when its database did not exist, removed again if the run fails.
///
/// A first load that hits a full disk would otherwise leave a database holding only the
/// schema and a `-wal` log as large as everything written before the failure: the disk stays
/// full and the next run fails the same way. Removing them leaves the folder as it was.
struct FirstLoad {
    let databasePath: String
    /// Whether the database was absent when the run started.
    let isFirst: Bool

    init(databasePath: String) {
        self.databasePath = databasePath
        isFirst = !FileManager.default.fileExists(atPath: databasePath)
    }

    /// Removes the database and its `-wal`, `-shm` and `-journal` files when the run created
    /// them. The store's connection may still be open: on POSIX the space is freed when it
    /// closes, a moment later as the process exits.
    func removeIfFailed(logger: Logger) {
        guard isFirst else { return }
        var removed: [String] = []
        for suffix in ["", "-wal", "-shm", "-journal"] where unlink(databasePath + suffix) == 0 {
            removed.append(databasePath + suffix)
        }
        if !removed.isEmpty {
            logger.notice("the first load failed; removed what it created: \(removed.joined(separator: ", "))")
        }
    }
}
