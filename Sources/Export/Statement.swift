internal import CSQLite

/// The one owner of a `sqlite3_stmt*`: prepared once, reset and rebound for every row,
/// finalized in `deinit`.
///
/// Binding copies text with `SQLITE_TRANSIENT` straight from the string's UTF-8 storage, so
/// a row costs no SQL parsing and no bridging.
final class Statement {
    let handle: OpaquePointer
    let sql: String
    /// Keeps the connection alive for as long as the statement is.
    private let database: Database
    /// A binding SQLite refused (a value over its size limit): reported by the next step,
    /// because SQLite binds NULL instead, which a nullable column would silently store.
    private var bindFailure: Int32 = SQLITE_OK

    init(database: Database, sql: String) throws(StoreError) {
        var statement: OpaquePointer?
        let rc = sqlite3_prepare_v3(database.handle, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &statement, nil)
        guard rc == SQLITE_OK, let statement else {
            throw database.error(rc, sql: sql)
        }
        self.handle = statement
        self.sql = sql
        self.database = database
    }

    deinit {
        sqlite3_finalize(handle)
    }

    // MARK: Binding (1-based indexes, as SQLite counts)

    func bind(_ index: Int32, _ value: String) {
        var value = value
        value.withUTF8 { bytes in
            if let base = bytes.baseAddress {
                guard bytes.count <= Int(Int32.max) else {
                    bindFailure = SQLITE_TOOBIG
                    return
                }
                base.withMemoryRebound(to: CChar.self, capacity: bytes.count) { text in
                    check(sqlite3_bind_text(handle, index, text, Int32(bytes.count), knews_sqlite_transient()))
                }
            } else {
                // An empty Swift string may have no storage; "" is not NULL in knews' tables.
                check(sqlite3_bind_text(handle, index, "", 0, knews_sqlite_transient()))
            }
        }
    }

    @inline(__always)
    private func check(_ code: Int32) {
        if code != SQLITE_OK { bindFailure = code }
    }

    func bind(_ index: Int32, _ value: String?) {
        if let value { bind(index, value) } else { bindNull(index) }
    }

    func bind(_ index: Int32, _ value: Int64) {
        _ = sqlite3_bind_int64(handle, index, value)
    }

    func bind(_ index: Int32, _ value: Int) {
        _ = sqlite3_bind_int64(handle, index, Int64(value))
    }

    func bind(_ index: Int32, _ value: Bool) {
        _ = sqlite3_bind_int64(handle, index, value ? 1 : 0)
    }

    func bind(_ index: Int32, _ value: Double) {
        _ = sqlite3_bind_double(handle, index, value)
    }

    func bindNull(_ index: Int32) {
        _ = sqlite3_bind_null(handle, index)
    }

    func bind(_ index: Int32, _ value: SQLiteValue) {
        switch value {
        case .null: bindNull(index)
        case .integer(let integer): bind(index, integer)
        case .real(let real): bind(index, real)
        case .text(let text): bind(index, text)
        }
    }

    // MARK: Stepping

    /// Advances to the next row; false when the statement is done.
    @discardableResult
    func step() throws(StoreError) -> Bool {
        if bindFailure != SQLITE_OK {
            let code = bindFailure
            bindFailure = SQLITE_OK
            throw StoreError.sqlite(code: code, message: "a value could not be bound (too large?)", sql: sql)
        }
        let rc = sqlite3_step(handle)
        switch rc {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default:
            let error = database.error(rc, sql: sql)
            sqlite3_reset(handle)
            throw error
        }
    }

    /// Steps a statement that returns no rows, then makes it ready for the next binding.
    func run() throws(StoreError) {
        defer { reset() }
        while try step() {}
    }

    /// Ready for the next binding; old bindings are overwritten, not cleared (every
    /// statement here binds all its parameters every time).
    func reset() {
        sqlite3_reset(handle)
    }

    // MARK: Columns (0-based)

    var columnCount: Int32 { sqlite3_column_count(handle) }

    func columnName(_ column: Int32) -> String {
        String(cString: sqlite3_column_name(handle, column))
    }

    func isNull(_ column: Int32) -> Bool {
        sqlite3_column_type(handle, column) == SQLITE_NULL
    }

    func int64(_ column: Int32) -> Int64 {
        sqlite3_column_int64(handle, column)
    }

    func double(_ column: Int32) -> Double {
        sqlite3_column_double(handle, column)
    }

    func text(_ column: Int32) -> String {
        guard let bytes = sqlite3_column_text(handle, column) else { return "" }
        let count = Int(sqlite3_column_bytes(handle, column))
        return String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    }

    func optionalText(_ column: Int32) -> String? {
        isNull(column) ? nil : text(column)
    }

    /// The column's UTF-8 bytes in SQLite's buffer, valid until the next step or reset.
    func withTextBytes<R>(_ column: Int32, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        let bytes = sqlite3_column_text(handle, column)
        let count = Int(sqlite3_column_bytes(handle, column))
        return try body(UnsafeBufferPointer(start: bytes, count: bytes == nil ? 0 : count))
    }

    enum StorageClass { case null, integer, real, text }

    /// How SQLite stores the column in the current row (a BLOB counts as text).
    func storageClass(_ column: Int32) -> StorageClass {
        switch sqlite3_column_type(handle, column) {
        case SQLITE_INTEGER: return .integer
        case SQLITE_FLOAT: return .real
        case SQLITE_NULL: return .null
        default: return .text
        }
    }

    /// The storage class and value of the column in the current row.
    func value(_ column: Int32) -> SQLiteValue {
        switch sqlite3_column_type(handle, column) {
        case SQLITE_INTEGER: return .integer(int64(column))
        case SQLITE_FLOAT: return .real(double(column))
        case SQLITE_NULL: return .null
        default: return .text(text(column))
        }
    }
}
