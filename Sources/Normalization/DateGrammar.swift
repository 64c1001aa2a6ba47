import NewsModel

/// Reads one calendar expression starting at a position into a `DatePhrase`.
///
/// An expression is a chain, each part optional but in this order, each separated by at most
/// one space: a year (`2025년`, `올해`, `내년`, `지난해` …), then either a part of the year
/// (`상반기`, `1분기`, `말`, `초`, `중`) or a month (`6월`, `이달`, `다음 달`, `오는 9월` …),
/// then either a part of the month (`초`, `중순`, `하순`, `말` …) or a day (`27일`, `지난 20일`,
/// `이날`, `어제` …), then a time (`오후 4시 30분`, `16:00`). A `(금)` weekday may sit between
/// the day and the time. Suffixes after the chain (`까지`, `부터`, `이후`, `께`, `경`, `쯤`,
/// `무렵`, `전후`) set the qualifier and stay outside the surface; the period words (`말`, `초`,
/// `중순`, `연말` …) are part of the expression and its surface. When both appear, the period
/// word's qualifier wins (`연말까지` is `end`): it is what the value alone cannot say.
///
/// Not dates, by construction: a count before a duration or age word (`3년간`, `6개월 단위`,
/// `10일간`, `3일 동안`, `20년 만에`, `30세`, `50대`, `3년 차`), a year of 1–3 digits (`14년`),
/// a bare number without a unit, `2020년대`, `1990년생`, `2분기 연속`, and `매월 25일`.
enum DateGrammar {
    static func parse(_ t: ScalarText, at i: Int) -> DatePhrase? {
        let c0 = t[i]
        // Cheap rejections first: most calls come from ordinary words and plain numbers.
        var opening: (kind: KeywordKind, end: Int)?
        if ScalarClass.isDigit(c0) {
            guard unitFollowsDigits(t, i), !precededByEvery(t, i) else { return nil }
            if var ph = numericDate(t, at: i) {
                attachTime(t, &ph)
                applySuffix(t, &ph)
                return ph
            }
        } else {
            guard !ScalarClass.isHangulSyllable(t[i - 1]), let kw = keyword(t, at: i) else { return nil }
            opening = kw
        }

        var ph = DatePhrase(start: i)
        var p = i
        var direction = 0
        var needsMore = false
        var hasAny = false

        // 1. Keywords that open the chain (a chain that does not start with a digit must).
        if let kw = opening {
            switch kw.kind {
            case .year(let k):
                ph.year = .offset(k)
                hasAny = true
            case .yearPrefix:
                ph.year = .offset(0)
                needsMore = true
            case .month(let k):
                ph.month = .offset(k)
                hasAny = true
            case .week(let k):
                ph.week = k
                ph.end = kw.end
                weekdayAfterWeek(t, &ph)
                if ph.weekday != nil { attachTime(t, &ph) }
                applySuffix(t, &ph)
                return ph
            case .day(let d):
                ph.day = d
                ph.end = kw.end
                attachTime(t, &ph)
                applySuffix(t, &ph)
                return ph
            case .yearPart(let q):
                ph.year = .offset(0)
                ph.qualifier = q
                ph.end = kw.end
                applySuffix(t, &ph)
                return ph
            case .half(let h):
                ph.period = .half(h)
                ph.end = kw.end
                applySuffix(t, &ph)
                return ph
            case .quarter(let k):
                ph.period = .quarterOffset(k)
                ph.end = kw.end
                applySuffix(t, &ph)
                return ph
            case .holiday(let m, let d):
                ph.month = .absolute(m)
                ph.day = .absolute(d)
                ph.end = kw.end
                applySuffix(t, &ph)
                return ph
            case .direction(let d):
                direction = d
            case .previous(let what):
                ph.previous = what
                ph.end = kw.end
                applySuffix(t, &ph)
                return ph
            }
            p = kw.end
            if hasAny { ph.end = p }
        }

        // 2. A numeric year, or a count of years/months/weeks/days before 전/후.
        if ph.year == nil && ph.month == nil {
            if let (y, e) = numericYear(t, at: p) ?? (direction == 0 ? yearRangeStart(t, at: p) : nil) {
                ph.year = .absolute(y)
                p = e
                ph.end = e
                hasAny = true
                direction = 0
            } else if direction == 0, let off = countBeforeAgo(t, at: p) {
                switch off.unit {
                case .year: ph.year = .offset(off.amount)
                case .month: ph.month = .offset(off.amount)
                case .week: ph.week = off.amount
                case .day: ph.day = .fromStory(off.amount)
                }
                ph.end = off.end
                applySuffix(t, &ph)
                return ph
            }
        }

        // 3. A part of the year, directly or after the year.
        if ph.month == nil && (direction == 0 || ph.year == nil) && (ph.year != nil || !hasAny) {
            let q = ph.year != nil ? skipSpace(t, p) : p
            if let part = yearPart(t, at: q, afterYear: ph.year != nil), direction == 0 || part.period != nil {
                // `지난 4분기`, `오는 하반기`: the nearest such period before or after publication.
                ph.periodDirection = direction
                direction = 0
                if let period = part.period { ph.period = period }
                if let qual = part.qualifier { ph.qualifier = qual }
                if ph.year == nil && part.period == nil { ph.year = .offset(0) }
                ph.end = part.end
                applySuffix(t, &ph)
                return ph
            }
        }

        // 4. A month.
        if ph.month == nil {
            let q = hasAny || needsMore ? skipSpace(t, p) : p
            if ph.year != nil && direction == 0, let kw = keyword(t, at: q), case .holiday(let m, let d) = kw.kind {
                // `2025년 광복절`.
                ph.month = .absolute(m)
                ph.day = .absolute(d)
                ph.end = kw.end
                applySuffix(t, &ph)
                return ph
            } else if let (m, e) = numericUnit(t, at: q, unit: K.월, max: 12) ?? rangeStart(t, at: q, unit: K.월, max: 12),
                !monthCountFollows(t, e)
            {
                switch direction {
                case 1: ph.month = .next(m)
                case -1: ph.month = .past(m)
                default: ph.month = .absolute(m)
                }
                direction = 0
                p = e
                ph.end = e
                hasAny = true
            }
        }
        if needsMore && !hasAny { return nil }

        // 5. A part of the month, or a day.
        if ph.month != nil {
            let q = skipSpace(t, p)
            if let (qual, e) = monthPart(t, at: q) {
                ph.qualifier = qual
                ph.end = e
                applySuffix(t, &ph)
                return ph
            }
        }
        if ph.month != nil || ph.year == nil {
            let q = hasAny || direction != 0 ? skipSpace(t, p) : p
            if let (d, e) = numericUnit(t, at: q, unit: K.일, max: 31) ?? rangeStart(t, at: q, unit: K.일, max: 31), !dayCountFollows(t, e) {
                if ph.month != nil {
                    ph.day = .absolute(d)
                } else {
                    switch direction {
                    case 1: ph.day = .next(d)
                    case -1: ph.day = .past(d)
                    default: ph.day = .bare(d)
                    }
                }
                direction = 0
                ph.end = e
                hasAny = true
                attachTime(t, &ph)
            }
        }
        guard hasAny, direction == 0 else { return nil }
        applySuffix(t, &ph)
        return ph
    }

