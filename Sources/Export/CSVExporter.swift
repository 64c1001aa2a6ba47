/// Rewrites one CSV per table from the database, each atomically. API CONTRACT STUB.
public struct CSVExporter: Sendable {
    public var options: CSVOptions

    public init(options: CSVOptions = CSVOptions()) {
        self.options = options
    }

    /// Writes `articles.csv`, `money_mentions.csv`, `date_mentions.csv`, `entities.csv`,
    /// `entity_mentions.csv`, `runs.csv` and `input_errors.csv` into `directory`.
    public func export(databaseAt databasePath: String, to directory: String) throws(ExportError) {
        fatalError()
    }
}

public struct CSVOptions: Sendable, Equatable {
    /// UTF-8 byte order mark, without which Excel misreads Korean.
    public var byteOrderMark: Bool
    /// Prefix cells starting with `= + - @`, tab or CR with `'` (OWASP CSV injection).
    public var neutralizeFormulas: Bool

    public init(byteOrderMark: Bool = true, neutralizeFormulas: Bool = true) {
        self.byteOrderMark = byteOrderMark
        self.neutralizeFormulas = neutralizeFormulas
    }
}

public enum ExportError: Error, Sendable, Equatable {
    case cannotWrite(path: String, reason: String)
    case database(message: String)
}
