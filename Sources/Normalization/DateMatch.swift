import NewsModel

/// One calendar expression as scalar offsets with its resolved value.
struct DateMatch: Equatable {
    var start: Int
    var end: Int
    var value: String
    var precision: DatePrecision
    var relative: Bool
    var qualifier: DateQualifier? = nil
    var kind: DateKind = .date
}
