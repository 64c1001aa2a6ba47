import NewsModel

/// A resolved date: value string at its precision, and whether the reference was needed.
struct ResolvedDate {
    var value: String
    var precision: DatePrecision
    var relative: Bool
    /// The day number when the precision is day or finer: what a later `이날` refers to.
    var dayNumber: Int? = nil
    /// The calendar year when the value names one, for a continuation (`2024년 7~8월`).
    var year: Int? = nil
}
