import NewsModel

/// Reads publish times as Korean news pages write them, in metadata and in visible bylines.
///
/// One parser serves JSON-LD, meta tags, profile fields and bylines, so `2025.06.27. 오후 5:12`
/// means the same wherever it appears. Only an explicit `Z` or `±hh:mm` yields an offset; every
/// other form is a wall-clock time in the configured zone.
enum PublishTimeParser {
    enum Match {
        case valid(PublishTime)
        /// Looked like a date but names no real day or time (`2025-13-45`).
        case invalid(String)
    }

    /// The first date in `text`, with its range.
    static func firstDate(in text: String) -> (match: Match, range: Range<Int>)? {
        let bytes = Array(text.utf8)
        return firstDate(in: bytes, from: 0, to: bytes.count)
    }

    static func firstDate(in s: [UInt8], from: Int, to: Int) -> (match: Match, range: Range<Int>)? {
        var i = from
        while i < to {
            if isDigit(s[i]) && (i == 0 || !isDigit(s[i - 1])) {
                if let (m, end) = match(s, at: i, limit: to) { return (m, i..<end) }
            }
            i += 1
        }
        return nil
    }

    /// Every date in `s[from..<to]`, in order.
    static func allDates(in s: [UInt8], from: Int, to: Int) -> [(match: Match, range: Range<Int>, hasTime: Bool)] {
        var out: [(Match, Range<Int>, Bool)] = []
        var i = from
        while i < to {
            if isDigit(s[i]) && (i == 0 || !isDigit(s[i - 1])) {
                if let (m, end, hasTime) = matchDetailed(s, at: i, limit: to) {
                    out.append((m, i..<end, hasTime))
                    i = end
                    continue
                }
            }
            i += 1
        }
        return out
    }

    static func match(_ s: [UInt8], at start: Int, limit: Int) -> (Match, Int)? {
        guard let (m, end, _) = matchDetailed(s, at: start, limit: limit) else { return nil }
        return (m, end)
    }

    // MARK: - Scanner

    private static let nyeon: [UInt8] = Array("년".utf8)
    private static let wol: [UInt8] = Array("월".utf8)
    private static let il: [UInt8] = Array("일".utf8)
    private static let si: [UInt8] = Array("시".utf8)
    private static let bun: [UInt8] = Array("분".utf8)
    private static let cho: [UInt8] = Array("초".utf8)
    private static let ojeon: [UInt8] = Array("오전".utf8)
    private static let ohu: [UInt8] = Array("오후".utf8)

    /// Matches `YYYY-MM-DD`, `YYYY.MM.DD`, `YYYY/MM/DD`, `YYYY. M. D.`, `YYYY년 M월 D일`, each
    /// optionally followed by a weekday in parentheses and a time (`17:12`, `17:12:05`,
    /// `오후 5:12`, `오후 5시 12분`, `T08:12:00.000Z`, `+09:00`).
    static func matchDetailed(_ s: [UInt8], at start: Int, limit: Int) -> (Match, Int, Bool)? {
        var i = start
        guard let (year, yLen) = readNumber(s, &i, limit, maxDigits: 4), yLen == 4 else { return nil }
        guard year >= 1900 && year <= 2200 else { return nil }
        var korean = false
        var sep: UInt8 = 0
        if i < limit, s[i] == 0x2D || s[i] == 0x2E || s[i] == 0x2F {
            sep = s[i]
            i += 1
        } else {
            var j = i
            skipSpaces(s, &j, limit)
            if hasPrefix(s, j, limit, nyeon) {
                korean = true
                i = j + nyeon.count
            } else {
                return nil
            }
        }
        skipSpaces(s, &i, limit)
        guard let (month, mLen) = readNumber(s, &i, limit, maxDigits: 2), mLen >= 1 else { return nil }
        if korean {
            skipSpaces(s, &i, limit)
            guard hasPrefix(s, i, limit, wol) else { return nil }
            i += wol.count
        } else {
            guard i < limit, s[i] == sep else { return nil }
            i += 1
        }
        skipSpaces(s, &i, limit)
        guard let (day, dLen) = readNumber(s, &i, limit, maxDigits: 2), dLen >= 1 else { return nil }
        if korean {
            var j = i
            skipSpaces(s, &j, limit)
            if hasPrefix(s, j, limit, il) { i = j + il.count }
        } else if sep == 0x2E, i < limit, s[i] == 0x2E {
            i += 1  // `2025.06.27.`
        }
        // A digit straight after the day means this was not a date (`2025.06.271`).
        if i < limit, isDigit(s[i]) { return nil }
        var civil = CivilDateTime(year: year, month: month, day: day)
        var offset: Int?
        var hasTime = false
        let dateEnd = i
        if let (h, m, sec, off, end) = matchTime(s, at: i, limit: limit) {
            civil.hour = h
            civil.minute = m
            civil.second = sec
            offset = off
            i = end
            hasTime = true
        } else {
            i = dateEnd
        }
        guard civil.isValid else {
            let text = String(decoding: s[start..<i], as: UTF8.self)
            return (.invalid("\"\(text)\" is not a real date and time"), i, hasTime)
        }
        return (.valid(PublishTime(civil: civil, utcOffsetSeconds: offset)), i, hasTime)
    }

