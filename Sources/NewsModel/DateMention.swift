/// A calendar expression found in a field, resolved to an ISO-like value at its precision.
public struct DateMention: Sendable, Hashable {
    public var field: TextField
    /// Unicode scalar offsets into the field, end exclusive: `field[start..<end] == surface`.
    public var start: Int
    public var end: Int
    public var surface: String
    /// `2025-07-21T16:00`, `2025-07-21T16`, `2025-07-21`, `2025-W26`, `2025-07`, `2026-Q1`,
    /// `2026-H2` or `2027`, matching `precision`.
    public var value: String
    public var precision: DatePrecision
    /// True when the value was resolved against the article's publish time.
    public var relative: Bool
    public var qualifier: DateQualifier?

    public init(
        field: TextField, start: Int, end: Int, surface: String, value: String,
        precision: DatePrecision, relative: Bool, qualifier: DateQualifier? = nil
    ) {
        self.field = field
        self.start = start
        self.end = end
        self.surface = surface
        self.value = value
        self.precision = precision
        self.relative = relative
        self.qualifier = qualifier
    }
}
