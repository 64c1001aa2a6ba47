/// How the CSV files are written (the `csv:` settings of pipeline.yml, such as `csv.bom`).
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
