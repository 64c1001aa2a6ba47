/// Currency words and symbols, and the rule that tells a currency word from the start of an
/// unrelated word (`원` vs `원칙`, `엔` vs `엔비디아`, `파운드` vs `파운드리`).
enum CurrencyLexicon {
    /// A currency word after a number: `원`, `달러`, `불`, `미국 달러`, `홍콩달러`, `엔`, `유로`
    /// (`유로화`), `위안`, `파운드`, the headline hanja `弗` (dollar), `元` (yuan), `円` (yen),
    /// or the English `dollars`/`won`, with at most one space before it (`25억 弗`).
    /// Returns nil when the word continues into a longer Hangul word that is not a particle.
    static func suffix(_ t: ScalarText, at start: Int) -> (code: String, end: Int)? {
        var p = start
        if ScalarClass.isSpace(t[p]) { p += 1 }
        guard let (code, end) = word(t, at: p) else { return nil }
        // `불` is also a prefix (불법, 불과): as a currency it must end its word outright.
        if t[p] == K.불 { return endsWord(t, at: end, afterWon: true) && t[end] != K.과 && t[end] != K.가 ? (code, end) : nil }
        return endsWord(t, at: end, afterWon: code == "KRW" && end - p == 1) ? (code, end) : nil
    }

    private static func word(_ t: ScalarText, at p: Int) -> (String, Int)? {
        let c = t[p]
        switch c {
        case K.원: return ("KRW", p + 1)
        case K.달: return t[p + 1] == K.러 ? ("USD", p + 2) : nil
        case K.불: return ("USD", p + 1)
        case 0x5F17: return ("USD", p + 1)  // 弗
        case 0x5143: return ("CNY", p + 1)  // 元
        case 0x5186: return ("JPY", p + 1)  // 円
        case K.엔: return ("JPY", p + 1)
        case K.유: return t[p + 1] == K.로 ? ("EUR", p + 2) : nil
        case K.위: return t[p + 1] == K.안 ? ("CNY", p + 2) : nil
        case K.파: return t.matches(p + 1, K.운, K.드) ? ("GBP", p + 3) : nil
        case K.미:
            // 미국 달러, 미 달러, 미화 … 달러 is written before the number instead.
            var q = p + 1
            if t[q] == K.국 { q += 1 }
            if ScalarClass.isSpace(t[q]) { q += 1 }
            return t.matches(q, K.달, K.러) ? ("USD", q + 2) : nil
        case K.홍, K.호, K.캐, K.싱, K.대, K.뉴:
            return foreignDollar(t, at: p)
        default:
            if t.matchesASCII(p, "dollar") {
                var q = p + 6
                if t[q] == 0x73 { q += 1 }
                return ScalarClass.isASCIILetter(t[q]) ? nil : ("USD", q)
            }
            if t.matchesASCII(p, "won"), !ScalarClass.isASCIILetter(t[p + 3]) { return ("KRW", p + 3) }
            return nil
        }
    }

    /// `홍콩달러`, `호주 달러`, `캐나다달러`, `싱가포르달러`, `대만달러`, `뉴질랜드달러`.
    private static func foreignDollar(_ t: ScalarText, at p: Int) -> (String, Int)? {
        var code: String
        var q: Int
        if t.matches(p, K.홍, K.콩) { code = "HKD"; q = p + 2 }
        else if t.matches(p, K.호, K.주) { code = "AUD"; q = p + 2 }
        else if t.matches(p, K.캐, K.나, K.다) { code = "CAD"; q = p + 3 }
        else if t.matches(p, K.싱, K.가) && t.matches(p + 2, K.포, K.르) { code = "SGD"; q = p + 4 }
        else if t.matches(p, K.대, K.만) { code = "TWD"; q = p + 2 }
        else if t.matches(p, K.뉴, K.질, K.랜) && t[p + 3] == K.드 { code = "NZD"; q = p + 4 }
        else { return nil }
        if ScalarClass.isSpace(t[q]) { q += 1 }
        return t.matches(q, K.달, K.러) ? (code, q + 2) : nil
    }

