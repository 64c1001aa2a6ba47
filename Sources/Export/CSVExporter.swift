import Foundation

/// Rewrites one CSV per table from the database, each atomically, for spreadsheets.
///
/// Format: UTF-8 (with a byte order mark by default), CRLF line ends, a header row, RFC 4180
/// minimal quoting (a field is quoted only when it holds a comma, a quote, CR or LF; quotes
/// are doubled). Values are written by SQLite storage class: integers and reals as plain
/// numbers (never neutralized), text as text, NULL as an empty field.
///
/// Mention files repeat the article's `published_at` and `title`, and `entity_mentions.csv`
/// the entity's `name` and `type`, so a spreadsheet needs no lookups.
///
/// Rows are streamed from SQLite one at a time into a 64 KiB buffer: memory stays flat
/// whatever the table size. All seven files are read from one snapshot of the database, and
/// each replaces its predecessor atomically (temporary file, fsync, rename, fsync of the
/// folder).
public struct CSVExporter: Sendable {
    public var options: CSVOptions

    public init(options: CSVOptions = CSVOptions()) {
        self.options = options
    }

    /// Writes `articles.csv`, `money_mentions.csv`, `date_mentions.csv`, `entities.csv`,
    /// `entity_mentions.csv`, `runs.csv` and `input_errors.csv` into `directory`, creating
    /// the folder if needed.
    ///
    /// - Parameter only: file names to rewrite, for a run that changed no article (rewriting
    ///   every table would dominate an incremental run); a listed table whose file is missing
    ///   is written whatever `only` says. nil rewrites every file.
    ///
    /// Files are written on up to `threads` threads (a run passes its `--jobs`), each with its
    /// own read connection, taking the next file from a shared queue largest first: a fixed
    /// split left one thread with three of the four big files. Every connection sees the last
    /// commit: the caller holds the run lock, so no writer can slip in between.
    public func export(
        databaseAt databasePath: String, to directory: String, only: Set<String>? = nil, threads: Int = 2
    ) throws(ExportError) {
        try FileSystem.createDirectory(directory)
        let tables = CSVExporter.largestFirst.filter { table in
            guard let only, !only.contains(table.file) else { return true }
            return !FileSystem.exists(directory + "/" + table.file)
        }
        let failures = FailureBox()
        let queue = TableQueue(count: tables.count)
        DispatchQueue.concurrentPerform(iterations: max(1, min(threads, tables.count))) { _ in
            do throws(ExportError) {
                let database: Database
                do throws(StoreError) {
                    database = try Database(path: databasePath, readOnly: true, create: false)
                    try database.execute("BEGIN")
                } catch {
                    throw ExportError.database(message: error.description)
                }
                defer { try? database.execute("COMMIT") }
                while let index = queue.next() {
                    try export(tables[index], from: database, to: directory + "/" + tables[index].file)
                }
            } catch {
                failures.record(error)
            }
        }
        if let failure = failures.first { throw failure }
        if options.splitByMonth && only == nil {
            try MonthlyCSVFiles(exporter: self).export(databaseAt: databasePath, to: directory)
        }
    }

    /// The files in the order threads take them, costliest first, so that two threads end
    /// together: `entity_mentions.csv` has the most rows, a money row costs about half as
    /// much again as a date row (two amounts, their text and the 억원 figure), and
    /// `articles.csv` has few rows. On the 20,000-page benchmark the four took about 1.3,
    /// 1.1, 0.7 and 0.3 s; with `articles.csv` second, one thread idled 0.6 s at the end.
    private static let largestFirst: [CSVTable] = {
        let order = ["entity_mentions.csv", "money_mentions.csv", "date_mentions.csv", "articles.csv"]
        return order.compactMap { name in tables.first { $0.file == name } }
            + tables.filter { !order.contains($0.file) }
    }()

    public static var fileNames: [String] { tables.map(\.file) }

    /// The subfolder of `csv: {split_by: month}` partitions (`by_month/YYYY-MM/<file>`).
    public static var monthlyFolder: String { MonthlyCSVFiles.folder }

