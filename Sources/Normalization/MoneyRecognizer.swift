import NewsModel

/// Recognizes money amounts: a number (see `KoreanNumeral`) with a currency before or after it,
/// optionally a range, and a qualifier.
///
/// Surface rule: qualifier words written *before* the amount (`최대`, `최소`, `약`, `대략`) are
/// part of the surface; words written *after* the currency (`이상`, `이하`, `미만`, `초과`, `넘는`,
/// `까지`, `가량`, `안팎`, `내외`, `정도`, `수준`, `규모`, `사이`) are not. `여` inside the number
/// (`200여억원`) is part of the number and so of the surface.
///
/// Qualifier rule: a prefix word wins over a suffix word, which wins over `여`.
/// `최대`/`까지` → max; `최소` and `이상` glued to the currency (`10억원이상`) → min; `이상` after
/// a space, `초과`, `넘는`/`넘게`/`을 넘는` → over; `미만`/`이하` → under; `약`, `대략`, `여`,
/// `가량`, `안팎`, `내외`, `정도`, `쯤`, `수준`, `남짓` → approx.
///
/// Amounts: exact Int64 in the currency's base unit (won, dollar, yen …), computed with exact
/// decimal arithmetic (`2.5조원` = 2,500,000,000,000). Decimals below the base unit (`$1.25`,
/// `1,372.5원`) are rounded half away from zero to whole units, since the columns are integers.
/// An amount that does not fit in Int64 (`9,999경 원`) is not a mention but a warning.
/// A currency is required: `10조`, `GPU 1만 장`, `200여 명` are not money.
///
/// Signs: only a written minus (`-3조원`, `−3조원`, `△3조원`) makes an amount negative. `3조원
/// 적자` and `손실 3조원` stay positive: the loss is what the amount measures (kind `loss`),
/// and negating it too would make `SUM` over losses count it as a gain.
///
/// Ranges: `A~B`, `A∼B`, `A-B` (no spaces around a hyphen) and `A에서 B`, where a bare left end
/// inherits the right end's large unit and currency (`10~20억 원` = 10억 … 20억). `A에서 B으로`
/// (`1조 원에서 2조 원으로 늘었다`) is a change, not a range: two amounts.
enum MoneyRecognizer {
    /// - Parameter headline: the text is a title, where Korean news drops `원` after 억 and 조
    ///   (`과징금 48억…`, `매출 3조`): there such an amount is won unless a counter follows it.
    static func recognize(_ t: ScalarText, at i: Int, headline: Bool = false) -> MoneyOutcome? {
        var prefixCode: String?
        var numberStart = i
        let c = t[i]
        if ScalarClass.isDigit(c) {
            // The common case: no currency symbol to look for.
        } else if let pre = CurrencyLexicon.prefix(t, at: i) {
            prefixCode = pre.code
            numberStart = pre.numberStart
        } else {
            guard KoreanNumeral.canStart(t, i) else { return nil }
            do {
                // A Hangul numeral must start a word: `연구원`'s 구 is not nine won.
                let before = t[i - 1]
                if ScalarClass.isHangulSyllable(before) && before != K.약 { return nil }
            }
        }
        guard var first = KoreanNumeral.parse(t, at: numberStart) else { return nil }
        var q = first.end
        var firstScale: Int?
        if !first.hasLargeUnit, let sc = CurrencyLexicon.englishScale(t, at: q) {
            first.shift(by: sc.exponent)
            firstScale = sc.exponent
            q = sc.end
        }
        // `미화 500만 달러`: a prefix and a matching suffix are one currency.
        var firstCurrency = CurrencyLexicon.suffix(t, at: q)
        if let prefixCode, firstCurrency?.code != prefixCode { firstCurrency = nil }
        let afterFirst = firstCurrency?.end ?? q

        var low = first
        var high = first
        var end = afterFirst
        var code = prefixCode ?? firstCurrency?.code
        var boundedRange = false

        if mayContinueRange(t, afterFirst),
            let range = rangeEnd(t, after: afterFirst, prefixCode: prefixCode, firstCurrency: firstCurrency?.code)
        {
            var left = first
            if firstCurrency == nil {
                if firstScale == nil, let s = range.scale { left.shift(by: s) }
                else if !left.hasLargeUnit, firstScale == nil, range.number.trailingUnitExponent > 0 {
                    left.shift(by: range.number.trailingUnitExponent)
                }
            }
            low = left
            high = range.number
            end = range.end
            code = range.code
            boundedRange = range.rightMax
        }
        if code == nil, headline, firstCurrency == nil, first.trailingUnitExponent >= 8,
            endsBareHeadlineAmount(t, at: end)
        {
            code = "KRW"
        }
        guard let currency = code else { return nil }

        // Prefix qualifier words, kept inside the surface.
        var start = i
        var qualifier: MoneyQualifier?
        if let (q, s) = prefixQualifier(t, before: i) {
            qualifier = q
            start = s
            // 최소 … 최대 … names both ends: the range says it, no qualifier.
            if boundedRange && q == .min { qualifier = nil }
        }
        if qualifier == nil { qualifier = suffixQualifier(t, at: end) }
        if qualifier == nil, low.approximate || high.approximate { qualifier = .approx }

        if low.overflow || high.overflow { return .tooLarge(start: start, end: end) }
        guard var lo = low.low.roundedToInteger, var hi = high.high.roundedToInteger else {
            return .tooLarge(start: start, end: end)
        }
        if lo > hi { swap(&lo, &hi) }
        // A written sign makes the amount negative (`-3조원`, `−3조원`, `△3조원` in tables);
        // a hyphen after a digit or letter is a range or a code, not a sign.
        if start == i, ScalarClass.isDigit(t[i]), isMinusSign(t, before: i) {
            (lo, hi) = (-hi, -lo)
            start = i - 1
        }
        return .found(MoneyMatch(
            start: start, end: end, currency: currency, low: lo, high: hi, qualifier: qualifier,
            vague: low.vague || high.vague))
    }

