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

enum MoneyOutcome: Equatable {
    case found(MoneyMatch)
    /// A real amount whose exact value does not fit in Int64: reported, never stored rounded.
    case tooLarge(start: Int, end: Int)
}
