/// What an amount measures, read from the words around it (`예산`, `매출`, `과징금` …).
///
/// Analysts ask "which ministry funds what" or "what fines did the regulator impose": summing
/// a company's debt with a ministry's budget answers neither, so each amount says what it is,
/// or nothing (NULL) when no word near it tells.
public enum MoneyKind: String, Sendable, Hashable, CaseIterable, Codable {
    case budget, investment, revenue, profit, loss, fine, debt, price
    case marketSize = "market_size"
    case salary, valuation
}
