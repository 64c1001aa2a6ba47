/// An organization knews can tag: a gazetteer entry or one found by pattern.
public struct Entity: Sendable, Hashable {
    /// Canonical Korean name; unique across the database.
    public var name: String
    public var type: EntityType
    public var nameEnglish: String?
    public var origin: EntityOrigin
    /// 1 for gazetteer entries; the recognizer's belief for pattern entities.
    public var confidence: Double
    /// ISO 3166-1 alpha-2 country of a public body (`KR`, `US`), from the gazetteer; nil for
    /// companies, international organizations and pattern entities, whose country is unknown.
    public var country: String?
    /// For a pattern entity, the context that admitted it (`appositive:기업`,
    /// `list-with:네이버클라우드`, `suffix:파트너스`), so a reviewer sees why it was believed;
    /// nil for gazetteer entries.
    public var evidence: String?

    public init(
        name: String, type: EntityType, nameEnglish: String? = nil,
        origin: EntityOrigin, confidence: Double = 1, country: String? = nil, evidence: String? = nil
    ) {
        self.name = name
        self.type = type
        self.nameEnglish = nameEnglish
        self.origin = origin
        self.confidence = confidence
        self.country = country
        self.evidence = evidence
    }
}
