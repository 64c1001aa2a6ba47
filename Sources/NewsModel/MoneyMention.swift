/// A money amount found in a field, exact in the currency's base unit.
public struct MoneyMention: Sendable, Hashable {
    public var field: TextField
    /// Unicode scalar offsets into the field, end exclusive: `field[start..<end] == surface`.
    public var start: Int
    public var end: Int
    public var surface: String
    /// ISO 4217 code: KRW, USD, JPY, EUR, CNY, GBP.
    public var currency: String
    /// Equal to `amountHigh` unless the text gave a range or a vague amount.
    public var amountLow: Int64
    public var amountHigh: Int64
    public var qualifier: MoneyQualifier?
    /// `수천억원`-style amounts whose bounds are only plausible.
    public var vague: Bool

    public init(
        field: TextField, start: Int, end: Int, surface: String, currency: String,
        amountLow: Int64, amountHigh: Int64, qualifier: MoneyQualifier? = nil, vague: Bool = false
    ) {
        self.field = field
        self.start = start
        self.end = end
        self.surface = surface
        self.currency = currency
        self.amountLow = amountLow
        self.amountHigh = amountHigh
        self.qualifier = qualifier
        self.vague = vague
    }
}
