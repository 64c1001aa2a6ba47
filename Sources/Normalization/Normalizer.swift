import NewsModel

/// Finds money amounts and calendar expressions in one field of an article. API CONTRACT STUB.
public struct Normalizer: Sendable {
    public init() {}

    /// - Parameter reference: the article's publish time in the configured zone; relative
    ///   expressions are skipped (and counted) when it is nil.
    public func normalize(_ text: String, field: TextField, reference: CivilDateTime?) -> NormalizationResult {
        fatalError("Normalizer.normalize not implemented yet")
    }
}

public struct NormalizationResult: Sendable {
    public var money: [MoneyMention]
    public var dates: [DateMention]
    /// Relative date expressions dropped because the publish time was unknown.
    public var skippedRelative: Int
    /// Amounts too large for Int64 and similar, worth an input warning.
    public var warnings: [String]

    public init(money: [MoneyMention] = [], dates: [DateMention] = [], skippedRelative: Int = 0, warnings: [String] = []) {
        self.money = money
        self.dates = dates
        self.skippedRelative = skippedRelative
        self.warnings = warnings
    }
}
