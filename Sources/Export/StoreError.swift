internal import CSQLite

/// Why the database could not be opened, migrated or written.
///
/// One type for every SQLite failure, carrying SQLite's result code (extended, so a CHECK
/// violation is told from a UNIQUE one), its message and the SQL that failed: the log line
/// says what failed and where, and `description` adds what the user can do about it.
public enum StoreError: Error, Sendable, Equatable, CustomStringConvertible {
    /// SQLite said no: the result code, its message and the statement that failed.
    case sqlite(code: Int32, message: String, sql: String)
    /// The database is from a newer knews than this one.
    case schemaTooNew(found: Int, supported: Int)

    /// SQLite's primary result code (`SQLITE_BUSY`, `SQLITE_CONSTRAINT`, …), or nil.
    /// SQLITE_CONSTRAINT: a CHECK, NOT NULL, UNIQUE or foreign key refused a row.
    public static let constraintViolation: Int32 = 19

    public var primaryCode: Int32? {
        if case .sqlite(let code, _, _) = self { return code & 0xff }
        return nil
    }

    public var description: String {
        switch self {
        case .schemaTooNew(let found, let supported):
            return "The database was written by a newer knews (schema version \(found); this knews "
                + "understands up to \(supported)). Upgrade knews, or point --sqlite at another file; "
                + "the file was left untouched."
        case .sqlite(let code, let message, let sql):
            let name = String(cString: sqlite3_errstr(code))
            var text = "SQLite error \(code) (\(name)): \(message)."
            if !sql.isEmpty {
                text += " While running: \(StoreError.abbreviate(sql))."
            }
            if let hint = StoreError.hint(forPrimaryCode: code & 0xff) {
                text += " " + hint
            }
            return text
        }
    }

    private static func hint(forPrimaryCode code: Int32) -> String? {
        switch code {
        case SQLITE_BUSY, SQLITE_LOCKED:
            return "Another process (a second knews run, or a tool holding a write transaction) "
                + "is writing the database; wait for it to finish or stop it, then run again."
        case SQLITE_READONLY, SQLITE_CANTOPEN, SQLITE_PERM, SQLITE_AUTH:
            return "Check that the database file and its folder exist and are writable by this user "
                + "(SQLite also creates -wal and -shm files next to it)."
        case SQLITE_FULL:
            return "The disk is full; free space and run again (the previous data is intact)."
        case SQLITE_IOERR:
            return "The disk or file system reported an error; check it and run again."
        case SQLITE_CORRUPT, SQLITE_NOTADB:
            return "The file is not a knews database or is damaged; restore it from a backup or "
                + "point --sqlite at a new file."
        case SQLITE_CONSTRAINT:
            return "A value broke a rule of the knews schema; this is a bug in knews, please report "
                + "it with this message."
        case SQLITE_MISUSE:
            return "knews called the store out of order; this is a bug in knews, please report it."
        default:
            return nil
        }
    }

    /// Long DDL is shortened to its first line so the message stays one line.
    private static func abbreviate(_ sql: String) -> String {
        let collapsed = sql.split(whereSeparator: { $0 == "\n" }).map {
            $0.drop(while: { $0 == " " })
        }.joined(separator: " ")
        return collapsed.count > 160 ? String(collapsed.prefix(157)) + "..." : collapsed
    }

    /// An error that is knews' fault, not SQLite's: the store was used out of order.
    static func misuse(_ message: String) -> StoreError {
        .sqlite(code: SQLITE_MISUSE, message: message, sql: "")
    }
}
