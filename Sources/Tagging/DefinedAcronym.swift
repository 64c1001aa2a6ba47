/// An acronym an article defines for an organization (`정보통신산업진흥원(NIPA)`).
public struct DefinedAcronym: Sendable, Hashable {
    public var acronym: String
    /// Canonical name of the entity it stands for.
    public var entityName: String

    public init(acronym: String, entityName: String) {
        self.acronym = acronym
        self.entityName = entityName
    }
}