    /// A cheap necessary condition for `parse` to find anything at `i`.
    @inline(__always)
    static func mayStart(_ t: ScalarText, at i: Int) -> Bool {
        if ScalarClass.isDigit(t[i]) { return unitFollowsDigits(t, i) }
        return !ScalarClass.isHangulSyllable(t[i - 1]) && keyword(t, at: i) != nil
    }

    /// Whether the digits at `i` are followed by something a date can continue with: a date
    /// unit (`년 월 일 주 개 분`), a separator (`. - / : ~ ∼ ·`) or a range mark.
    @inline(__always)
    static func unitFollowsDigits(_ t: ScalarText, _ i: Int) -> Bool {
        var q = i
        while ScalarClass.isDigit(t[q]) { q += 1 }
        let c = t[q]
        switch c {
        case K.년, K.월, K.일, K.주, K.개, K.분, 0x2E, 0x2D, 0x2F, 0x3A, 0xB7, 0x30FB: return true
        case K.회: return t[q + 1] == K.계
        case 0x20: return t[q + 1] == K.회 && t[q + 2] == K.계
        default: return ScalarClass.isRangeSeparator(c)
        }
    }

    // MARK: Keywords

    enum KeywordKind {
        case year(Int)
        /// `올` before a month or a part of the year (`올 3월`, `올 초`).
        case yearPrefix
        case month(Int)
        case week(Int)
        case day(DatePhrase.Day)
        case yearPart(DateQualifier)
        case half(Int)
        /// `이번 분기` 0, `다음 분기` +1, `지난 분기` −1.
        case quarter(Int)
        /// A holiday on a fixed solar date (`광복절` = 8월 15일). Lunar ones (설날, 추석) move
        /// every year and are not resolved.
        case holiday(month: Int, day: Int)
        /// `지난` −1 / `오는` +1 before a numbered month or day.
        case direction(Int)
        /// `전년 동기`, `전년`, `전 분기`, `전월`: counted from the period named just before.
        case previous(DatePhrase.Previous)
    }