    /// Counters that make a bare `N억`/`N조` a count (`1억 명`, `3억 건`, `2억 뷰`), not won.
    private static let counters: Set<UInt32> = Set("명개건대주장톤배회마표뷰곳권병채평석벌점편부척가년원".unicodeScalars.map(\.value))

    /// Whether a headline's bare amount ends here: at the end, before punctuation, before a
    /// particle of a noun (`48억에`, `3조를`), or before a word that is not a counter.
    private static func endsBareHeadlineAmount(_ t: ScalarText, at e: Int) -> Bool {
        let next = t[e]
        if next == 0 { return true }
        if ScalarClass.isHangulSyllable(next) {
            // Glued: a particle (`48억에`, `3조를`, `2천억대`) or a counter (`1억명`).
            return !counters.contains(next) || next == K.대
        }
        if ScalarClass.isDigit(next) || ScalarClass.isASCIILetter(next) { return false }
        if next == 0x20 {
            let word = t[e + 1]
            return !(ScalarClass.isHangulSyllable(word) && counters.contains(word)) && !ScalarClass.isASCIILetter(word)
        }
        return true
    }

    @inline(__always)
    private static func isMinusSign(_ t: ScalarText, before i: Int) -> Bool {
        let c = t[i - 1]
        guard c == 0x2D || c == 0x2212 || c == 0x25B3 else { return false }
        let b = t[i - 2]
        return !(ScalarClass.isDigit(b) || ScalarClass.isASCIILetter(b) || ScalarClass.isHangulSyllable(b) && c == 0x2D)
    }

    /// Cheap test before `rangeEnd`: a separator or `에서` follows (after at most one space).
    @inline(__always)
    private static func mayContinueRange(_ t: ScalarText, _ p: Int) -> Bool {
        let c = ScalarClass.isSpace(t[p]) ? t[p + 1] : t[p]
        return ScalarClass.isRangeSeparator(c) || c == K.에
    }

    private struct RangeEnd {
        var number: ParsedNumber
        var scale: Int?
        var end: Int
        var code: String
        var rightMax: Bool
    }

