import NewsModel

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
    /// The last mention naming a year and where it ended, for `2024년 7~8월`.
    private var lastYear: (end: Int, year: Int, relative: Bool)?
    /// The hour of the last mention with a time, for `오후 2시부터 4시까지`.
    private var lastHour: Int?

    init(reference: CivilDateTime?) {
        self.reference = reference
    }

    mutating func recognize(_ t: ScalarText, at i: Int) -> Outcome? {
        if let last = lastDay,
            Self.onlyConnectors(t, last.end, i)
                || (TimeOfDay.startsWithMarker(t, at: i) && Self.sameSentence(t, last.end, i)),
            let time = TimeOfDay.parse(t, at: i)
        {
            var h = time.hour
            let (m, e) = (time.minute, time.end)
            // `27일 오후 2시부터 4시까지`: a time continuing the day just named; a bare hour
            // after an afternoon hour stays in the afternoon (4시 after 오후 2시 is 16:00).
            // `25일 서울 본사에서 오후 2시 주총을 열었다`: a time with 오전/오후/… later in the
            // sentence that named the day belongs to that day.
            if ScalarClass.isDigit(t[i]), let previous = lastHour, previous >= 12, h < 12, h + 12 > previous {
                h += 12
            }
            lastHour = h
            var phrase = DatePhrase(start: i)
            phrase.end = e
            DateGrammar.applySuffix(t, &phrase)
            let c = last.date
            lastDay = (e, c, last.relative)
            return .found(DateMatch(
                start: i, end: e, value: CalendarMath.minuteValue(c.year, c.month, c.day, h, m),
                precision: .minute, relative: last.relative, qualifier: phrase.qualifier))
        }
        // Most calls come from ordinary words (이번, 전문가, 지역 …) and plain numbers: reject
        // them before a whole phrase value is built and copied.
        guard DateGrammar.mayStart(t, at: i), var phrase = DateGrammar.parse(t, at: i) else { return nil }
        if case .bare(let d) = phrase.day, let last = lastDay, Self.onlyConnectors(t, last.end, phrase.start) {
            var (y, m) = (last.date.year, last.date.month)
            if d < last.date.day { (y, m) = CalendarMath.addMonths(year: y, month: m, 1) }
            phrase.day = .following(year: y, month: m, day: d, relative: last.relative)
        } else if phrase.year == nil, case .absolute = phrase.month, let last = lastYear,
            Self.onlyConnectors(t, last.end, phrase.start)
        {
            phrase.year = .inherited(last.year, relative: last.relative)
        }
        switch phrase.resolve(reference: reference, anchor: anchor) {
        case .resolved(let r):
            if let day = r.dayNumber {
                anchor = DayAnchor(day: day, relative: r.relative)
                lastDay = (phrase.end, CivilDateTime(daysSinceEpoch: day), r.relative)
            }
            if let y = r.year { lastYear = (phrase.end, y, r.relative) }
            lastHour = r.precision == .minute ? phrase.hour : nil
            return .found(DateMatch(
                start: phrase.start, end: phrase.end, value: r.value, precision: r.precision,
                relative: r.relative, qualifier: phrase.qualifier))
        case .needsReference:
            return .skipped(end: phrase.end)
        case .invalid:
            return .invalid(end: phrase.end)
        }
    }

    /// Whether `from..<to` is short (≤ 40 scalars) and holds no sentence end (`.` that is not a
    /// decimal point, `?`, `!`, a line break).
    private static func sameSentence(_ t: ScalarText, _ from: Int, _ to: Int) -> Bool {
        guard to >= from, to - from <= 40 else { return false }
        for k in from..<to {
            switch t[k] {
            case 0x2E:
                if !(ScalarClass.isDigit(t[k - 1]) && ScalarClass.isDigit(t[k + 1])) { return false }
            case 0x3F, 0x21, 0x0A, 0x0D, 0x3002: return false
            default: continue
            }
        }
        return true
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
