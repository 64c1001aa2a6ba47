import NewsModel

/// Calendar arithmetic on day numbers (days since 1970-01-01) and value formatting, without
/// Foundation: relative dates are resolved for every article, so this must stay allocation-light.
enum CalendarMath {
    static func addMonths(year: Int, month: Int, _ k: Int) -> (year: Int, month: Int) {
        let index = year * 12 + (month - 1) + k
        let y = index >= 0 ? index / 12 : (index - 11) / 12
        return (y, index - y * 12 + 1)
    }

    /// ISO 8601 week-numbering year and week of a day: the week belongs to the year of its Thursday.
    static func isoWeek(ofDay days: Int) -> (year: Int, week: Int) {
        let weekday = CivilDateTime(daysSinceEpoch: days).isoWeekday
        let thursday = days - (weekday - 1) + 3
        let year = CivilDateTime(daysSinceEpoch: thursday).year
        let jan1 = CivilDateTime(year: year, month: 1, day: 1).daysSinceEpoch
        return (year, (thursday - jan1) / 7 + 1)
    }

    /// The Monday of the ISO week containing `days`.
    static func monday(ofDay days: Int) -> Int {
        days - (CivilDateTime(daysSinceEpoch: days).isoWeekday - 1)
    }

    static func isValidDay(year: Int, month: Int, day: Int) -> Bool {
        (1...9999).contains(year) && (1...12).contains(month) && day >= 1
            && day <= CivilDateTime.daysInMonth(year: year, month: month)
    }

    // MARK: Values in the contract's formats.
    //
    // Written straight into the string's UTF-8 storage: a date value is built for every date
    // mention, and interpolation with padding costs several allocations each.

    static func yearValue(_ y: Int) -> String {
        format(10) { w in w.digits(y, 4) }
    }

    static func monthValue(_ y: Int, _ m: Int) -> String {
        format(10) { w in w.digits(y, 4); w.byte(0x2D); w.digits(m, 2) }
    }

    static func dayValue(_ y: Int, _ m: Int, _ d: Int) -> String {
        format(12) { w in w.digits(y, 4); w.byte(0x2D); w.digits(m, 2); w.byte(0x2D); w.digits(d, 2) }
    }

    static func minuteValue(_ y: Int, _ m: Int, _ d: Int, _ h: Int, _ min: Int) -> String {
        format(20) { w in
            w.digits(y, 4); w.byte(0x2D); w.digits(m, 2); w.byte(0x2D); w.digits(d, 2)
            w.byte(0x54); w.digits(h, 2); w.byte(0x3A); w.digits(min, 2)
        }
    }

    static func hourValue(_ y: Int, _ m: Int, _ d: Int, _ h: Int) -> String {
        format(16) { w in
            w.digits(y, 4); w.byte(0x2D); w.digits(m, 2); w.byte(0x2D); w.digits(d, 2)
            w.byte(0x54); w.digits(h, 2)
        }
    }

    /// `197X`: the decade's first three digits and an X.
    static func decadeValue(_ decade: Int) -> String {
        format(6) { w in w.digits(decade / 10, 3); w.byte(0x58) }
    }

    static func weekValue(_ y: Int, _ wk: Int) -> String {
        format(10) { w in w.digits(y, 4); w.byte(0x2D); w.byte(0x57); w.digits(wk, 2) }
    }

    static func quarterValue(_ y: Int, _ q: Int) -> String {
        format(10) { w in w.digits(y, 4); w.byte(0x2D); w.byte(0x51); w.digits(q, 1) }
    }

    static func halfValue(_ y: Int, _ h: Int) -> String {
        format(10) { w in w.digits(y, 4); w.byte(0x2D); w.byte(0x48); w.digits(h, 1) }
    }

    private struct Writer {
        let buffer: UnsafeMutableBufferPointer<UInt8>
        var count = 0

        mutating func byte(_ b: UInt8) {
            buffer[count] = b
            count += 1
        }

        /// Zero-padded to `width`; wider values keep all their digits (years stay 1…9999).
        mutating func digits(_ value: Int, _ width: Int) {
            var v = max(0, value)
            var total = width
            if v >= 10_000 || (width < 4 && v >= 10) {
                var probe = v
                var n = 0
                while probe > 0 { n += 1; probe /= 10 }
                total = max(n, width)
            }
            var k = count + total - 1
            for _ in 0..<total {
                buffer[k] = UInt8(0x30 + v % 10)
                v /= 10
                k -= 1
            }
            count += total
        }
    }

    private static func format(_ capacity: Int, _ body: (inout Writer) -> Void) -> String {
        String(unsafeUninitializedCapacity: capacity) { buffer in
            var w = Writer(buffer: buffer)
            body(&w)
            return w.count
        }
    }
}
