public enum EntityType: String, Sendable, Hashable, CaseIterable, Codable {
    case agency, company
}
