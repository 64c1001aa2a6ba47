/// How the CSV files are written (the `csv:` settings of pipeline.yml, such as `csv.bom`).
public struct CSVOptions: Sendable, Equatable {
    /// UTF-8 byte order mark, without which Excel misreads Korean.
    public var byteOrderMark: Bool
    /// Prefix text cells starting with `= + - @`, tab or CR with `'` (OWASP CSV injection).
    /// Numbers are never prefixed.
    public var neutralizeFormulas: Bool
    /// `split_by: month`: also write the mention files per local publication month
    /// (`by_month/YYYY-MM/…`), for exports past Excel's 1,048,576 rows (see `MonthlyCSVFiles`).
    public var splitByMonth: Bool

    public init(byteOrderMark: Bool = true, neutralizeFormulas: Bool = true, splitByMonth: Bool = false) {
        self.byteOrderMark = byteOrderMark
        self.neutralizeFormulas = neutralizeFormulas
        self.splitByMonth = splitByMonth
    }
}
