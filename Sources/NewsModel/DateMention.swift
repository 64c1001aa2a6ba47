/// A calendar expression found in a field, resolved to an ISO-like value at its precision.
public struct DateMention: Sendable, Hashable {
    public var field: TextField
    /// Unicode scalar offsets into the field, end exclusive: `field[start..<end] == surface`.
    public var start: Int
    public var end: Int
    public var surface: String
    /// `2025-07-21T16:00`, `2025-07-21T16`, `2025-07-21`, `2025-W26`, `2025-07`, `2026-Q1`,
    /// `2026-H2`, `2027` or `197X` (a decade), matching `precision`; for a duration, ISO 8601
    /// (`P3D`, `PT24H`, `P2M`, `P3Y`).
    public var value: String
    public var precision: DatePrecision
    /// True when the value was resolved against the article's publish time.
    public var relative: Bool
    public var qualifier: DateQualifier?
    /// A date, or a duration whose `value` is ISO 8601 (`P3D`, `PT24H`) and `precision` its unit.
    public var kind: DateKind
    /// First and last day the value covers, `YYYY-MM-DD` (`2025-07` → 2025-07-01 … 2025-07-31,
    /// `197X` → 1970-01-01 … 1979-12-31); nil for durations.
    public var dateStart: String?
    public var dateEnd: String?

    public init(
        field: TextField, start: Int, end: Int, surface: String, value: String,
        precision: DatePrecision, relative: Bool, qualifier: DateQualifier? = nil,
        kind: DateKind = .date, dateStart: String? = nil, dateEnd: String? = nil
    ) {
        self.field = field
        self.start = start
        self.end = end
        self.surface = surface
        self.value = value
        self.precision = precision
        self.relative = relative
        self.qualifier = qualifier
        self.kind = kind
        self.dateStart = dateStart
        self.dateEnd = dateEnd
    }
}