    /// `전년` at `p` (`전` `년` known): `전년 동기`, `전년 동월`, `전년 동분기`, `전년 같은 기간`
    /// (that period a year earlier), else `전년`/`전년도` (the year before).
    static func previousYear(_ t: ScalarText, at p: Int) -> (kind: KeywordKind, end: Int)? {
        var q = p + 2
        if t[q] == K.도 && wordEnds(t, q + 1) { return (.previous(.year), q + 1) }
        let r = ScalarClass.isSpace(t[q]) ? q + 1 : q
        if t[r] == K.동 {
            if t[r + 1] == K.기 || t[r + 1] == K.월 { q = r + 2 }
            else if t[r + 1] == K.분 && t[r + 2] == K.기 { q = r + 3 }
            if q > r && wordEnds(t, q) { return (.previous(.sameLastYear), q) }
        } else if r > q && t[r] == K.같 && t[r + 1] == K.은 && ScalarClass.isSpace(t[r + 2]) && t[r + 3] == K.기
            && t[r + 4] == K.간 && wordEnds(t, r + 5)
        {
            return (.previous(.sameLastYear), r + 5)
        }
        return wordEnds(t, p + 2) ? (.previous(.year), p + 2) : nil
    }

    static func keyword(_ t: ScalarText, at p: Int) -> (kind: KeywordKind, end: Int)? {
        let a = t[p], b = t[p + 1], c = t[p + 2]
        func ends(_ kind: KeywordKind, _ e: Int) -> (kind: KeywordKind, end: Int)? {
            wordEnds(t, e) ? (kind, e) : nil
        }
        let space = ScalarClass.isSpace(c)
        switch a {
        case K.올:
            if b == K.해 { return ends(.year(0), p + 2) }
            if ScalarClass.isSpace(b) { return (.yearPrefix, p + 1) }
        case K.금:
            if b == K.년 { return ends(.year(0), p + 2) }
            if b == K.주 { return ends(.week(0), p + 2) }
        case K.내:
            if b == K.년 { return ends(.year(1), p + 2) }
            if b == K.후 && c == K.년 { return ends(.year(2), p + 3) }
            if b == K.달 { return ends(.month(1), p + 2) }
            if b == K.주 { return ends(.week(1), p + 2) }
            if b == K.일 { return ends(.day(.fromPublish(1)), p + 2) }
        case K.지:
            guard b == K.난 else { return nil }
            if c == K.해 { return ends(.year(-1), p + 3) }
            if c == K.달 { return ends(.month(-1), p + 3) }
            if c == K.주 { return ends(.week(-1), p + 3) }
            if space {
                let d = t[p + 3]
                if d == K.해 { return ends(.year(-1), p + 4) }
                if d == K.달 { return ends(.month(-1), p + 4) }
                if d == K.주 { return ends(.week(-1), p + 4) }
                if ScalarClass.isDigit(d) || startsHalf(t, p + 3) { return (.direction(-1), p + 3) }
                if d == K.분 && t[p + 4] == K.기 { return ends(.quarter(-1), p + 5) }
                if let wd = weekdayWord(t, at: p + 3) { return ends(.day(.pastWeekday(wd)), p + 6) }
            }
        case K.작:
            if b == K.년 { return ends(.year(-1), p + 2) }
        case K.재:
            if b == K.작 && c == K.년 { return ends(.year(-2), p + 3) }
        case K.오:
            if b == K.늘 { return t[p + 2] == K.날 ? nil : ends(.day(.fromPublish(0)), p + 2) }
            if b == K.는 && space && (ScalarClass.isDigit(t[p + 3]) || startsHalf(t, p + 3)) { return (.direction(1), p + 3) }
            if b == K.는 && space, let wd = weekdayWord(t, at: p + 3) { return ends(.day(.nextWeekday(wd)), p + 6) }
        case K.어:
            if b == K.제 { return ends(.day(.fromPublish(-1)), p + 2) }
            if b == K.린 && c == K.이 && t[p + 3] == K.날 { return ends(.holiday(month: 5, day: 5), p + 4) }
        case K.그:
            if b == K.날 { return ends(.day(.fromAnchor(0)), p + 2) }
            if b == K.제 { return ends(.day(.fromPublish(-2)), p + 2) }
            if b == K.저 && c == K.께 { return ends(.day(.fromPublish(-2)), p + 3) }
        case K.모:
            if b == K.레 { return ends(.day(.fromPublish(2)), p + 2) }
        case K.전:
            if b == K.날 { return ends(.day(.fromAnchor(-1)), p + 2) }
            if b == K.일 { return ends(.day(.fromAnchor(-1)), p + 2) }
            if b == K.년 { return previousYear(t, at: p) }
            if b == K.월 { return ends(.previous(.month), p + 2) }
            if b == K.분 && c == K.기 { return ends(.previous(.quarter), p + 3) }
            if ScalarClass.isSpace(b) && c == K.분 && t[p + 3] == K.기 { return ends(.previous(.quarter), p + 4) }
        case K.익:
            if b == K.일 { return ends(.day(.fromAnchor(1)), p + 2) }
        case K.같:
            if b == K.은 && space && t[p + 3] == K.날 { return ends(.day(.fromAnchor(0)), p + 4) }
        case K.다:
            guard b == K.음 else { return nil }
            var q = p + 2
            if ScalarClass.isSpace(t[q]) { q += 1 }
            let d = t[q]
            if d == K.달 { return ends(.month(1), q + 1) }
            if d == K.주 { return ends(.week(1), q + 1) }
            if d == K.날 { return ends(.day(.fromAnchor(1)), q + 1) }
            if d == K.분 && t[q + 1] == K.기 { return ends(.quarter(1), q + 2) }
        case K.이:
            if b == K.날 { return ends(.day(.fromAnchor(0)), p + 2) }
            if b == K.달 { return ends(.month(0), p + 2) }
            if b == K.튿 && c == K.날 { return ends(.day(.fromAnchor(1)), p + 3) }
            if b == K.번 {
                var q = p + 2
                if ScalarClass.isSpace(t[q]) { q += 1 }
                if t[q] == K.주 { return ends(.week(0), q + 1) }
                if t[q] == K.달 { return ends(.month(0), q + 1) }
                if q == p + 3, let wd = weekdayWord(t, at: q) { return ends(.day(.thisWeekday(wd)), q + 3) }
                if t[q] == K.분 && t[q + 1] == K.기 { return ends(.quarter(0), q + 2) }
            }
        case K.당:
            if b == K.일 { return ends(.day(.fromAnchor(0)), p + 2) }
        case K.상:
            if b == K.반 && c == K.기 { return ends(.half(1), p + 3) }
        case K.하:
            if b == K.반 && c == K.기 { return ends(.half(2), p + 3) }
        case K.신: if b == K.정 { return ends(.holiday(month: 1, day: 1), p + 2) }
        case K.삼: if b == K.일 && c == K.절 { return ends(.holiday(month: 3, day: 1), p + 3) }
        case K.현: if b == K.충 && c == K.일 { return ends(.holiday(month: 6, day: 6), p + 3) }
        case K.제: if b == K.헌 && c == K.절 { return ends(.holiday(month: 7, day: 17), p + 3) }
        case K.광: if b == K.복 && c == K.절 { return ends(.holiday(month: 8, day: 15), p + 3) }
        case K.개: if b == K.천 && c == K.절 { return ends(.holiday(month: 10, day: 3), p + 3) }
        case K.한: if b == K.글 && c == K.날 { return ends(.holiday(month: 10, day: 9), p + 3) }
        case K.성: if b == K.탄 && c == K.절 { return ends(.holiday(month: 12, day: 25), p + 3) }
        case K.크:
            if b == K.리 && c == K.스 && t[p + 3] == K.마 && t[p + 4] == K.스 {
                return ends(.holiday(month: 12, day: 25), p + 5)
            }
        case K.연:
            if b == K.말 { return ends(.yearPart(.end), p + 2) }
            if b == K.초 { return ends(.yearPart(.early), p + 2) }
            if b == K.내 { return ends(.yearPart(.within), p + 2) }
        default:
            break
        }
        return nil
    }

