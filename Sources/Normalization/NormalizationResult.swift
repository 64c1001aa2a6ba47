import NewsModel

/// What the field-level scan produces.
public struct NormalizationResult: Sendable {
    /// Sorted by start offset; no two overlap.
    public var money: [MoneyMention]
    /// Sorted by start offset; no two overlap.
    public var dates: [DateMention]
    /// Relative date expressions dropped because the publish time was unknown.
    public var skippedRelative: Int
    /// Amounts too large for Int64 and similar, worth an input warning.
    public var warnings: [String]
    /// The body's story day (the day before the lead's reporting verb, `… 3일 밝혔다`), to pass
    /// to the title's call; nil when the lead names none (the publish day is used).
    public var storyDay: CivilDateTime?

    public init(money: [MoneyMention] = [], dates: [DateMention] = [], skippedRelative: Int = 0, warnings: [String] = []) {
        self.money = money
        self.dates = dates
        self.skippedRelative = skippedRelative
        self.warnings = warnings
    }
}
