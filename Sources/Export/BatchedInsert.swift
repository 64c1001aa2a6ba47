/// An INSERT that writes many rows per statement execution.
///
/// A one-row INSERT pays SQLite's per-statement costs for every mention: opening and halting
/// the VDBE program, reading and writing back the `AUTOINCREMENT` counter in
/// `sqlite_sequence`, and checking the deferred foreign-key counter. Those cost more than
/// the row itself (callgrind and perf put the mention inserts at a fifth of a run), so rows
/// go in as `VALUES (…), (…), …` with up to `maxRows` rows per execution.
///
/// One statement is prepared per power of two up to `maxRows`, so any row count is written
/// with at most one full-size execution per `maxRows` rows plus one per set bit of the rest,
/// and every statement binds every parameter it has (a statement never reuses stale
/// bindings from a longer batch).
final class BatchedInsert {
    /// Parameters per row; row `r` of an execution binds `r * columns + 1 ... (r + 1) * columns`.
    let columns: Int32
    /// `statements[k]` inserts `1 << k` rows.
    private let statements: [Statement]

    init(_ database: Database, table: String, columns names: [String], maxRows: Int = 32) throws(StoreError) {
        precondition(maxRows >= 1 && maxRows & (maxRows - 1) == 0, "maxRows must be a power of two")
        columns = Int32(names.count)
        let head = "INSERT INTO \(table) (" + names.map { "\"\($0)\"" }.joined(separator: ", ") + ") VALUES "
        let row = "(" + Array(repeating: "?", count: names.count).joined(separator: ", ") + ")"
        var prepared: [Statement] = []
        var rows = 1
        while rows <= maxRows {
            prepared.append(try database.prepare(head + Array(repeating: row, count: rows).joined(separator: ", ")))
            rows <<= 1
        }
        statements = prepared
    }

    /// Inserts rows `0..<count` in order; `bind(statement, offset, row)` binds row `row` at
    /// parameters `offset + 1 ... offset + columns`. Row ids are assigned in row order, as
    /// one-row INSERTs would assign them.
    func insert(count: Int, bind: (Statement, Int32, Int) -> Void) throws(StoreError) {
        var next = 0
        while next < count {
            let remaining = count - next
            let power = min(statements.count - 1, Int.bitWidth - 1 - remaining.leadingZeroBitCount)
            let statement = statements[power]
            let rows = 1 << power
            for row in 0..<rows {
                bind(statement, Int32(row) * columns, next + row)
            }
            try statement.run()
            next += rows
        }
    }
}
