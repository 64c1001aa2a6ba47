/// A number read from the text: Arabic digits (with thousands commas and decimals), Hangul
/// numerals (일 … 구, 십 백 천) and the large units 만 억 조 경, freely mixed as Korean news
/// writes them (`2조5천억`, `1천576억`, `3억 5000만`, `오천억`, `200여억`, `수십억`, `십수억`).
///
/// `low` and `high` are equal unless the number is vague (`수백` = 200 … 900).
struct ParsedNumber {
    var low: ExactDecimal
    var high: ExactDecimal
    var start: Int
    var end: Int
    /// Whether a large unit (만 억 조 경) was applied.
    var hasLargeUnit: Bool
    /// Exponent of the last large unit applied when the number ends right after it
    /// (`20억` → 8), else 0: what a bare left end of a range inherits (`10~20억`).
    var trailingUnitExponent: Int
    var startsWithDigit: Bool
    var vague: Bool
    /// `여` inside the number (`200여억`, `100억여`): "a little over", reported as approx.
    var approximate: Bool
    /// The exact value does not fit in Int64.
    var overflow: Bool

    /// Whether the number is a plain decimal like `2.5` (which never continues `2만 …`).
    func startsWithDecimal(_ t: ScalarText) -> Bool {
        low.scale > 0
    }

    /// Multiplies both bounds by 10^k (English scale words, distributed range units).
    mutating func shift(by k: Int) {
        guard let l = low.shifted(by: k), let h = high.shifted(by: k) else {
            overflow = true
            return
        }
        low = l
        high = h
    }
}
