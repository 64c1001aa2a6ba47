/// A decimal number `mantissa / 10^scale`, with every operation checked for overflow.
///
/// Korean amounts are digits times powers of ten (십 백 천 만 억 조 경, million, billion), so
/// exact decimal arithmetic never needs anything but shifts by powers of ten and additions:
/// `2.5조` is 25 shifted by 11 places, exactly, where a `Double` would round larger amounts.
struct ExactDecimal: Equatable {
    var mantissa: Int64
    var scale: Int

    static let zero = ExactDecimal(mantissa: 0, scale: 0)

    init(mantissa: Int64, scale: Int = 0) {
        self.mantissa = mantissa
        self.scale = scale
    }

    /// 10^k for 0 ≤ k ≤ 18.
    @inline(__always)
    static func power(_ k: Int) -> Int64? {
        switch k {
        case 0: return 1
        case 1: return 10
        case 2: return 100
        case 3: return 1_000
        case 4: return 10_000
        case 5: return 100_000
        case 6: return 1_000_000
        case 7: return 10_000_000
        case 8: return 100_000_000
        case 9: return 1_000_000_000
        case 10: return 10_000_000_000
        case 11: return 100_000_000_000
        case 12: return 1_000_000_000_000
        case 13: return 10_000_000_000_000
        case 14: return 100_000_000_000_000
        case 15: return 1_000_000_000_000_000
        case 16: return 10_000_000_000_000_000
        case 17: return 100_000_000_000_000_000
        case 18: return 1_000_000_000_000_000_000
        default: return nil
        }
    }

    /// `self × 10^k`, or nil when the result does not fit.
    func shifted(by k: Int) -> ExactDecimal? {
        if scale == 0 && k >= 0 {
            // Integers times a unit: the common case, one checked multiply.
            guard let factor = ExactDecimal.power(k) else { return mantissa == 0 ? .zero : nil }
            let (m, overflow) = mantissa.multipliedReportingOverflow(by: factor)
            return overflow ? nil : ExactDecimal(mantissa: m, scale: 0)
        }
        if k <= 0 { return ExactDecimal(mantissa: mantissa, scale: scale - k).normalized() }
        if scale >= k { return ExactDecimal(mantissa: mantissa, scale: scale - k).normalized() }
        guard let factor = ExactDecimal.power(k - scale) else { return mantissa == 0 ? .zero : nil }
        let (m, overflow) = mantissa.multipliedReportingOverflow(by: factor)
        return overflow ? nil : ExactDecimal(mantissa: m, scale: 0)
    }

    static func + (a: ExactDecimal, b: ExactDecimal) -> ExactDecimal? {
        if a.scale == 0 && b.scale == 0 {
            let (sum, overflow) = a.mantissa.addingReportingOverflow(b.mantissa)
            return overflow ? nil : ExactDecimal(mantissa: sum, scale: 0)
        }
        let s = max(a.scale, b.scale)
        guard let fa = power(s - a.scale), let fb = power(s - b.scale) else { return nil }
        let (ma, o1) = a.mantissa.multipliedReportingOverflow(by: fa)
        let (mb, o2) = b.mantissa.multipliedReportingOverflow(by: fb)
        let (sum, o3) = ma.addingReportingOverflow(mb)
        if o1 || o2 || o3 { return nil }
        return ExactDecimal(mantissa: sum, scale: s).normalized()
    }

    /// Drops trailing zero decimals so mantissas stay small across long sums.
    func normalized() -> ExactDecimal {
        if scale <= 0 { return self }
        var m = mantissa
        var s = scale
        while s > 0 && m % 10 == 0 {
            m /= 10
            s -= 1
        }
        return ExactDecimal(mantissa: m, scale: s)
    }

    /// Whole base units, rounding half away from zero: cents below a dollar cannot be stored
    /// in the integer amount columns, and `$1.5` is closer to 2 than to 1.
    var roundedToInteger: Int64? {
        if scale <= 0 {
            return shifted(by: 0).map { $0.mantissa }
        }
        guard let divisor = ExactDecimal.power(scale) else { return 0 }
        let q = mantissa / divisor
        let r = mantissa % divisor
        return r * 2 >= divisor ? q + 1 : q
    }

    static func < (a: ExactDecimal, b: ExactDecimal) -> Bool {
        let s = max(a.scale, b.scale)
        guard let fa = power(s - a.scale), let fb = power(s - b.scale) else { return false }
        let (ma, o1) = a.mantissa.multipliedReportingOverflow(by: fa)
        let (mb, o2) = b.mantissa.multipliedReportingOverflow(by: fb)
        if o1 || o2 { return false }
        return ma < mb
    }
}
