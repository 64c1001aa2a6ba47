internal import CSQLite

/// The one owner of a `sqlite3*` connection: closed in `deinit`, never shared.
///
/// Everything in Export talks to SQLite through this class and `Statement`, so raw pointers
/// stay in two files and every failure becomes a `StoreError` carrying SQLite's own message
/// and the SQL that failed.
final class Database {
    let handle: OpaquePointer
    let path: String

    /// Opens (and with `create`, creates) the file. Result codes are extended so that
    /// errors tell a CHECK violation from a UNIQUE one.
    init(path: String, readOnly: Bool = false, create: Bool = true) throws(StoreError) {
        _ = Database.configured
        var db: OpaquePointer?
        var flags = readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE
        if create && !readOnly { flags |= SQLITE_OPEN_CREATE }
        // One connection is used by one thread at a time: no need for SQLite's own mutex.
        flags |= SQLITE_OPEN_NOMUTEX
        let rc = sqlite3_open_v2(path, &db, flags, nil)
        guard rc == SQLITE_OK, let db else {
            let message = db.map { String(cString: sqlite3_errmsg($0)) } ?? String(cString: sqlite3_errstr(rc))
            if let db { sqlite3_close_v2(db) }
            throw StoreError.sqlite(code: rc, message: "cannot open \(path): \(message)", sql: "")
        }
        handle = db
        self.path = path
        sqlite3_extended_result_codes(db, 1)
        _ = knews_sqlite_strict_quotes(db)
        // A dashboard or a second knews may hold a lock for a moment; wait rather than fail.
        sqlite3_busy_timeout(db, 5_000)
    }

    /// Process-wide settings, applied once before the first connection initializes SQLite.
    private static let configured: Bool = {
        _ = knews_sqlite_disable_memory_statistics()
        return true
    }()

    deinit {
        // close_v2 defers the close until every statement is finalized, so the order in
        // which ARC frees a Database and its Statements never matters. An open transaction
        // is rolled back, which is what a run that was never finished must get.
        sqlite3_close_v2(handle)
    }

    /// Runs one or more statements that return no rows we need.
    func execute(_ sql: String) throws(StoreError) {
        var message: UnsafeMutablePointer<CChar>?
        let rc = sqlite3_exec(handle, sql, nil, nil, &message)
        if rc != SQLITE_OK {
            let text = message.map { String(cString: $0) } ?? lastMessage
            sqlite3_free(message)
            throw StoreError.sqlite(code: rc, message: text, sql: sql)
        }
    }

    func prepare(_ sql: String) throws(StoreError) -> Statement {
        try Statement(database: self, sql: sql)
    }

    /// The first column of the first row, for pragmas and counts.
    func scalarInt(_ sql: String) throws(StoreError) -> Int64? {
        let statement = try prepare(sql)
        guard try statement.step() else { return nil }
        return statement.isNull(0) ? nil : statement.int64(0)
    }

    var lastMessage: String { String(cString: sqlite3_errmsg(handle)) }
    var lastInsertRowID: Int64 { sqlite3_last_insert_rowid(handle) }
    var changes: Int { Int(sqlite3_changes(handle)) }
    /// False while a transaction is open: `BEGIN` was run and neither `COMMIT` nor
    /// `ROLLBACK` since (SQLite also rolls back on its own after some errors).
    var isAutocommit: Bool { sqlite3_get_autocommit(handle) != 0 }

    func error(_ code: Int32, sql: String) -> StoreError {
        .sqlite(code: code, message: lastMessage, sql: sql)
    }
}
