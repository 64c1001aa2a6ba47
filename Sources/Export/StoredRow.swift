/// One row as a table holds it: column names in the table's order, with their values.
///
/// What `ArticleStore.drainOpenRun` hands to writers of other formats (`knews analyze`'s JSON
/// lines, and through them Parquet): they copy the store's own rows, so a column a migration
/// adds reaches them without being listed a second time.
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