    private static func matchTime(_ s: [UInt8], at start: Int, limit: Int) -> (Int, Int, Int, Int?, Int)? {
        var i = start
        var sawT = false
        if i < limit, s[i] == 0x54 || s[i] == 0x74 {  // T
            sawT = true
            i += 1
        } else {
            skipSpaces(s, &i, limit)
            // Weekday in parentheses: (금), (Fri)
            if i < limit, s[i] == 0x28 {
                var j = i + 1
                while j < limit, j - i < 14, s[j] != 0x29 { j += 1 }
                guard j < limit, s[j] == 0x29 else { return nil }
                i = j + 1
                skipSpaces(s, &i, limit)
            }
        }
        var meridiem = 0  // 1 am, 2 pm
        if !sawT {
            if hasPrefix(s, i, limit, ojeon) { meridiem = 1; i += ojeon.count }
            else if hasPrefix(s, i, limit, ohu) { meridiem = 2; i += ohu.count }
            else if let m = latinMeridiem(s, i, limit) { meridiem = m; i += 2 }
            skipSpaces(s, &i, limit)
        }
        guard let (hour0, hLen) = readNumber(s, &i, limit, maxDigits: 2), hLen >= 1 else { return nil }
        var hour = hour0
        var minute = 0
        var second = 0
        if i < limit, s[i] == 0x3A {
            i += 1
            guard let (mm, mmLen) = readNumber(s, &i, limit, maxDigits: 2), mmLen == 2 else { return nil }
            minute = mm
            if i < limit, s[i] == 0x3A {
                i += 1
                guard let (ss, ssLen) = readNumber(s, &i, limit, maxDigits: 2), ssLen == 2 else { return nil }
                second = ss
                if i < limit, s[i] == 0x2E || s[i] == 0x2C {  // fraction
                    var j = i + 1
                    while j < limit, isDigit(s[j]) { j += 1 }
                    if j > i + 1 { i = j }
                }
            }
        } else {
            var j = i
            skipSpaces(s, &j, limit)
            guard hasPrefix(s, j, limit, si) else { return nil }
            i = j + si.count
            var k = i
            skipSpaces(s, &k, limit)
            var probe = k
            if let (mm, _) = readNumber(s, &probe, limit, maxDigits: 2) {
                var q = probe
                skipSpaces(s, &q, limit)
                if hasPrefix(s, q, limit, bun) {
                    minute = mm
                    i = q + bun.count
                    k = i
                    skipSpaces(s, &k, limit)
                    probe = k
                    if let (ss, _) = readNumber(s, &probe, limit, maxDigits: 2) {
                        var r = probe
                        skipSpaces(s, &r, limit)
                        if hasPrefix(s, r, limit, cho) {
                            second = ss
                            i = r + cho.count
                        }
                    }
                }
            }
        }
        if i < limit, isDigit(s[i]) { return nil }
        if meridiem == 0 && !sawT {
            var j = i
            skipSpaces(s, &j, limit)
            if let m = latinMeridiem(s, j, limit) { meridiem = m; i = j + 2 }
        }
        if meridiem == 2 && hour < 12 { hour += 12 }
        if meridiem == 1 && hour == 12 { hour = 0 }
        var offset: Int?
        if i < limit, s[i] == 0x5A {  // Z
            offset = 0
            i += 1
        } else if i < limit, s[i] == 0x2B || s[i] == 0x2D, sawT || (i + 1 < limit && isDigit(s[i + 1])) {
            let sign = s[i] == 0x2D ? -1 : 1
            var j = i + 1
            if let oh = twoDigits(s, j, limit) {
                j += 2
                var om = 0
                if j < limit, s[j] == 0x3A { j += 1 }
                if let m = twoDigits(s, j, limit) { om = m; j += 2 }
                if oh <= 14 && om < 60 && !(j < limit && isDigit(s[j])) {
                    offset = sign * (oh * 3600 + om * 60)
                    i = j
                }
            }
        }
        return (hour, minute, second, offset, i)
    }

    @inline(__always)
    private static func latinMeridiem(_ s: [UInt8], _ i: Int, _ limit: Int) -> Int? {
        guard i + 1 < limit else { return nil }
        let a = s[i] | 0x20
        let m = s[i + 1] | 0x20
        guard m == 0x6D else { return nil }
        if i + 2 < limit, isLetter(s[i + 2]) { return nil }
        if a == 0x61 { return 1 }
        if a == 0x70 { return 2 }
        return nil
    }

    @inline(__always)
    private static func twoDigits(_ s: [UInt8], _ i: Int, _ limit: Int) -> Int? {
        guard i + 1 < limit, isDigit(s[i]), isDigit(s[i + 1]) else { return nil }
        return Int(s[i] - 0x30) * 10 + Int(s[i + 1] - 0x30)
    }

    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    @inline(__always) static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }

    @inline(__always)
    private static func skipSpaces(_ s: [UInt8], _ i: inout Int, _ limit: Int) {
        while i < limit, s[i] == 0x20 || s[i] == 0x09 || s[i] == 0x0A { i += 1 }
    }

    @inline(__always)
    static func hasPrefix(_ s: [UInt8], _ i: Int, _ limit: Int, _ p: [UInt8]) -> Bool {
        guard i + p.count <= limit else { return false }
        for k in 0..<p.count where s[i + k] != p[k] { return false }
        return true
    }

    @inline(__always)
    private static func readNumber(_ s: [UInt8], _ i: inout Int, _ limit: Int, maxDigits: Int) -> (Int, Int)? {
        var value = 0
        var digits = 0
        while i < limit, isDigit(s[i]) {
            if digits == maxDigits { return nil }
            value = value * 10 + Int(s[i] - 0x30)
            digits += 1
            i += 1
        }
        return digits == 0 ? nil : (value, digits)
    }
}