    /// Whether a currency word ends at `p`: not followed by a Hangul syllable, or followed by a
    /// particle or an amount word (`원을`, `원대`, `원어치`, `원보다`, `달러가량`). Anything else makes it
    /// part of another word (`원칙`, `원장`, `엔비디아`, `위안부`, `유로존`, `파운드리`).
    static func endsWord(_ t: ScalarText, at p: Int, afterWon: Bool) -> Bool {
        let c = t[p]
        guard ScalarClass.isHangulSyllable(c) else {
            // `10억원A` would be odd, but an ASCII letter glued to a currency word is a code.
            return !ScalarClass.isASCIILetter(c)
        }
        let d = t[p + 1]
        switch c {
        case K.을, K.를, K.의, K.이, K.에, K.은, K.는, K.과, K.와, K.대, K.씩, K.도, K.만, K.인,
            K.뿐, K.꼴, K.쯤, K.로, K.였, K.선:
            return true
        case K.가: return afterWon ? d == K.량 : true
        case K.으: return d == K.로 || d == K.며
        case K.어: return d == K.치
        case K.짜: return d == K.리
        case K.까: return d == K.지
        case K.부: return d == K.터
        case K.보: return d == K.다  // `450억원보다 늘었다`
        case K.상: return d == K.당
        case K.규: return d == K.모
        case K.안: return d == K.팎
        case K.내: return d == K.외
        case K.정: return d == K.도
        case K.수: return d == K.준
        case K.남: return d == K.짓
        case K.넘: return true
        case K.미: return d == K.만
        case K.초: return d == K.과
        case K.밖: return d == K.에
        case K.화: return !afterWon  // 엔화, 위안화, 달러화: the currency named as such
        case K.다, K.라: return !afterWon  // 유로다, 달러라고: the copula after a vowel
        default: return false
        }
    }

    /// A currency written before the number: `$`, `US$`, `USD `, `€`, `EUR `, `£`, `¥`, `₩`,
    /// `KRW `, or `미화 ` (US dollars in Korean). Returns the code and where the number starts.
    static func prefix(_ t: ScalarText, at p: Int) -> (code: String, numberStart: Int)? {
        let c = t[p]
        var code: String
        var q: Int
        switch c {
        case 0x24: code = "USD"; q = p + 1
        case 0x20AC: code = "EUR"; q = p + 1
        case 0xA3: code = "GBP"; q = p + 1
        case 0xA5: code = "JPY"; q = p + 1
        case 0x20A9: code = "KRW"; q = p + 1
        case 0x55, 0x45, 0x4B, 0x4A:
            if t[p] == 0x55, t[p + 1] == 0x53, t[p + 2] == 0x24 { code = "USD"; q = p + 3 }
            else if let iso = isoCode(t, at: p) { code = iso; q = p + 3 }
            else { return nil }
            if ScalarClass.isASCIILetter(t[p - 1]) || ScalarClass.isDigit(t[p - 1]) { return nil }
        case K.미:
            guard t[p + 1] == K.화, ScalarClass.isSpace(t[p + 2]) else { return nil }
            code = "USD"; q = p + 2
        default:
            return nil
        }
        if ScalarClass.isSpace(t[q]) { q += 1 }
        return ScalarClass.isDigit(t[q]) || (c == K.미 && KoreanNumeral.canStart(t, q)) ? (code, q) : nil
    }

    private static func isoCode(_ t: ScalarText, at p: Int) -> String? {
        let a = t[p], b = t[p + 1], c = t[p + 2]
        if ScalarClass.isASCIILetter(t[p + 3]) { return nil }
        switch (a, b, c) {
        case (0x55, 0x53, 0x44): return "USD"
        case (0x45, 0x55, 0x52): return "EUR"
        case (0x4B, 0x52, 0x57): return "KRW"
        case (0x4A, 0x50, 0x59): return "JPY"
        default: return nil
        }
    }

    /// `thousand`, `million`, `billion`, `trillion` after an English-style amount.
    static func englishScale(_ t: ScalarText, at start: Int) -> (exponent: Int, end: Int)? {
        var p = start
        if ScalarClass.isSpace(t[p]) { p += 1 }
        let word: StaticString
        let exponent: Int
        switch t[p] | 0x20 {
        case 0x74:
            if t.matchesASCII(p, "thousand") { word = "thousand"; exponent = 3 }
            else if t.matchesASCII(p, "trillion") { word = "trillion"; exponent = 12 }
            else { return nil }
        case 0x6D:
            guard t.matchesASCII(p, "million") else { return nil }
            word = "million"; exponent = 6
        case 0x62:
            guard t.matchesASCII(p, "billion") else { return nil }
            word = "billion"; exponent = 9
        default:
            return nil
        }
        let end = p + word.utf8CodeUnitCount
        return ScalarClass.isASCIILetter(t[end]) ? nil : (exponent, end)
    }
}
