public enum MoneyQualifier: String, Sendable, Hashable, CaseIterable, Codable {
    case max, min, approx, over, under
}
