/// One row as a table holds it: column names in the table's order, with their values.
///
/// What `ArticleStore.rows` returns: `knews analyze` reads the tables' declared columns with
/// it (`PRAGMA table_info`), for its key order and `--print-schema`.
public struct StoredRow: Sendable, Hashable {
    public let columns: [String]
    public let values: [SQLiteValue]

    public init(columns: [String], values: [SQLiteValue]) {
        self.columns = columns
        self.values = values
    }

    init(_ statement: Statement) {
        let count = statement.columnCount
        var columns: [String] = []
        var values: [SQLiteValue] = []
        columns.reserveCapacity(Int(count))
        values.reserveCapacity(Int(count))
        for column in 0..<count {
            columns.append(statement.columnName(column))
            values.append(statement.value(column))
        }
        self.columns = columns
        self.values = values
    }

    public subscript(column: String) -> SQLiteValue? {
        columns.firstIndex(of: column).map { values[$0] }
    }
}