    /// The right end of a range starting at `p`, if there is one with a matching currency.
    private static func rangeEnd(_ t: ScalarText, after p0: Int, prefixCode: String?, firstCurrency: String?) -> RangeEnd? {
        var p = p0
        var spaced = false
        if ScalarClass.isSpace(t[p]) { p += 1; spaced = true }
        let sep = t[p]
        var viaEseo = false
        if ScalarClass.isRangeSeparator(sep) {
            // A hyphen with spaces around it is a dash in prose, not a range.
            if sep == 0x2D || sep == 0x2013 || sep == 0x2014 {
                if spaced || ScalarClass.isSpace(t[p + 1]) { return nil }
            }
            p += 1
        } else if !spaced, firstCurrency != nil, t[p] == K.에, t[p + 1] == K.서 {
            p += 2
            viaEseo = true
        } else {
            return nil
        }
        if ScalarClass.isSpace(t[p]) { p += 1 }
        // `최소 5000억원에서 최대 1조원`: the bounds are the range itself.
        var rightMax = false
        if t[p] == K.최 && t[p + 1] == K.대 {
            rightMax = true
            p += 2
            if ScalarClass.isSpace(t[p]) { p += 1 }
        }
        var numberStart = p
        if let pre = CurrencyLexicon.prefix(t, at: p) {
            guard pre.code == prefixCode else { return nil }
            numberStart = pre.numberStart
        }
        guard KoreanNumeral.canStart(t, numberStart), var number = KoreanNumeral.parse(t, at: numberStart) else {
            return nil
        }
        var q = number.end
        var scale: Int?
        if !number.hasLargeUnit, let sc = CurrencyLexicon.englishScale(t, at: q) {
            number.shift(by: sc.exponent)
            scale = sc.exponent
            q = sc.end
        }
        var code = prefixCode
        var end = q
        if let cur = CurrencyLexicon.suffix(t, at: q), prefixCode == nil || cur.code == prefixCode {
            code = cur.code
            end = cur.end
        } else if prefixCode == nil {
            return nil
        }
        guard let code, firstCurrency == nil || firstCurrency == code else { return nil }
        if viaEseo {
            // `1조 원에서 2조 원으로`: a change from one amount to another.
            if t[end] == K.로 || (t[end] == K.으 && t[end + 1] == K.로) { return nil }
        }
        return RangeEnd(number: number, scale: scale, end: end, code: code, rightMax: rightMax)
    }

    /// `최대`, `최소`, `약`, `대략` right before the amount (one space allowed), starting a word.
    private static func prefixQualifier(_ t: ScalarText, before i: Int) -> (MoneyQualifier, Int)? {
        var b = i - 1
        if ScalarClass.isSpace(t[b]) { b -= 1 }
        let c = t[b]
        var q: MoneyQualifier?
        var s = b
        if c == K.대 && t[b - 1] == K.최 { q = .max; s = b - 1 }
        else if c == K.소 && t[b - 1] == K.최 { q = .min; s = b - 1 }
        else if c == K.략 && t[b - 1] == K.대 { q = .approx; s = b - 1 }
        else if c == K.약 { q = .approx; s = b }
        guard let q, !ScalarClass.isHangulSyllable(t[s - 1]) else { return nil }
        return (q, s)
    }

    /// The qualifier word after the currency, which stays outside the surface.
    static func suffixQualifier(_ t: ScalarText, at e: Int) -> MoneyQualifier? {
        if let q = qualifierWord(t, at: e, attached: true) { return q }
        if ScalarClass.isSpace(t[e]), let q = qualifierWord(t, at: e + 1, attached: false) { return q }
        // `10억원을 넘는`, `10억원이 넘는`, `10억원을 웃도는`.
        let c = t[e]
        if c == K.을 || c == K.를 || c == K.이 || c == K.가 {
            var p = e + 1
            if ScalarClass.isSpace(t[p]) { p += 1 }
            if t[p] == K.넘 || t.matches(p, K.웃, K.돌) { return .over }
        }
        return nil
    }

    private static func qualifierWord(_ t: ScalarText, at p: Int, attached: Bool) -> MoneyQualifier? {
        let a = t[p], b = t[p + 1]
        switch a {
        case K.이:
            if b == K.상 { return attached ? .min : .over }
            if b == K.하 { return .under }
        case K.미: if b == K.만 { return .under }
        case K.초: if b == K.과 { return .over }
        case K.넘: if b == K.게 || b == K.는 || b == K.어 { return .over }
        case K.까: if b == K.지 { return .max }
        case K.가: if b == K.량 { return .approx }
        case K.안: if b == K.팎 { return .approx }
        case K.내: if b == K.외 { return .approx }
        case K.정: if b == K.도 { return .approx }
        case K.수: if b == K.준 { return .approx }
        case K.남: if b == K.짓 { return .approx }
        case K.쯤: return .approx
        default: break
        }
        return nil
    }
}