    // MARK: Numbers with units

    /// 1–`maxDigits` digits not preceded or followed by more digits.
    @inline(__always)
    static func readInt(_ t: ScalarText, at p: Int, maxDigits: Int) -> (Int, Int)? {
        var v = 0
        var q = p
        while ScalarClass.isDigit(t[q]) {
            if q - p >= maxDigits { return nil }
            v = v * 10 + Int(t[q] - 0x30)
            q += 1
        }
        return q > p ? (v, q) : nil
    }

    /// `6월`, `27일`: a 1–2 digit number in 1…max directly followed by the unit.
    static func numericUnit(_ t: ScalarText, at p: Int, unit: UInt32, max: Int) -> (Int, Int)? {
        guard let (v, e) = readInt(t, at: p, maxDigits: 2), t[e] == unit, v >= 1, v <= max else { return nil }
        return (v, e + 1)
    }

    /// `27~28일`, `7~8월`: the first number of a range of days or months, as its own mention
    /// (the second end is read next, as a continuation of the first).
    static func rangeStart(_ t: ScalarText, at p: Int, unit: UInt32, max: Int) -> (Int, Int)? {
        guard let (v, e) = readInt(t, at: p, maxDigits: 2), v >= 1, v <= max, ScalarClass.isRangeSeparator(t[e]),
            let (w, e2) = readInt(t, at: e + 1, maxDigits: 2), t[e2] == unit, w > v, w <= max
        else { return nil }
        return (v, e)
    }

