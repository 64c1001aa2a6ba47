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

    static func yearValue(_ y: Int) -> String { digits(y, 4) }
    static func monthValue(_ y: Int, _ m: Int) -> String { digits(y, 4) + "-" + digits(m, 2) }
    static func dayValue(_ y: Int, _ m: Int, _ d: Int) -> String { monthValue(y, m) + "-" + digits(d, 2) }
    static func minuteValue(_ y: Int, _ m: Int, _ d: Int, _ h: Int, _ min: Int) -> String {
        dayValue(y, m, d) + "T" + digits(h, 2) + ":" + digits(min, 2)
    }
    static func weekValue(_ y: Int, _ w: Int) -> String { digits(y, 4) + "-W" + digits(w, 2) }
    static func quarterValue(_ y: Int, _ q: Int) -> String { digits(y, 4) + "-Q" + String(q) }
    static func halfValue(_ y: Int, _ h: Int) -> String { digits(y, 4) + "-H" + String(h) }

    private static func digits(_ v: Int, _ width: Int) -> String {
        let s = String(v)
        let n = s.utf8.count
        return n >= width ? s : String(repeating: "0", count: width - n) + s
    }
}
