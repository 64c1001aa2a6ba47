/// A money amount found in a field, exact in the currency's base unit.
public struct MoneyMention: Sendable, Hashable {
    public var field: TextField
    /// Unicode scalar offsets into the field, end exclusive: `field[start..<end] == surface`.
    public var start: Int
    public var end: Int
    public var surface: String
    /// ISO 4217 code: KRW, USD, JPY, EUR, CNY, GBP.
    public var currency: String
    /// Equal to `amountHigh` unless the text gave a range or a vague amount. Negative only when
    /// the text wrote a sign (`-3조원`, `△3조원`); `3조원 적자` stays positive with kind `loss`.
    public var amountLow: Int64
    public var amountHigh: Int64
    public var qualifier: MoneyQualifier?
    /// `수천억원`-style amounts whose bounds are only plausible.
    public var vague: Bool
    /// What the amount measures, from the words around it; nil when none tells.
    public var kind: MoneyKind?
    /// Canonical name of the organization the amount belongs to (the subject of its clause or
    /// its `X의` possessor), set where normalization and tagging meet; nil when unclear.
    public var owner: String?

    public init(
        field: TextField, start: Int, end: Int, surface: String, currency: String,
        amountLow: Int64, amountHigh: Int64, qualifier: MoneyQualifier? = nil, vague: Bool = false,
        kind: MoneyKind? = nil, owner: String? = nil
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
        self.kind = kind
        self.owner = owner
    }
}
