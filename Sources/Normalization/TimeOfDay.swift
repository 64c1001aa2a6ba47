/// Times of day: `오후 4시`, `오전 10시 30분`, `17시`, `16:00`, `낮 12시`, `밤 9시`, `새벽 3시`,
/// `4시 반`, `정오`, `자정`. Only ever attached to a day: a lone time names no date.
enum TimeOfDay {
    private enum Marker { case none, am, pm, daytime, night }

    /// `오전`, `오후`, `새벽`, `아침`, `저녁`, `낮`, `밤`, `정오`, `자정` at `p`: a time that says
    /// which half of the day it is in.
    static func startsWithMarker(_ t: ScalarText, at p: Int) -> Bool {
        let a = t[p], b = t[p + 1]
        switch a {
        case K.오: return b == K.전 || b == K.후
        case K.새: return b == K.벽
        case K.아: return b == K.침
        case K.저: return b == K.녁
        case K.낮, K.밤: return !ScalarClass.isHangulSyllable(b)
        case K.정: return b == K.오
        case K.자: return b == K.정
        default: return false
        }
    }

    /// The hour and, when the text gave minutes (`30분`, `:30`, `반`), the minute: `오후 4시`,
    /// `정오` and `자정` name an hour, not its first minute. `자정` is hour 24, the end of the
    /// day it follows (`31일 자정` = the 1st at 00): callers move it to the next day's 00.
    static func parse(_ t: ScalarText, at p: Int) -> (hour: Int, minute: Int?, end: Int)? {
        var q = p
        var marker = Marker.none
        let a = t[q], b = t[q + 1]
        if a == K.오 && b == K.전 { marker = .am; q += 2 }
        else if a == K.오 && b == K.후 { marker = .pm; q += 2 }
        else if a == K.새 && b == K.벽 { marker = .am; q += 2 }
        else if a == K.아 && b == K.침 { marker = .am; q += 2 }
        else if a == K.저 && b == K.녁 { marker = .pm; q += 2 }
        else if a == K.낮 { marker = .daytime; q += 1 }
        else if a == K.밤 { marker = .night; q += 1 }
        else if a == K.정 && b == K.오 && DateGrammar.wordEnds(t, q + 2) { return (12, nil, q + 2) }
        else if a == K.자 && b == K.정 && DateGrammar.wordEnds(t, q + 2) { return (24, nil, q + 2) }
        if marker != .none {
            if ScalarClass.isSpace(t[q]) { q += 1 }
        }
        guard let (h0, e) = DateGrammar.readInt(t, at: q, maxDigits: 2) else { return nil }
        var minute: Int?
        var end: Int
        if t[e] == 0x3A {
            guard let (mm, e2) = DateGrammar.readInt(t, at: e + 1, maxDigits: 2), e2 - e == 3, mm < 60 else { return nil }
            minute = mm
            end = e2
            if t[end] == 0x3A, ScalarClass.isDigit(t[end + 1]), ScalarClass.isDigit(t[end + 2]) { end += 3 }
        } else if t[e] == K.시, hourWordEnds(t, e + 1) {
            end = e + 1
            let r = DateGrammar.skipSpace(t, end)
            if let (mm, e2) = DateGrammar.readInt(t, at: r, maxDigits: 2), t[e2] == K.분, t[e2 + 1] != K.간, mm < 60 {
                minute = mm
                end = e2 + 1
            } else if t[r] == K.반, DateGrammar.wordEnds(t, r + 1) {
                minute = 30
                end = r + 1
            }
        } else {
            return nil
        }
        var h = h0
        switch marker {
        case .none: break
        case .am: if h == 12 { h = 0 }
        case .pm: if h >= 1 && h <= 11 { h += 12 }
        case .daytime: if h >= 1 && h <= 6 { h += 12 }
        case .night: if h >= 6 && h <= 11 { h += 12 } else if h == 12 { h = 0 }
        }
        guard h >= 0 && h <= 23 else { return nil }
        return (h, minute, end)
    }

    /// After `시`: not `시간`, `시대`, `시장`, `시청` …; a particle, a suffix or a non-Hangul.
    private static func hourWordEnds(_ t: ScalarText, _ p: Int) -> Bool {
        let c = t[p]
        guard ScalarClass.isHangulSyllable(c) else { return true }
        switch c {
        case K.께, K.경, K.쯤, K.부, K.까, K.에, K.반, K.이, K.의, K.로, K.으, K.엔, K.를, K.을, K.는,
            K.은, K.가, K.도, K.와, K.과, K.전, K.후, K.무, K.다, K.였, K.라:
            return true
        default:
            return false
        }
    }
}
