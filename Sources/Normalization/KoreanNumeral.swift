enum KoreanNumeral {
    @inline(__always)
    static func largeUnitExponent(_ c: UInt32) -> Int? {
        switch c {
        case K.만: return 4
        case K.억: return 8
        case K.조: return 12
        case K.경: return 16
        default: return nil
        }
    }

    @inline(__always)
    static func smallUnitExponent(_ c: UInt32) -> Int? {
        switch c {
        case K.십: return 1
        case K.백: return 2
        case K.천: return 3
        default: return nil
        }
    }

    @inline(__always)
    static func hangulDigit(_ c: UInt32) -> Int64? {
        switch c {
        case K.일: return 1
        case K.이: return 2
        case K.삼: return 3
        case K.사: return 4
        case K.오: return 5
        case K.육: return 6
        case K.칠: return 7
        case K.팔: return 8
        case K.구: return 9
        default: return nil
        }
    }

    /// What may follow the last digit of an all-Hangul number: not a syllable that would make
    /// the digit part of a word, except a currency word (`삼십오원`).
    @inline(__always)
    static func endsHangulNumber(_ c: UInt32) -> Bool {
        !ScalarClass.isHangulSyllable(c) || c == K.원 || c == K.달 || c == K.엔
    }

    /// `수 조원`, `수 억 원`: `수` and a large unit written apart.
    @inline(__always)
    static func vagueWithSpace(_ t: ScalarText, _ p: Int) -> Bool {
        t[p] == K.수 && ScalarClass.isSpace(t[p + 1]) && largeUnitExponent(t[p + 2]) != nil
    }

    @inline(__always)
    static func isUnit(_ c: UInt32) -> Bool {
        smallUnitExponent(c) != nil || largeUnitExponent(c) != nil
    }

    /// Whether a number may start at `p`: digits, a Hangul digit or small unit that leads into a
    /// unit, or `수` before a unit. Cheap, so the scanner can call it on every candidate.
    @inline(__always)
    static func canStart(_ t: ScalarText, _ p: Int) -> Bool {
        let c = t[p]
        if ScalarClass.isDigit(c) { return true }
        if c == K.수 { return isUnit(t[p + 1]) || vagueWithSpace(t, p) }
        if smallUnitExponent(c) != nil { return true }
        if hangulDigit(c) != nil { return isUnit(t[p + 1]) }
        return false
    }

    /// Arabic digits with optional thousands commas (`1,936`) and decimals (`2.5`).
    static func parseArabic(_ t: ScalarText, at start: Int) -> (value: ExactDecimal, end: Int, overflow: Bool)? {
        var p = start
        var m: Int64 = 0
        var overflow = false
        var digits = 0
        @inline(__always) func push(_ c: UInt32) {
            let (a, o1) = m.multipliedReportingOverflow(by: 10)
            let (b, o2) = a.addingReportingOverflow(Int64(c - 0x30))
            if o1 || o2 { overflow = true } else { m = b }
        }
        while true {
            let c = t[p]
            if ScalarClass.isDigit(c) {
                push(c)
                digits += 1
                p += 1
            } else if c == 0x2C, digits > 0,
                ScalarClass.isDigit(t[p + 1]), ScalarClass.isDigit(t[p + 2]), ScalarClass.isDigit(t[p + 3]),
                !ScalarClass.isDigit(t[p + 4])
            {
                push(t[p + 1]); push(t[p + 2]); push(t[p + 3])
                p += 4
            } else {
                break
            }
        }
        guard digits > 0 else { return nil }
        var scale = 0
        if t[p] == 0x2E, ScalarClass.isDigit(t[p + 1]) {
            p += 1
            while ScalarClass.isDigit(t[p]) {
                push(t[p])
                scale += 1
                p += 1
            }
        }
        return (ExactDecimal(mantissa: m, scale: scale).normalized(), p, overflow)
    }

    private struct Section {
        var low: ExactDecimal
        var high: ExactDecimal
        var end: Int
        var vague: Bool
        var overflow: Bool
    }

    /// One group below a large unit: `5천`, `1천576`, `4천800`, `2.5`, `삼십`, `수백`, `십수`.
    private static func parseSection(_ t: ScalarText, at start: Int) -> Section? {
        var p = start
        var low = ExactDecimal.zero
        var high = ExactDecimal.zero
        var lastSmall = 4
        var any = false
        var vague = false
        var overflow = false
        let allHangul = !ScalarClass.isDigit(t[start])
        func add(_ l: ExactDecimal, _ h: ExactDecimal) {
            if let a = low + l, let b = high + h { low = a; high = b } else { overflow = true }
        }
        while true {
            var coefLow: ExactDecimal?
            var coefHigh: ExactDecimal?
            var coefEnd = p
            let c = t[p]
            if ScalarClass.isDigit(c) {
                // Arabic digits after a small unit continue the section (`1천576`); a second
                // Arabic run right after another cannot happen (digits are consumed greedily).
                guard let a = parseArabic(t, at: p) else { break }
                if a.overflow { overflow = true }
                coefLow = a.value
                coefHigh = a.value
                coefEnd = a.end
            } else if let d = hangulDigit(c), isUnit(t[p + 1]) || (allHangul && lastSmall < 4 && endsHangulNumber(t[p + 1])) {
                // `구십구`: a last digit after a Hangul unit, in an all-Hangul number only, so
                // `1천이 넘는` stays 1천.
                coefLow = ExactDecimal(mantissa: d)
                coefHigh = coefLow
                coefEnd = p + 1
            } else if c == K.수, isUnit(t[p + 1]) {
                coefLow = ExactDecimal(mantissa: 2)
                coefHigh = ExactDecimal(mantissa: 9)
                coefEnd = p + 1
                vague = true
            } else if !any, vagueWithSpace(t, p) {
                coefLow = ExactDecimal(mantissa: 2)
                coefHigh = ExactDecimal(mantissa: 9)
                coefEnd = p + 2
                vague = true
            }
            if let e = smallUnitExponent(t[coefEnd]), e < lastSmall {
                let l = (coefLow ?? ExactDecimal(mantissa: 1)).shifted(by: e)
                let h = (coefHigh ?? ExactDecimal(mantissa: 1)).shifted(by: e)
                if let l, let h { add(l, h) } else { overflow = true }
                lastSmall = e
                p = coefEnd + 1
                any = true
                // 십수 = 11 … 19: `수` after 십 with no unit of its own.
                if e == 1, t[p] == K.수, smallUnitExponent(t[p + 1]) == nil {
                    add(ExactDecimal(mantissa: 1), ExactDecimal(mantissa: 9))
                    vague = true
                    p += 1
                    break
                }
                continue
            }
            if let l = coefLow, let h = coefHigh {
                add(l, h)
                p = coefEnd
                any = true
            }
            break
        }
        return any ? Section(low: low, high: high, end: p, vague: vague, overflow: overflow) : nil
    }

    /// Parses the longest number at `start`. Large units must descend (`1조4천600억`); a group
    /// after a space is joined only when it ends in a smaller large unit (`1조 4000억`), so
    /// `10억 2025년` stays `10억`.
    ///
    /// - Complexity: O(length of the number).
    static func parse(_ t: ScalarText, at start: Int, belowUnit: Int = 20) -> ParsedNumber? {
        var p = start
        var low = ExactDecimal.zero
        var high = ExactDecimal.zero
        var lastLarge = belowUnit
        var hasLarge = false
        var trailing = 0
        var vague = false
        var approx = false
        var overflow = false
        var end = start
        var parsedAny = false
        func add(_ l: ExactDecimal?, _ h: ExactDecimal?) {
            if let l, let h, let a = low + l, let b = high + h { low = a; high = b } else { overflow = true }
        }
        while true {
            guard let sec = parseSection(t, at: p) else { break }
            parsedAny = true
            vague = vague || sec.vague
            overflow = overflow || sec.overflow
            var q = sec.end
            let yeoBeforeUnit = t[q] == K.여 && largeUnitExponent(t[q + 1]) != nil
            if yeoBeforeUnit { q += 1 }
            if let e = largeUnitExponent(t[q]), e < lastLarge {
                add(sec.low.shifted(by: e), sec.high.shifted(by: e))
                lastLarge = e
                hasLarge = true
                trailing = e
                approx = approx || yeoBeforeUnit
                q += 1
                if t[q] == K.여 {
                    approx = true
                    q += 1
                }
                p = q
                end = q
                let c = t[p]
                if ScalarClass.isDigit(c) || (hangulDigit(c) != nil && isUnit(t[p + 1]))
                    || smallUnitExponent(c) != nil
                {
                    continue
                }
                if ScalarClass.isSpace(c), ScalarClass.isDigit(t[p + 1]),
                    let more = parse(t, at: p + 1, belowUnit: lastLarge), !more.vague,
                    more.hasLargeUnit || (!more.startsWithDecimal(t) && CurrencyLexicon.suffix(t, at: more.end) != nil
                        && more.high < ExactDecimal(mantissa: 1).shifted(by: lastLarge) ?? .zero)
                {
                    add(more.low, more.high)
                    overflow = overflow || more.overflow
                    approx = approx || more.approximate
                    trailing = more.trailingUnitExponent
                    end = more.end
                }
                break
            }
            // A bare section ends the number (`1만2천`, `500`).
            add(sec.low, sec.high)
            trailing = 0
            end = sec.end
            if t[end] == K.여 {
                approx = true
                end += 1
            }
            break
        }
        guard parsedAny else { return nil }
        return ParsedNumber(
            low: low, high: high, start: start, end: end, hasLargeUnit: hasLarge,
            trailingUnitExponent: trailing, startsWithDigit: ScalarClass.isDigit(t[start]),
            vague: vague, approximate: approx, overflow: overflow)
    }
}
