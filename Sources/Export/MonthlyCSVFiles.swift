import Foundation

/// `csv: {split_by: month}`: the mention files again, one folder per local publication month.
///
/// `entity_mentions.csv` passes Excel's 1,048,576 rows at about 27,000 pages; a month of it
/// opens. Files go to `by_month/YYYY-MM/<file>` (articles without a publish time to
/// `by_month/undated/`), with the same columns, order and format as the whole files, which are
/// still written. Months come from `published_local`, the day a Korean reader would give.
struct MonthlyCSVFiles {
    let exporter: CSVExporter

    static let folder = "by_month"
    static let undated = "undated"
    static let files = ["articles.csv", "money_mentions.csv", "date_mentions.csv", "entity_mentions.csv"]

    func export(databaseAt databasePath: String, to directory: String) throws(ExportError) {
        let database: Database
        var months: [String] = []
        do throws(StoreError) {
            database = try Database(path: databasePath, readOnly: true, create: false)
            try database.execute("BEGIN")
            let select = try database.prepare(
                "SELECT DISTINCT substr(published_local, 1, 7) FROM articles ORDER BY 1")
            while try select.step() {
                months.append(select.isNull(0) ? MonthlyCSVFiles.undated : select.text(0))
            }
        } catch {
            throw ExportError.database(message: error.description)
        }
        defer { try? database.execute("COMMIT") }
        for month in months where month == MonthlyCSVFiles.undated || MonthlyCSVFiles.isMonth(month) {
            let folder = directory + "/" + MonthlyCSVFiles.folder + "/" + month
            try FileSystem.createDirectory(folder)
            for table in CSVExporter.tables where MonthlyCSVFiles.files.contains(table.file) {
                let filter = month == MonthlyCSVFiles.undated
                    ? "a.published_local IS NULL"
                    : "a.published_local >= '\(month)-01' AND a.published_local < '\(month)-32'"
                guard let sql = MonthlyCSVFiles.filtered(table, filter) else { continue }
                try exporter.export(CSVTable(file: table.file, sql: sql), from: database, to: folder + "/" + table.file)
            }
        }
    }

    /// `YYYY-MM`, digits only: the month is put into SQL text.
    static func isMonth(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count == 7, bytes[4] == UInt8(ascii: "-") else { return false }
        return bytes.enumerated().allSatisfy { $0.offset == 4 || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0.element) }
    }

    /// The table's query restricted to `filter` on its articles (aliased `a`, or the articles
    /// table itself), before its ORDER BY.
    static func filtered(_ table: CSVTable, _ filter: String) -> String? {
        guard let order = table.sql.range(of: "ORDER BY", options: .backwards) else { return nil }
        var head = String(table.sql[..<order.lowerBound])
        if table.file == "articles.csv" {
            head = head.replacingOccurrences(of: "FROM articles", with: "FROM articles AS a")
        }
        return head + "WHERE " + filter + "\n" + table.sql[order.lowerBound...]
    }
}
