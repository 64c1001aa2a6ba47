import NewsModel

/// One calendar expression as scalar offsets with its resolved value.
struct DateMatch: Equatable {
    var start: Int
    var end: Int
    var value: String
    var precision: DatePrecision
    var relative: Bool
    var qualifier: DateQualifier?
}

/// Recognizes and resolves calendar expressions in one field, left to right.
///
/// It carries the day last named in the field, because `이날`, `당일`, `전날` and `다음날` refer
/// to it (`전날인 25일 … 이날` is the 25th); one recognizer per field and call, never shared.
struct DateRecognizer {
    enum Outcome: Equatable {
        case found(DateMatch)
        /// Relative, with no publish time to resolve it against: skipped and counted.
        case skipped(end: Int)
        /// Read as a date but names none (`2월 30일`): skipped whole, so no part of it is
        /// re-read as a shorter date.
        case invalid(end: Int)
    }

    let reference: CivilDateTime?
    private(set) var anchor: DayAnchor?
    /// The last day-level mention and where it ended, for `5일부터 7일까지`.
    private var lastDay: (end: Int, date: CivilDateTime, relative: Bool)?

    init(reference: CivilDateTime?) {
        self.reference = reference
    }

    mutating func recognize(_ t: ScalarText, at i: Int) -> Outcome? {
        guard var phrase = DateGrammar.parse(t, at: i) else { return nil }
        if case .bare(let d) = phrase.day, let last = lastDay, Self.onlyConnectors(t, last.end, phrase.start) {
            var (y, m) = (last.date.year, last.date.month)
            if d < last.date.day { (y, m) = CalendarMath.addMonths(year: y, month: m, 1) }
            phrase.day = .following(year: y, month: m, day: d, relative: last.relative)
        }
        switch phrase.resolve(reference: reference, anchor: anchor) {
        case .resolved(let r):
            if let day = r.dayNumber {
                anchor = DayAnchor(day: day, relative: r.relative)
                lastDay = (phrase.end, CivilDateTime(daysSinceEpoch: day), r.relative)
            }
            return .found(DateMatch(
                start: phrase.start, end: phrase.end, value: r.value, precision: r.precision,
                relative: r.relative, qualifier: phrase.qualifier))
        case .needsReference:
            return .skipped(end: phrase.end)
        case .invalid:
            return .invalid(end: phrase.end)
        }
    }

    /// Whether only list or range connectors (`~`, `,`, `·`, `부터`, `까지`, `와`, `및`, spaces)
    /// separate two mentions, so the second continues the first.
    private static func onlyConnectors(_ t: ScalarText, _ from: Int, _ to: Int) -> Bool {
        guard to >= from, to - from <= 6 else { return false }
        for k in from..<to {
            let c = t[k]
            if ScalarClass.isSpace(c) || ScalarClass.isRangeSeparator(c) || c == 0x2C || c == 0xB7 || c == 0x30FB {
                continue
            }
            switch c {
            case K.부, K.터, K.까, K.지, K.와, K.과, K.및, K.에, K.서: continue
            default: return false
            }
        }
        return true
    }
}