    /// `2025~2027년`: the first year of a range of years.
    static func yearRangeStart(_ t: ScalarText, at p: Int) -> (Int, Int)? {
        guard let (v, e) = readInt(t, at: p, maxDigits: 4), e - p == 4, v >= 1900, v <= 2100,
            ScalarClass.isRangeSeparator(t[e]), let (w, e2) = readInt(t, at: e + 1, maxDigits: 4), e2 - e == 5,
            t[e2] == K.년, w > v, w <= 2100
        else { return nil }
        return (v, e)
    }

    /// `2025년` (1900…2100), optionally `2025년도`; not `2020년대`, `1990년생`, `2025년간`. A
    /// fiscal year (`2025회계연도`, `2025 회계연도`) is its year: Korean companies and the state
    /// keep books by the calendar year.
    static func numericYear(_ t: ScalarText, at p: Int) -> (Int, Int)? {
        guard let (v, e) = readInt(t, at: p, maxDigits: 4), e - p == 4, v >= 1900, v <= 2100 else { return nil }
        let f = ScalarClass.isSpace(t[e]) ? e + 1 : e
        if t[f] == K.회 && t[f + 1] == K.계 && t[f + 2] == K.연 && t[f + 3] == K.도 && wordEnds(t, f + 4) {
            return (v, f + 4)
        }
        guard t[e] == K.년 else { return nil }
        let n = t[e + 1]
        switch n {
        case K.대, K.생, K.간, K.째, K.차, K.치: return nil
        case K.도: return (v, e + 2)
        default: return (v, e + 1)
        }
    }

    enum CountUnit { case year, month, week, day }

    /// `3년 전`, `6개월 후`, `2주 전`, `10일 뒤`: a count before 전/후/뒤, as a signed offset.
    static func countBeforeAgo(_ t: ScalarText, at p: Int) -> (unit: CountUnit, amount: Int, end: Int)? {
        guard let (v, e) = readInt(t, at: p, maxDigits: 3), v > 0 else { return nil }
        var q = e
        let unit: CountUnit
        switch t[q] {
        case K.년: unit = .year; q += 1
        case K.개: guard t[q + 1] == K.월 else { return nil }; unit = .month; q += 2
        case K.주: unit = .week; q += 1
        case K.일: unit = .day; q += 1
        default: return nil
        }
        if ScalarClass.isSpace(t[q]) { q += 1 }
        let sign: Int
        switch t[q] {
        case K.전: guard t[q + 1] != K.후 else { return nil }; sign = -1
        case K.후, K.뒤: sign = 1
        default: return nil
        }
        // `3주 전만 해도`: as recently as three weeks before.
        let evenThen = t[q + 1] == K.만 && ScalarClass.isSpace(t[q + 2]) && t[q + 3] == K.해
        guard wordEnds(t, q + 1) || (sign < 0 && evenThen) else { return nil }
        // A four-digit "year count" is a calendar year (`2025년 전부터` reads oddly anyway).
        if unit == .year && v >= 1000 { return nil }
        return (unit, sign * v, q + 1)
    }

