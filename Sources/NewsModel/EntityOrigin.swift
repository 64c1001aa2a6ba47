public enum EntityOrigin: String, Sendable, Hashable, CaseIterable, Codable {
    case gazetteer, pattern
}
