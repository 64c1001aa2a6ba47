import NewsModel

/// One money amount as scalar offsets and exact base-unit bounds, before it becomes a
/// `MoneyMention` (the façade adds the field and the surface string).
struct MoneyMatch: Equatable {
    var start: Int
    var end: Int
    var currency: String
    var low: Int64
    var high: Int64
    var qualifier: MoneyQualifier?
    var vague: Bool
}