    /// Words after `N월` that make it something other than a month (`3월간`).
    static func monthCountFollows(_ t: ScalarText, _ e: Int) -> Bool {
        t[e] == K.간 || t[e] == K.세
    }

    /// Words after `N일` that make it a count of days (`10일간`, `3일 동안`, `20일 만에`,
    /// `5일째`, `3일 연속`, `7일 이내`), or an offset handled elsewhere (`3일 전`).
    static func dayCountFollows(_ t: ScalarText, _ e: Int) -> Bool {
        var c = t[e]
        switch c {
        case K.간, K.째, K.치, K.씩, K.분: return true
        default: break
        }
        var q = e
        if ScalarClass.isSpace(c) { q += 1; c = t[q] }
        switch c {
        case K.동: return t[q + 1] == K.안
        case K.만: return t[q + 1] == K.에 || !ScalarClass.isHangulSyllable(t[q + 1])
        case K.연: return t[q + 1] == K.속
        case K.이: return t[q + 1] == K.내 || t[q + 1] == K.상 || t[q + 1] == K.하
        case K.여: return true
        case K.평: return t[q + 1] == K.균  // `1일 평균`: per day
        case K.총: return q > e && !ScalarClass.isHangulSyllable(t[q + 1])  // `1일 총 173회`: per day
        default: break
        }
        // `1일 2회`, `1일 3번`: so many times a day (the 1st is rarely followed by a count of times).
        guard q > e, t[e - 1] == K.일, t[e - 2] == 0x31, !ScalarClass.isDigit(t[e - 3]) else { return false }
        var r = q
        while ScalarClass.isDigit(t[r]) && r - q < 3 { r += 1 }
        guard r > q else { return false }
        switch t[r] {
        case K.회: return t[r + 1] != K.차
        case K.번: return t[r + 1] != K.째
        default: return false
        }
    }

    /// `매월 25일`, `매년 3월`: a recurring day, not one date.
    static func precededByEvery(_ t: ScalarText, _ i: Int) -> Bool {
        var b = i - 1
        if ScalarClass.isSpace(t[b]) { b -= 1 }
        let c = t[b]
        return t[b - 1] == K.매 && (c == K.년 || c == K.월 || c == K.달 || c == K.주 || c == K.일)
    }

    // MARK: Parts of years and months

    static func yearPart(_ t: ScalarText, at p: Int, afterYear: Bool) -> (period: DatePhrase.Period?, qualifier: DateQualifier?, end: Int)? {
        let a = t[p], b = t[p + 1], c = t[p + 2]
        if a == K.상 && b == K.반 && c == K.기 && wordEnds(t, p + 3) { return (.half(1), nil, p + 3) }
        if a == K.하 && b == K.반 && c == K.기 && wordEnds(t, p + 3) { return (.half(2), nil, p + 3) }
        if let (qn, e) = quarter(t, at: p) ?? quarterRangeStart(t, at: p) { return (.quarter(qn), nil, e) }
        if afterYear {
            if a == K.연 {
                if b == K.말 && wordEnds(t, p + 2) { return (nil, .end, p + 2) }
                if b == K.초 && wordEnds(t, p + 2) { return (nil, .early, p + 2) }
                if b == K.내 && wordEnds(t, p + 2) { return (nil, .within, p + 2) }
            }
            if a == K.말 && wordEnds(t, p + 1) { return (nil, .end, p + 1) }
            if a == K.초 && b != K.과 && wordEnds(t, p + 1) { return (nil, .early, p + 1) }
            if a == K.중 && wordEnds(t, p + 1) { return (nil, .within, p + 1) }
        }
        return nil
    }

    /// `1~3분기`: the first quarter of a range, as its own mention (the last is read next, as a
    /// continuation of the first, like `7~8월`).
    static func quarterRangeStart(_ t: ScalarText, at p: Int) -> (Int, Int)? {
        let d = t[p], e = t[p + 2]
        guard d >= 0x31 && d <= 0x34, ScalarClass.isRangeSeparator(t[p + 1]), e > d && e <= 0x34,
            t[p + 3] == K.분 && t[p + 4] == K.기
        else { return nil }
        return (Int(d - 0x30), p + 1)
    }

