import NewsModel

enum MoneyOutcome: Equatable {
    case found(MoneyMatch)
    /// A real amount whose exact value does not fit in Int64: reported, never stored rounded.
    case tooLarge(start: Int, end: Int)
}
