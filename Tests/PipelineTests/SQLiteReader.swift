import Export

/// Reads a database the way a dashboard would: a separate read-only connection.
struct SQLiteReader {
    let path: String

    func rows(_ sql: String) throws -> [[SQLiteValue]] {
        try ArticleStore.query(databaseAt: path, sql)
    }

    func integer(_ sql: String) throws -> Int64 {
        try rows(sql).first?.first?.integerValue ?? -1
    }

    func text(_ sql: String) throws -> String? {
        try rows(sql).first?.first?.textValue
    }

    /// Every table's rows, for "a rerun changes nothing" comparisons.
    func dump() throws -> [String: [[SQLiteValue]]] {
        var tables: [String: [[SQLiteValue]]] = [:]
        for table in ["articles", "money_mentions", "date_mentions", "entities", "entity_mentions", "inputs"] {
            tables[table] = try rows("SELECT * FROM \(table) ORDER BY 1")
        }
        return tables
    }

    func isHealthy() throws -> Bool {
        let integrity = try rows("PRAGMA integrity_check")
        let foreignKeys = try rows("PRAGMA foreign_key_check")
        return integrity.count == 1 && integrity[0].first?.textValue == "ok" && foreignKeys.isEmpty
    }
}
