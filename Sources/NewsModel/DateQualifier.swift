public enum DateQualifier: String, Sendable, Hashable, CaseIterable, Codable {
    case until, from, end, early, mid, late, within, around
}
