import NewsModel

/// Lengths of time and counts before `전`/`뒤`/`만에`, read before the calendar grammar so
/// that `3일간` is never the 3rd of a month.
///
/// - Durations: a count and a unit followed by `간`, `동안`, `새`, `가까이` or `넘게` (`3일간`, `3년 동안`, `두 달 가까이`,
///   `6개월간`, `2주간`, `30분간`, `두 달 동안`, `사흘간`, `일주일 동안`, `1년 새`), and counts
///   no calendar has (`24시간`, `6개월`, `60일`: never a time, month or day of the calendar). The value is ISO 8601 (`P3D`, `P3Y`,
///   `P6M`, `P2W`, `PT30M`, `PT24H`), the precision is the unit, and the surface includes
///   `간`/`동안`.
/// - Offsets written with native numerals or `만에` (`두 달 전`, `사흘 뒤`, `일주일 전`,
///   `3년 만에`): a date that far from the story day (`만에` looks back: `3년 만에` is the year
///   three years before). Digit counts before `전`/`후`/`뒤` (`3일 전`) are read by
///   `DateGrammar.countBeforeAgo`.
/// - Years and months as one length: `1년 6개월간` (`P1Y6M`, precision month).
/// - Decades: `1970년대`, `90년대` (`197X`, `199X`; two digits below 30 are this century).
///
/// Rates are neither (`1일 평균`, `1일 총`, `하루 평균`): a count with no `간`/`동안`/`전`
/// after it is left alone.
enum DurationGrammar {
    enum Unit {
        case year, month, week, day, hour, minute

        var precision: DatePrecision {
            switch self {
            case .year: .year
            case .month: .month
            case .week: .week
            case .day: .day
            case .hour: .hour
            case .minute: .minute
            }
        }
    }

    enum Found {
        case duration(value: String, precision: DatePrecision, end: Int)
        case offset(DatePhrase)
        case decade(Int, end: Int)
    }

    /// A cheap necessary condition: the syllables and digits that can open anything here.
    @inline(__always)
    static func mayStart(_ t: ScalarText, at i: Int) -> Bool {
        let c = t[i]
        if ScalarClass.isDigit(c) { return true }
        switch c {
        case K.한, K.두, K.세, K.석, K.네, K.넉, K.다, K.여, K.일, K.아, K.열, K.하, K.이, K.사, K.나, K.닷, K.엿, K.보:
            return !ScalarClass.isHangulSyllable(t[i - 1])
        default:
            return false
        }
    }

    static func parse(_ t: ScalarText, at i: Int) -> Found? {
        var count: Int
        var unit: Unit
        var q: Int
        if ScalarClass.isDigit(t[i]) {
            var e = i
            var v = 0
            while ScalarClass.isDigit(t[e]) {
                if e - i >= 4 { return nil }
                v = v * 10 + Int(t[e] - 0x30)
                e += 1
            }
            if t[e] == K.년 && t[e + 1] == K.대 && t[e + 2] != K.비 {
                // `1970년대`, `90년대`; not `2024년대비` (`2025년 대비` has a space).
                if e - i == 4, v >= 1000, v <= 2090, v % 10 == 0 { return .decade(v, end: e + 2) }
                if e - i == 2, v % 10 == 0 { return .decade(v < 30 ? 2000 + v : 1900 + v, end: e + 2) }
                return nil
            }
            guard e - i <= 3, v > 0 else { return nil }
            count = v
            switch t[e] {
            case K.년: unit = .year; q = e + 1
            case K.개: guard t[e + 1] == K.월 else { return nil }; unit = .month; q = e + 2
            case K.달: unit = .month; q = e + 1
            case K.주:
                unit = .week
                q = t[e + 1] == K.일 && t[e + 2] == K.간 ? e + 2 : e + 1
            case K.일: unit = .day; q = e + 1
            case K.시: guard t[e + 1] == K.간 else { return nil }; unit = .hour; q = e + 2
            case K.분: unit = .minute; q = e + 1
            default: return nil
            }
            if unit == .hour {
                // `24시간`, `24시간 동안`: a duration either way, unless a point before or after now.
                var r = q
                if ScalarClass.isSpace(t[r]) { r += 1 }
                if (t[r] == K.전 || t[r] == K.뒤 || t[r] == K.후) && DateGrammar.wordEnds(t, r + 1) { return nil }
                if t[r] == K.동 && t[r + 1] == K.안 { q = r + 2 }
                return .duration(value: value(count, unit), precision: unit.precision, end: q)
            }
            // `1년 6개월간`, `2년 3개월 동안`: years and months, one length (`P1Y6M`).
            if unit == .year, e - i <= 2, ScalarClass.isSpace(t[q]), ScalarClass.isDigit(t[q + 1]),
                case .duration(let months, .month, let end)? = parse(t, at: q + 1), months.hasSuffix("M")
            {
                return .duration(value: "P\(count)Y" + months.dropFirst(), precision: .month, end: end)
            }
            // `밝힌 지 2년이 지났다`: the time since an act is a length, never a calendar year.
            if unit != .minute && afterBoundJi(t, i) && DateGrammar.wordEnds(t, q) {
                return .duration(value: value(count, unit), precision: unit.precision, end: q)
            }
            // Digits before 전/후/뒤 are `DateGrammar`'s; here only 간, 동안, 만에 and 새.
            if let found = tail(t, q, count: count, unit: unit, allowAgo: false) { return found }
            // A count no calendar has: `6개월` is never a month of the year, `60일` never a day
            // of the month, so they are lengths of time (unless 전/후/뒤 make them offsets).
            let r = ScalarClass.isSpace(t[q]) ? q + 1 : q
            let offsetFollows = (t[r] == K.전 || t[r] == K.후 || t[r] == K.뒤) && DateGrammar.wordEnds(t, r + 1)
            if !offsetFollows && DateGrammar.wordEnds(t, q) && (unit == .month && t[e] == K.개 || unit == .day && count > 31) {
                return .duration(value: value(count, unit), precision: unit.precision, end: q)
            }
            return nil
        }
        guard let native = nativeCount(t, at: i) else { return nil }
        (count, unit, q) = native
        if afterBoundJi(t, i) && DateGrammar.wordEnds(t, q) {
            return .duration(value: value(count, unit), precision: unit.precision, end: q)
        }
        return tail(t, q, count: count, unit: unit, allowAgo: true)
    }