    func export(_ table: CSVTable, from database: Database, to path: String) throws(ExportError) {
        let statement: Statement
        do throws(StoreError) {
            statement = try database.prepare(table.sql)
        } catch {
            throw ExportError.database(message: error.description)
        }
        let file = try AtomicFile(path: path)
        var buffer = CSVBuffer(capacity: CSVExporter.chunk + 65_536)
        if options.byteOrderMark {
            buffer.append(0xEF, 0xBB)
            buffer.append(0xBF)
        }
        let columns = statement.columnCount
        for column in 0..<columns {
            if column > 0 { buffer.append(UInt8(ascii: ",")) }
            var name = statement.columnName(column)
            name.withUTF8 { CSVExporter.appendText($0, to: &buffer, neutralize: false) }
        }
        buffer.append(0x0D, 0x0A)

        let neutralize = options.neutralizeFormulas
        while true {
            let hasRow: Bool
            do throws(StoreError) {
                hasRow = try statement.step()
            } catch {
                throw ExportError.database(message: error.description)
            }
            if !hasRow { break }
            for column in 0..<columns {
                if column > 0 { buffer.append(UInt8(ascii: ",")) }
                switch statement.storageClass(column) {
                case .null:
                    break
                case .integer:
                    buffer.appendDecimal(statement.int64(column))
                case .real:
                    buffer.append(CSVExporter.realText(statement.double(column)))
                case .text:
                    statement.withTextBytes(column) {
                        CSVExporter.appendText($0, to: &buffer, neutralize: neutralize)
                    }
                }
            }
            buffer.append(0x0D, 0x0A)
            if buffer.count >= CSVExporter.chunk {
                try file.write(buffer.bytes)
                buffer.removeAll()
            }
        }
        try file.write(buffer.bytes)
        try file.commit()
    }

    private static let chunk = 1 << 16

    /// One text field: neutralized if it could start a formula, quoted if it must be.
    ///
    /// The four bytes that force quoting are found with `memchr`, which glibc vectorizes: a
    /// body is long, and a loop over its bytes was a tenth of the export.
    static func appendText(_ bytes: UnsafeBufferPointer<UInt8>, to buffer: inout CSVBuffer, neutralize: Bool) {
        let prefix = neutralize && startsFormula(bytes)
        guard let start = bytes.baseAddress, bytes.count > 0 else { return }
        let raw = UnsafeRawBufferPointer(bytes)
        let needsQuotes: Bool
        if bytes.count < 32 {
            // Most fields are short; a call per byte value would cost more than the bytes.
            needsQuotes = bytes.contains { $0 <= 0x2C && ($0 == 0x2C || $0 == 0x22 || $0 == 0x0D || $0 == 0x0A) }
        } else {
            needsQuotes = memchr(start, 0x0A, bytes.count) != nil || memchr(start, 0x2C, bytes.count) != nil
                || memchr(start, 0x22, bytes.count) != nil || memchr(start, 0x0D, bytes.count) != nil
        }
        if !needsQuotes {
            if prefix { buffer.append(UInt8(ascii: "'")) }
            buffer.append(raw)
            return
        }
        buffer.append(0x22)
        if prefix { buffer.append(UInt8(ascii: "'")) }
        // Each quote is written twice: the run up to and including it, then one more.
        var runStart = 0
        while runStart < bytes.count, let found = memchr(start + runStart, 0x22, bytes.count - runStart) {
            let quote = UnsafePointer<UInt8>(found.assumingMemoryBound(to: UInt8.self)) - start
            buffer.append(UnsafeRawBufferPointer(rebasing: raw[runStart...quote]))
            buffer.append(0x22)
            runStart = quote + 1
        }
        buffer.append(UnsafeRawBufferPointer(rebasing: raw[runStart...]))
        buffer.append(0x22)
    }

    /// OWASP's list: `=`, `+`, `-`, `@`, tab and carriage return start a formula in Excel,
    /// LibreOffice or Google Sheets; a leading `'` makes the cell text.
    static func startsFormula(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first else { return false }
        switch first {
        case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D:
            return true
        default:
            return false
        }
    }

    /// Shortest text that reads back as the same double; integral values without `.0`.
    static func realText(_ value: Double) -> String {
        if value.isFinite, value == value.rounded(), abs(value) < 1e15 {
            return String(Int64(value))
        }
        return String(value)
    }
}

/// The first error of the export lanes.
private final class FailureBox: @unchecked Sendable {
    private let lock = NSLock()
    private var error: ExportError?

    func record(_ error: ExportError) {
        lock.lock()
        if self.error == nil { self.error = error }
        lock.unlock()
    }

    var first: ExportError? {
        lock.lock()
        defer { lock.unlock() }
        return error
    }
}