    /// `1분기` … `4분기`, `1·4분기`, `1/4분기`; not `2분기 연속`, `3분기째`, `2분기 만에`.
    static func quarter(_ t: ScalarText, at p: Int) -> (Int, Int)? {
        let d = t[p]
        guard d >= 0x31 && d <= 0x34, !ScalarClass.isDigit(t[p + 1]) else { return nil }
        var q = p + 1
        if (t[q] == 0xB7 || t[q] == 0x2F || t[q] == 0x30FB) && t[q + 1] == 0x34 { q += 2 }
        guard t[q] == K.분 && t[q + 1] == K.기 else { return nil }
        q += 2
        let n = t[q]
        if n == K.째 || n == K.별 || n == K.연 { return nil }
        if ScalarClass.isSpace(n) {
            if t.matches(q + 1, K.연, K.속) { return nil }
            if t[q + 1] == K.만 && t[q + 2] == K.에 { return nil }
        }
        if n == K.만 && t[q + 1] == K.에 { return nil }
        return (Int(d - 0x30), q)
    }

    /// `초`, `초순`, `상순` → early; `중순` → mid; `하순` → late; `말` → end; `중` → within.
    static func monthPart(_ t: ScalarText, at p: Int) -> (DateQualifier, Int)? {
        let a = t[p], b = t[p + 1]
        switch a {
        case K.초:
            if b == K.순 { return (.early, p + 2) }
            if b != K.과 && wordEnds(t, p + 1) { return (.early, p + 1) }
        case K.상: if b == K.순 { return (.early, p + 2) }
        case K.중:
            if b == K.순 { return (.mid, p + 2) }
            if wordEnds(t, p + 1) { return (.within, p + 1) }
        case K.하: if b == K.순 { return (.late, p + 2) }
        case K.말:
            if wordEnds(t, p + 1) { return (.end, p + 1) }
        default: break
        }
        return nil
    }

    // MARK: Weeks, times, suffixes

    static func weekdayNumber(_ c: UInt32) -> Int? {
        switch c {
        case K.월: return 1
        case K.화: return 2
        case K.수: return 3
        case K.목: return 4
        case K.금: return 5
        case K.토: return 6
        case K.일: return 7
        default: return nil
        }
    }

    @inline(__always)
    static func startsHalf(_ t: ScalarText, _ p: Int) -> Bool {
        (t[p] == K.상 || t[p] == K.하) && t[p + 1] == K.반 && t[p + 2] == K.기
    }

    /// `금요일` at `p`: the ISO weekday.
    static func weekdayWord(_ t: ScalarText, at p: Int) -> Int? {
        guard let wd = weekdayNumber(t[p]), t[p + 1] == K.요, t[p + 2] == K.일 else { return nil }
        return wd
    }

    /// `다음주 화요일`.
    static func weekdayAfterWeek(_ t: ScalarText, _ ph: inout DatePhrase) {
        let q = skipSpace(t, ph.end)
        if let wd = weekdayNumber(t[q]), t[q + 1] == K.요, t[q + 2] == K.일 {
            ph.weekday = wd
            ph.end = q + 3
        }
    }

    /// Attaches a time of day to a day-level phrase (`27일(금) 오후 4시 30분`).
    static func attachTime(_ t: ScalarText, _ ph: inout DatePhrase) {
        guard ph.day != nil || ph.weekday != nil, ph.hour == nil else { return }
        var q = ph.end
        if t[q] == 0x28, weekdayNumber(t[q + 1]) != nil {
            if t[q + 2] == 0x29 { q += 3 }
            else if t[q + 2] == K.요 && t[q + 3] == K.일 && t[q + 4] == 0x29 { q += 5 }
        }
        q = skipSpace(t, q)
        if let (h, m, e) = TimeOfDay.parse(t, at: q) {
            ph.hour = h
            ph.minute = m
            ph.end = e
        }
    }

    /// The qualifier from a suffix right after the phrase (or after one space for the free
    /// words `이후`, `무렵`, `경`, `쯤`, `전후`, `까지`, `부터`).
    static func applySuffix(_ t: ScalarText, _ ph: inout DatePhrase) {
        guard ph.qualifier == nil else { return }
        if let q = suffixWord(t, at: ph.end) {
            ph.qualifier = q
        } else if ScalarClass.isSpace(t[ph.end]), let q = suffixWord(t, at: ph.end + 1) {
            ph.qualifier = q
        }
    }

