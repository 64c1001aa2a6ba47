/// Which text of an article a mention was found in. Offsets are always relative to that field.
public enum TextField: String, Sendable, Hashable, CaseIterable, Codable {
    case title
    case body
}
