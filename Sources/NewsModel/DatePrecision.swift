public enum DatePrecision: String, Sendable, Hashable, CaseIterable, Codable {
    case minute, hour, day, week, month, quarter, half, year, decade
}
