import NewsModel

/// The first and last day a date value covers (`date_start`, `date_end`), so a spreadsheet or
/// a BI tool can filter `2025-Q3` and `2025-07-21T16` by plain date ranges without knowing
/// the value formats.
enum DateBounds {
    /// - Returns: nil for a value that does not parse at its precision (never for values this
    ///   module writes) and for durations, which cover no particular days.
    static func of(value: String, precision: DatePrecision) -> (start: String, end: String)? {
        var value = value
        value.makeContiguousUTF8()
        return value.utf8.withContiguousStorageIfAvailable { of(bytes: $0, precision: precision) } ?? nil
    }

    private static func of(bytes b: UnsafeBufferPointer<UInt8>, precision: DatePrecision) -> (start: String, end: String)? {
        func number(_ from: Int, _ count: Int) -> Int? {
            guard from + count <= b.count else { return nil }
            var v = 0
            for k in from..<(from + count) {
                guard b[k] >= 0x30 && b[k] <= 0x39 else { return nil }
                v = v * 10 + Int(b[k] - 0x30)
            }
            return v
        }
        func day(_ y: Int, _ m: Int, _ d: Int) -> String { CalendarMath.dayValue(y, m, d) }
        func lastDay(_ y: Int, _ m: Int) -> Int { CivilDateTime.daysInMonth(year: y, month: m) }
        switch precision {
        case .decade:
            guard let d = number(0, 3) else { return nil }
            return (day(d * 10, 1, 1), day(d * 10 + 9, 12, 31))
        default:
            break
        }
        guard let y = number(0, 4), (1...9999).contains(y) else { return nil }
        switch precision {
        case .minute, .hour, .day:
            guard let m = number(5, 2), let d = number(8, 2), CalendarMath.isValidDay(year: y, month: m, day: d) else {
                return nil
            }
            let s = day(y, m, d)
            return (s, s)
        case .week:
            guard let w = number(6, 2) else { return nil }
            // ISO week 1 holds January 4th.
            let jan4 = CivilDateTime(year: y, month: 1, day: 4).daysSinceEpoch
            let monday = CalendarMath.monday(ofDay: jan4) + 7 * (w - 1)
            let first = CivilDateTime(daysSinceEpoch: monday)
            let last = CivilDateTime(daysSinceEpoch: monday + 6)
            return (day(first.year, first.month, first.day), day(last.year, last.month, last.day))
        case .month:
            guard let m = number(5, 2), (1...12).contains(m) else { return nil }
            return (day(y, m, 1), day(y, m, lastDay(y, m)))
        case .quarter:
            guard let q = number(6, 1), (1...4).contains(q) else { return nil }
            let m = q * 3
            return (day(y, m - 2, 1), day(y, m, lastDay(y, m)))
        case .half:
            guard let h = number(6, 1), (1...2).contains(h) else { return nil }
            return h == 1 ? (day(y, 1, 1), day(y, 6, 30)) : (day(y, 7, 1), day(y, 12, 31))
        case .year:
            return (day(y, 1, 1), day(y, 12, 31))
        case .decade:
            return nil
        }
    }
}