    private static func suffixWord(_ t: ScalarText, at p: Int) -> DateQualifier? {
        let a = t[p], b = t[p + 1]
        switch a {
        case K.까: return b == K.지 ? .until : nil
        case K.부: return b == K.터 ? .from : nil
        case K.이: return b == K.후 ? .from : nil
        case K.께: return .around
        case K.쯤: return .around
        case K.경: return wordEnds(t, p + 1) ? .around : nil
        case K.무: return b == K.렵 ? .around : nil
        case K.전: return b == K.후 ? .around : nil
        default: return nil
        }
    }

    @inline(__always)
    static func skipSpace(_ t: ScalarText, _ p: Int) -> Int {
        ScalarClass.isSpace(t[p]) ? p + 1 : p
    }

    /// Whether a word ends at `p`: no Hangul syllable follows, or the one that follows starts a
    /// particle or a date suffix (`에`, `까지`, `부터`, `께`, `의`, `보다` …).
    static func wordEnds(_ t: ScalarText, _ p: Int) -> Bool {
        let c = t[p]
        guard ScalarClass.isHangulSyllable(c) else { return true }
        switch c {
        case K.에, K.까, K.부, K.께, K.경, K.쯤, K.엔, K.의, K.을, K.를, K.이, K.가, K.은, K.는, K.도,
            K.로, K.으, K.와, K.과, K.인, K.무, K.중, K.전, K.후, K.내, K.보:
            return true
        case K.다, K.였, K.라:
            // The copula after a vowel: `하반기다`, `연말였다`, `이번 주라고`.
            return true
        default:
            return false
        }
    }
}

extension DateGrammar {
    /// `2025.06.27`, `2025. 6. 27`, `2025-06-27`, `2025/6/27`, `25.06.27`, and the month forms
    /// `2025.06`, `2025-06`, `2025/06`; a following `17:12` or `오후 4시` is attached.
    /// Phone numbers, versions and decimals fail the digit-count and range checks.
    static func numericDate(_ t: ScalarText, at i: Int) -> DatePhrase? {
        guard let (y0, e1) = readInt(t, at: i, maxDigits: 4) else { return nil }
        let yearDigits = e1 - i
        guard yearDigits == 4 || yearDigits == 2 else { return nil }
        let sep = t[e1]
        guard sep == 0x2E || sep == 0x2D || sep == 0x2F else { return nil }
        var q = e1 + 1
        let dotted = sep == 0x2E
        if dotted && ScalarClass.isSpace(t[q]) { q += 1 }
        guard let (m, e2) = readInt(t, at: q, maxDigits: 2), m >= 1, m <= 12 else { return nil }
        var ph = DatePhrase(start: i)
        if t[e2] == sep {
            var r = e2 + 1
            if dotted && ScalarClass.isSpace(t[r]) { r += 1 }
            if let (d, e3) = readInt(t, at: r, maxDigits: 2) {
                // `1.2.3.4` and `192.168.0.1` continue with another separator and digit.
                if (t[e3] == 0x2E || t[e3] == 0x2D || t[e3] == 0x2F) && ScalarClass.isDigit(t[e3 + 1]) { return nil }
                if ScalarClass.isASCIILetter(t[e3]) { return nil }
                var year = y0
                if yearDigits == 2 {
                    guard dotted, e2 - q == 2, e3 - r == 2 else { return nil }
                    year = 2000 + y0
                } else if year < 1900 || year > 2100 {
                    return nil
                }
                guard CalendarMath.isValidDay(year: year, month: m, day: d) else { return nil }
                ph.year = .absolute(year)
                ph.month = .absolute(m)
                ph.day = .absolute(d)
                ph.end = e3
                return ph
            }
            return nil
        }
        // Month only: four-digit year, two-digit month, nothing numeric after.
        guard yearDigits == 4, y0 >= 1900, y0 <= 2100, e2 - q == 2, q == e1 + 1 else { return nil }
        let n = t[e2]
        if ScalarClass.isDigit(n) || ScalarClass.isASCIILetter(n) || n == 0x25 { return nil }
        if (n == 0x2E || n == 0x2C) && ScalarClass.isDigit(t[e2 + 1]) { return nil }
        // `2025.06` next to a currency or unit is a decimal amount, not a month.
        if ScalarClass.isHangulSyllable(n) && !wordEnds(t, e2) { return nil }
        ph.year = .absolute(y0)
        ph.month = .absolute(m)
        ph.end = e2
        return ph
    }
}
