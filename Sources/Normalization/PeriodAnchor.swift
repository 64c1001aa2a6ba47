import NewsModel

/// The last year, half, quarter or month a field named, for the words that count from it:
/// `3분기 매출 … 전년 동기보다` is 2024-Q3 when `3분기` was 2025-Q3.
struct PeriodAnchor {
    enum Unit {
        case year
        case half(Int)
        case quarter(Int)
        case month(Int)
    }

    var year: Int
    var unit: Unit
    var relative: Bool

    /// Reads a resolved value at its precision (`2025`, `2025-H1`, `2025-Q3`, `2025-10`); nil
    /// for the other precisions. Called once per such mention, never per scalar.
    init?(value: String, precision: DatePrecision, relative: Bool) {
        let b = Array(value.utf8)
        guard b.count >= 4 else { return nil }
        var y = 0
        for k in 0..<4 {
            guard b[k] >= 0x30 && b[k] <= 0x39 else { return nil }
            y = y * 10 + Int(b[k] - 0x30)
        }
        func number(from k: Int) -> Int? {
            guard k < b.count else { return nil }
            var v = 0
            for c in b[k...] {
                guard c >= 0x30 && c <= 0x39 else { return nil }
                v = v * 10 + Int(c - 0x30)
            }
            return v
        }
        switch precision {
        case .year:
            guard b.count == 4 else { return nil }
            unit = .year
        case .half:
            guard b.count == 7, let h = number(from: 6) else { return nil }
            unit = .half(h)
        case .quarter:
            guard b.count == 7, let q = number(from: 6) else { return nil }
            unit = .quarter(q)
        case .month:
            guard b.count == 7, let m = number(from: 5) else { return nil }
            unit = .month(m)
        default:
            return nil
        }
        year = y
        self.relative = relative
    }
}
