/// One occurrence of an organization in a field.
public struct EntityMention: Sendable, Hashable {
    /// Canonical name of the entity, the key into `entities`.
    public var entityName: String
    public var field: TextField
    /// Unicode scalar offsets into the field, end exclusive, excluding any attached particle.
    public var start: Int
    public var end: Int
    public var surface: String

    public init(entityName: String, field: TextField, start: Int, end: Int, surface: String) {
        self.entityName = entityName
        self.field = field
        self.start = start
        self.end = end
        self.surface = surface
    }
}
