import NewsModel

/// Recognizes and resolves calendar expressions in one field, left to right.
///
/// Anaphoric days (`이날`, `같은 날`, `당일`, `전날`, `전일`, `다음날`, `익일`) resolve against
/// the *scene day* — a day named in the same sentence or the one before (`전날인 25일 … 이날`
/// is the 25th) — else against the article's *story day*: the day written before the lead's
/// reporting verb (`… 3일 밝혔다`), else the publish day. A day named as the start or end of a
/// range (`지난 6월 8일부터`) is background, not a scene, and an anaphoric day never becomes
/// one: `전날` twice is still one day before. One recognizer per field and call, never shared.
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
    /// Whether this field's first paragraph is the lead that names the story day (the body).
    let findsStoryDay: Bool
    /// The story day: given by the caller (for the title, from the body), or found in the lead.
    private(set) var storyDay: DayAnchor?
    /// The last day named as the scene of an act, and where its mention ended.
    private var scene: (end: Int, anchor: DayAnchor)?
    /// Where the lead (the field's first line) ends, found once when first needed.
    private var leadEnd: Int?
    /// The last day-level mention and where it ended, for `5일부터 7일까지`.
    private var lastDay: (end: Int, date: CivilDateTime, relative: Bool)?
    /// The last mention naming a year and where it ended, for `2024년 7~8월`.
    private var lastYear: (end: Int, year: Int, relative: Bool)?
    /// The hour of the last mention with a time, for `오후 2시부터 4시까지`.
    private var lastHour: Int?
    /// The last year, half, quarter or month named and where it ended, for `전년 동기`: kept as
    /// its value and read into a `PeriodAnchor` only when such a word comes (most never do).
    private var lastPeriod: (end: Int, value: String, precision: DatePrecision, relative: Bool)?

    private static let reportingVerbs = WordList(NormalizationTables.reportingVerbs)

    init(reference: CivilDateTime?, storyDay: DayAnchor? = nil, findsStoryDay: Bool = false) {
        self.reference = reference
        self.storyDay = storyDay
        self.findsStoryDay = findsStoryDay && storyDay == nil
    }

    /// Whether at most one sentence end lies between `from` and `to`: the same sentence or
    /// the next one. Only called for anaphora, so the scan is paid where it is needed.
    private static func sameOrNextSentence(_ t: ScalarText, _ from: Int, _ to: Int) -> Bool {
        var ends = 0
        var k = from
        while k < to {
            if endsSentence(t, k) {
                ends += 1
                if ends > 1 { return false }
            }
            k += 1
        }
        return true
    }

    /// Whether `p` lies in the field's first line, the lead.
    private mutating func inLead(_ t: ScalarText, _ p: Int) -> Bool {
        if let leadEnd { return p < leadEnd }
        var k = 0
        while k < t.count && t[k] != 0x0A && t[k] != 0x0D { k += 1 }
        leadEnd = k
        return p < k
    }

    private static func endsSentence(_ t: ScalarText, _ k: Int) -> Bool {
        switch t[k] {
        case 0x2E: return !(ScalarClass.isDigit(t[k - 1]) && ScalarClass.isDigit(t[k + 1]))
        case 0x3F, 0x21, 0x0A, 0x0D, 0x3002: return true
        default: return false
        }
    }

    /// Whether a reporting verb (`밝혔`, `발표했` …) follows `end` in its sentence before any
    /// other day (`N일`): the day it follows is the story day.
    private static func reportingVerbFollows(_ t: ScalarText, _ end: Int) -> Bool {
        let reportingVerbs = Self.reportingVerbs
        var k = end
        while k < t.count && k - end < 300 && !endsSentence(t, k) {
            // Another day (`… 21일 오후 4시 연다고 18일 밝혔다`): the verb is that day's.
            if ScalarClass.isDigit(t[k]) && t[k + 1] == K.일 { return false }
            var found = false
            reportingVerbs.forEachMatch(t, at: k) { _, _ in found = true }
            if found { return true }
            k += 1
        }
        return false
    }

    /// Whether `phrase`, a bare day of the past week (`4일`, not `지난 4일` or `2월 4일`) in the
    /// lead's first sentence, is the day of that sentence's act: the sentence ends in a past
    /// tense verb (`…했다.`, `…였다.`: a syllable with final ㅆ before `다`) and names no other
    /// day. `마루앤컴퍼니는 4일 기업회생 절차를 신청했다.` published on the 5th is the 4th's story.
    private func leadActFollows(_ t: ScalarText, _ phrase: DatePhrase, day: Int) -> Bool {
        guard case .bare = phrase.day, let reference else { return false }
        let back = reference.daysSinceEpoch - day
        guard back >= 0 && back <= 7 else { return false }
        var k = 0
        while k < phrase.start {
            if Self.endsSentence(t, k) { return false }
            k += 1
        }
        k = phrase.end
        while k < t.count && !Self.endsSentence(t, k) {
            if ScalarClass.isDigit(t[k]) && t[k + 1] == K.일 { return false }
            k += 1
        }
        guard t[k - 1] == K.다 else { return false }
        let c = t[k - 2]
        return ScalarClass.isHangulSyllable(c) && (c - 0xAC00) % 28 == 20
    }

    /// The day `이날`/`전날` at `i` refer to: the scene day of this sentence or the one before,
    /// else the story day (nil: the publish day).
    private func anchor(_ t: ScalarText, at i: Int) -> DayAnchor? {
        if let scene, Self.sameOrNextSentence(t, scene.end, i) { return scene.anchor }
        return storyDay
    }

    /// Durations, native-numeral offsets and decades (see `DurationGrammar`).
    private mutating func recognizeDuration(_ t: ScalarText, at i: Int) -> Outcome? {
        guard DurationGrammar.mayStart(t, at: i), let found = DurationGrammar.parse(t, at: i) else { return nil }
        switch found {
        case .duration(let value, let precision, let end):
            return .found(DateMatch(start: i, end: end, value: value, precision: precision, relative: false, kind: .duration))
        case .decade(let year, let end):
            return .found(DateMatch(start: i, end: end, value: CalendarMath.decadeValue(year), precision: .decade, relative: false))
        case .offset(var phrase):
            phrase.start = i
            DateGrammar.applySuffix(t, &phrase)
            switch phrase.resolve(reference: reference, anchor: nil, story: storyDay) {
            case .resolved(let r):
                return .found(DateMatch(
                    start: i, end: phrase.end, value: r.value, precision: r.precision, relative: r.relative,
                    qualifier: phrase.qualifier))
            case .needsReference: return .skipped(end: phrase.end)
            case .invalid: return .invalid(end: phrase.end)
            }
        }
    }

    mutating func recognize(_ t: ScalarText, at i: Int) -> Outcome? {
        if let last = lastDay,
            Self.onlyConnectors(t, last.end, i)
                || (TimeOfDay.startsWithMarker(t, at: i) && Self.sameSentence(t, last.end, i)),
            let time = TimeOfDay.parse(t, at: i)
        {
            var h = time.hour
            let (minute, e) = (time.minute, time.end)
            // `27일 오후 2시부터 4시까지`: a time continuing the day just named; a bare hour
            // after an afternoon hour stays in the afternoon (4시 after 오후 2시 is 16:00).
            // `25일 서울 본사에서 오후 2시 주총을 열었다`: a time with 오전/오후/… later in the
            // sentence that named the day belongs to that day.
            if ScalarClass.isDigit(t[i]), let previous = lastHour, previous >= 12, h < 12, h + 12 > previous {
                h += 12
            }
            lastHour = h == 24 ? 0 : h
            var phrase = DatePhrase(start: i)
            phrase.end = e
            DateGrammar.applySuffix(t, &phrase)
            var c = last.date
            if h == 24 {
                // `자정`: the end of that day, the next day's 00.
                c = CivilDateTime(daysSinceEpoch: c.daysSinceEpoch + 1)
                h = 0
            }
            lastDay = (e, last.date, last.relative)
            let value = minute.map { CalendarMath.minuteValue(c.year, c.month, c.day, h, $0) }
                ?? CalendarMath.hourValue(c.year, c.month, c.day, h)
            return .found(DateMatch(
                start: i, end: e, value: value, precision: minute == nil ? .hour : .minute,
                relative: last.relative, qualifier: phrase.qualifier))
        }
        if ScalarClass.isDigit(t[i]) {
            // `징역 2년 6개월`, `징역 10월`: a prison term, neither a date nor a duration to chart.
            if Self.prisonTermBefore(t, i) { return nil }
            // `FY2025`, `FY25`: a fiscal year, the calendar year in Korea.
            if t[i - 1] == 0x59 && t[i - 2] == 0x46, let year = Self.fiscalYear(t, at: i) { return year }
        }
        if let duration = recognizeDuration(t, at: i) { return duration }
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
        } else if phrase.year == nil, phrase.month == nil, phrase.day == nil, phrase.periodDirection == 0,
            let period = phrase.period, Self.isNamedPeriod(period), let last = lastYear,
            Self.onlyConnectors(t, last.end, phrase.start)
        {
            // `2025년 1분기와 2분기`, `2027년 상반기와 하반기`: the year just named.
            phrase.year = .inherited(last.year, relative: last.relative)
        }
        var anaphoric = false
        if case .fromAnchor = phrase.day { anaphoric = true }
        var period: PeriodAnchor?
        if phrase.previous != nil, let last = lastPeriod, Self.sameOrNextSentence(t, last.end, phrase.start) {
            period = PeriodAnchor(value: last.value, precision: last.precision, relative: last.relative)
        }
        switch phrase.resolve(
            reference: reference, anchor: anaphoric ? anchor(t, at: phrase.start) : nil, story: storyDay, lastPeriod: period)
        {
        case .resolved(let r):
            if let day = r.dayNumber {
                let named = DayAnchor(day: day, relative: r.relative)
                if !anaphoric && phrase.qualifier != .from && phrase.qualifier != .until {
                    scene = (phrase.end, named)
                    if findsStoryDay && storyDay == nil && inLead(t, phrase.start)
                        && (Self.reportingVerbFollows(t, phrase.end) || leadActFollows(t, phrase, day: day))
                    {
                        storyDay = named
                    }
                }
                lastDay = (phrase.end, CivilDateTime(daysSinceEpoch: day), r.relative)
            } else if phrase.previous == nil {
                switch r.precision {
                case .year, .half, .quarter, .month: lastPeriod = (phrase.end, r.value, r.precision, r.relative)
                default: break
                }
            }
            if let y = r.year { lastYear = (phrase.end, y, r.relative) }
            lastHour = r.precision == .minute || r.precision == .hour ? phrase.hour : nil
            return .found(DateMatch(
                start: phrase.start, end: phrase.end, value: r.value, precision: r.precision,
                relative: r.relative, qualifier: phrase.qualifier))
        case .needsReference:
            return .skipped(end: phrase.end)
        case .invalid:
            return .invalid(end: phrase.end)
        }
    }

    /// Whether a prison term's word (`징역`, `금고`, `집행유예`) comes before the count at `i`,
    /// with only other counts between (`징역 2년 6개월`, `징역 3년에 집행유예 5년`).
    private static func prisonTermBefore(_ t: ScalarText, _ i: Int) -> Bool {
        var k = i - 1
        while k >= 0 && i - k <= 16 {
            let c = t[k]
            if ScalarClass.isSpace(c) || ScalarClass.isDigit(c) || c == K.년 || c == K.개 || c == K.월 || c == K.일 {
                k -= 1
                continue
            }
            break
        }
        let a = t[k - 1], b = t[k]
        return (a == K.징 && b == K.역) || (a == K.유 && b == K.예) || (a == K.금 && b == K.고)
    }

    /// `FY2025` or `FY25` at `i` (the digits; `FY` before them): the year, surface from `F`.
    private static func fiscalYear(_ t: ScalarText, at i: Int) -> Outcome? {
        guard !ScalarClass.isASCIILetter(t[i - 3]), let (v, e) = DateGrammar.readInt(t, at: i, maxDigits: 4) else { return nil }
        let year: Int
        switch e - i {
        case 4: year = v
        case 2: year = 2000 + v
        default: return nil
        }
        let next = t[e]
        guard year >= 1900, year <= 2100, !ScalarClass.isASCIILetter(next), next != 0x2E || !ScalarClass.isDigit(t[e + 1])
        else { return nil }
        return .found(DateMatch(start: i - 2, end: e, value: CalendarMath.yearValue(year), precision: .year, relative: false))
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
    private static func isNamedPeriod(_ period: DatePhrase.Period) -> Bool {
        switch period {
        case .half, .quarter: true
        case .quarterOffset: false
        }
    }

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