    /// Whether the count at `i` follows the bound noun `지` after a modifier ending in ㄴ
    /// (`밝힌 지`, `설립된 지`, `문을 연 지`): the time elapsed since, a duration.
    private static func afterBoundJi(_ t: ScalarText, _ i: Int) -> Bool {
        guard ScalarClass.isSpace(t[i - 1]), t[i - 2] == K.지, ScalarClass.isSpace(t[i - 3]) else { return false }
        let c = t[i - 4]
        return ScalarClass.isHangulSyllable(c) && (c - 0xAC00) % 28 == 4
    }

    /// `간`, `동안`, `만에`, and (for native counts) `전`, `뒤`, `후` after a count and unit.
    private static func tail(_ t: ScalarText, _ q: Int, count: Int, unit: Unit, allowAgo: Bool) -> Found? {
        if t[q] == K.간 && t[q + 1] != K.격 {
            return .duration(value: value(count, unit), precision: unit.precision, end: q + 1)
        }
        let r = ScalarClass.isSpace(t[q]) ? q + 1 : q
        if t[r] == K.동 && t[r + 1] == K.안 {
            return .duration(value: value(count, unit), precision: unit.precision, end: r + 2)
        }
        // `1년 새 두 배`: within a year.
        if r > q && t[r] == K.새 && !ScalarClass.isHangulSyllable(t[r + 1]) {
            return .duration(value: value(count, unit), precision: unit.precision, end: q)
        }
        // `두 달 가까이`, `3년 넘게`: about or over that long, still a length.
        if r > q
            && ((t[r] == K.가 && t[r + 1] == K.까 && t[r + 2] == K.이 && !ScalarClass.isHangulSyllable(t[r + 3]))
                || (t[r] == K.넘 && t[r + 1] == K.게 && !ScalarClass.isHangulSyllable(t[r + 2])))
        {
            return .duration(value: value(count, unit), precision: unit.precision, end: q)
        }
        var sign = 0
        var end = r + 1
        if t[r] == K.만 && t[r + 1] == K.에 {
            sign = -1
            end = r + 2
        } else if allowAgo && r > q {
            switch t[r] {
            case K.전: if t[r + 1] != K.후 && DateGrammar.wordEnds(t, r + 1) { sign = -1 }
            case K.뒤, K.후: if DateGrammar.wordEnds(t, r + 1) { sign = 1 }
            default: break
            }
        }
        guard sign != 0, unit != .hour, unit != .minute else { return nil }
        var ph = DatePhrase(start: 0)
        ph.end = end
        let k = sign * count
        switch unit {
        case .year: ph.year = .offset(k)
        case .month: ph.month = .offset(k)
        case .week: ph.day = .fromStory(7 * k)
        case .day: ph.day = .fromStory(k)
        case .hour, .minute: return nil
        }
        return .offset(ph)
    }

    /// `P3D`, `P6M`, `P3Y`, `P2W`, `PT24H`, `PT30M`.
    static func value(_ n: Int, _ unit: Unit) -> String {
        switch unit {
        case .year: "P\(n)Y"
        case .month: "P\(n)M"
        case .week: "P\(n)W"
        case .day: "P\(n)D"
        case .hour: "PT\(n)H"
        case .minute: "PT\(n)M"
        }
    }

    /// Native counts: `하루`…`열흘`, `보름`, `일주일`, and `한`…`열` before `달`.
    private static func nativeCount(_ t: ScalarText, at p: Int) -> (Int, Unit, Int)? {
        let a = t[p], b = t[p + 1], c = t[p + 2]
        // Days as one word.
        switch (a, b) {
        case (K.하, K.루): return (1, .day, p + 2)
        case (K.이, K.틀): return (2, .day, p + 2)
        case (K.사, K.흘): return (3, .day, p + 2)
        case (K.나, K.흘): return (4, .day, p + 2)
        case (K.닷, K.새): return (5, .day, p + 2)
        case (K.엿, K.새): return (6, .day, p + 2)
        case (K.열, K.흘): return (10, .day, p + 2)
        case (K.보, K.름): return (15, .day, p + 2)
        case (K.일, K.주): return c == K.일 ? (1, .week, p + 3) : nil
        default: break
        }
        // A native number, then `달` (one space allowed).
        var n = 0
        var q = p
        switch a {
        case K.한: n = 1; q = p + 1
        case K.두: n = 2; q = p + 1
        case K.세, K.석: n = 3; q = p + 1
        case K.네, K.넉: n = 4; q = p + 1
        case K.다: guard b == K.섯 else { return nil }; n = 5; q = p + 2
        case K.여:
            if b == K.섯 { n = 6 } else if b == K.덟 { n = 8 } else { return nil }
            q = p + 2
        case K.일: guard b == K.곱 else { return nil }; n = 7; q = p + 2
        case K.아: guard b == K.홉 else { return nil }; n = 9; q = p + 2
        case K.열: n = 10; q = p + 1
        default: return nil
        }
        if ScalarClass.isSpace(t[q]) { q += 1 }
        guard t[q] == K.달 else { return nil }
        return (n, .month, q + 1)
    }
}
