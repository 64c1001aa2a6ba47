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
    public func export(databaseAt databasePath: String, to directory: String) throws(ExportError) {
        try FileSystem.createDirectory(directory)
        let database: Database
        do throws(StoreError) {
            database = try Database(path: databasePath, readOnly: true, create: false)
            // One read transaction: all files show the same committed state.
            try database.execute("BEGIN")
        } catch {
            throw ExportError.database(message: error.description)
        }
        defer { try? database.execute("COMMIT") }
        for table in CSVExporter.tables {
            try export(table, from: database, to: directory + "/" + table.file)
        }
    }

    /// The file names written, in order.
    public static var fileNames: [String] { tables.map(\.file) }

    private func export(_ table: CSVTable, from database: Database, to path: String) throws(ExportError) {
        let statement: Statement
        do throws(StoreError) {
            statement = try database.prepare(table.sql)
        } catch {
            throw ExportError.database(message: error.description)
        }
        let file = try AtomicFile(path: path)
        if options.byteOrderMark {
            file.append(contentsOf: [0xEF, 0xBB, 0xBF])
        }
        let columns = statement.columnCount
        for column in 0..<columns {
            if column > 0 { file.append(UInt8(ascii: ",")) }
            var name = statement.columnName(column)
            name.withUTF8 { writeText($0, to: file, neutralize: false) }
        }
        file.append(contentsOf: [0x0D, 0x0A])

        var number: [UInt8] = []
        number.reserveCapacity(32)
        while true {
            let hasRow: Bool
            do throws(StoreError) {
                hasRow = try statement.step()
            } catch {
                throw ExportError.database(message: error.description)
            }
            if !hasRow { break }
            for column in 0..<columns {
                if column > 0 { file.append(UInt8(ascii: ",")) }
                switch statement.storageClass(column) {
                case .null:
                    break
                case .integer:
                    CSVExporter.appendDecimal(statement.int64(column), to: file, scratch: &number)
                case .real:
                    file.append(contentsOf: CSVExporter.realText(statement.double(column)).utf8)
                case .text:
                    statement.withTextBytes(column) {
                        writeText($0, to: file, neutralize: options.neutralizeFormulas)
                    }
                }
            }
            file.append(contentsOf: [0x0D, 0x0A])
            try file.flushIfFull()
        }
        try file.commit()
    }

    /// One text field: neutralized if it could start a formula, quoted if it must be.
    private func writeText(_ bytes: UnsafeBufferPointer<UInt8>, to file: AtomicFile, neutralize: Bool) {
        let prefix = neutralize && CSVExporter.startsFormula(bytes)
        var needsQuotes = false
        for byte in bytes where byte == 0x2C || byte == 0x22 || byte == 0x0D || byte == 0x0A {
            needsQuotes = true
            break
        }
        if !needsQuotes {
            if prefix { file.append(UInt8(ascii: "'")) }
            file.append(contentsOf: bytes)
            return
        }
        file.append(0x22)
        if prefix { file.append(UInt8(ascii: "'")) }
        var runStart = 0
        for index in 0..<bytes.count where bytes[index] == 0x22 {
            file.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...index]))
            file.append(0x22)
            runStart = index + 1
        }
        file.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
        file.append(0x22)
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

    static func appendDecimal(_ value: Int64, to file: AtomicFile, scratch: inout [UInt8]) {
        if value == 0 { file.append(UInt8(ascii: "0")); return }
        scratch.removeAll(keepingCapacity: true)
        var magnitude = value.magnitude
        while magnitude > 0 {
            scratch.append(UInt8(ascii: "0") + UInt8(magnitude % 10))
            magnitude /= 10
        }
        if value < 0 { file.append(UInt8(ascii: "-")) }
        file.append(contentsOf: scratch.reversed())
    }

    /// Shortest text that reads back as the same double; integral values without `.0`.
    static func realText(_ value: Double) -> String {
        if value.isFinite, value == value.rounded(), abs(value) < 1e15 {
            return String(Int64(value))
        }
        return String(value)
    }
}

public struct CSVOptions: Sendable, Equatable {
    /// UTF-8 byte order mark, without which Excel misreads Korean.
    public var byteOrderMark: Bool
    /// Prefix text cells starting with `= + - @`, tab or CR with `'` (OWASP CSV injection).
    /// Numbers are never prefixed.
    public var neutralizeFormulas: Bool

    public init(byteOrderMark: Bool = true, neutralizeFormulas: Bool = true) {
        self.byteOrderMark = byteOrderMark
        self.neutralizeFormulas = neutralizeFormulas
    }
}
