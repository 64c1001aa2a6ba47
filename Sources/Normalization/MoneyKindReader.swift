import NewsModel

/// Reads what an amount measures from the words nearest it (`data/normalization/money_kinds.tsv`).
///
/// The words of the amount's own clause are read first (bounded by `,`, `;`, a sentence end or
/// 60 scalars), then those of its sentence (150 scalars each way): in `총부채 200조원, 매출
/// 10조원` each amount takes the word of its own clause. The nearest word wins, on either
/// side (`매출 3조원`, `300억원 규모의 투자를 유치했다`); a longer word wins a tie, and an
/// amount with no word near it has no kind. A clause also ends at a quoted clause's `-다고`/`-라고`
/// (`총부채는 … 1조원 줄었다고 국회예산정책처가 밝혔다`: the reporter's words are not the amount's).
///
/// An amount that finds no word in its sentence measures what the amount just before it
/// measured when it says only how much something changed (`올해보다 4천억원 늘었다`, `전년 대비
/// 300억원 감소`: that amount in the same or the previous sentence), when it is one of a list
/// of amounts in its sentence (`가온건설 9억원, 나래건설 7억원`), or when its sentence breaks the
/// amount before down (`업체별로는 …`, `이 중 …`, `각각`: the previous sentence's amount).
enum MoneyKindReader {
    private static let list = WordList(NormalizationTables.moneyKindWords.map(\.word))

    /// - Parameter previous: the end and kind of the amount before this one in the field.
    static func kind(_ t: ScalarText, start: Int, end: Int, previous: (end: Int, kind: MoneyKind?)? = nil) -> MoneyKind? {
        if let k = nearest(t, start: start, end: end, reach: 60, commaEnds: true) { return k }
        if let k = nearest(t, start: start, end: end, reach: 150, commaEnds: false) { return k }
        guard let previous, let k = previous.kind else { return nil }
        let ends = sentenceEnds(t, from: previous.end, to: start)
        // A change (`4천억원 늘었다`), one amount of a list in a sentence with no word
        // (`가온건설 9억원, 나래건설 7억원`), or a breakdown of the amount just before
        // (`업체별로는 가온건설 9억원`, `이 중 300억원`).
        if ends == 0 || (ends == 1 && (isChange(t, start: start, end: end) || hasBreakdownWord(t, start: start, end: end))) {
            return k
        }
        return nil
    }

    private static let breakdown = WordList(NormalizationTables.moneyBreakdownWords)

    /// Whether the amount's sentence (up to 150 scalars each way) has a breakdown word
    /// (`data/normalization/money_kinds.tsv`, kind `same`).
    private static func hasBreakdownWord(_ t: ScalarText, start: Int, end: Int) -> Bool {
        func ends(_ k: Int) -> Bool {
            switch t[k] {
            case 0x0A, 0x0D, 0x3F, 0x21, 0x3002, 0: return true
            case 0x2E: return !(ScalarClass.isDigit(t[k - 1]) && ScalarClass.isDigit(t[k + 1]))
            default: return false
            }
        }
        var from = start
        while from > 0 && start - from < 150 && !ends(from - 1) { from -= 1 }
        var to = end
        while to < t.count && to - end < 150 && !ends(to) { to += 1 }
        let list = Self.breakdown
        var found = false
        var k = from
        while k < to && !found {
            list.forEachMatch(t, at: k) { _, _ in found = true }
            k += 1
        }
        return found
    }

    /// `… 4천억원 늘었다`, `… 300억원 줄어`, `… 2조원 증가`, `… 감소`, or `보다`/`대비` right
    /// before the amount: the amount is a difference.
    private static func isChange(_ t: ScalarText, start: Int, end: Int) -> Bool {
        var k = end
        var skipped = 0
        while skipped < 4 && k < t.count {
            let c = t[k]
            if c == K.늘 || c == K.줄 || (c == K.증 && t[k + 1] == K.가) || (c == K.감 && t[k + 1] == K.소) { return true }
            if c == 0x2E || c == 0x2C || c == 0x0A { break }
            k += 1
            skipped += 1
        }
        var p = start - 1
        while p >= 0 && ScalarClass.isSpace(t[p]) { p -= 1 }
        return p >= 1 && ((t[p - 1] == K.보 && t[p] == K.다) || (t[p - 1] == K.대 && t[p] == K.비))
    }

    private static func sentenceEnds(_ t: ScalarText, from: Int, to: Int) -> Int {
        var n = 0
        var k = max(from, 0)
        while k < to {
            switch t[k] {
            case 0x2E: if !(ScalarClass.isDigit(t[k - 1]) && ScalarClass.isDigit(t[k + 1])) { n += 1 }
            case 0x3F, 0x21, 0x3002: n += 1
            case 0x0A, 0x0D: return 2
            default: break
            }
            k += 1
        }
        return n
    }

    /// The longest word in the list, so the backward scan knows when nothing nearer can start.
    private static let longest = NormalizationTables.moneyKindWords.map { $0.word.unicodeScalars.count }.max() ?? 1

    /// Scans outward from the amount, forward then backward, and stops as soon as nothing
    /// nearer than the best word so far can start: most amounts have their word within a few
    /// scalars, and the words of every amount are read.
    private static func nearest(_ t: ScalarText, start: Int, end: Int, reach: Int, commaEnds: Bool) -> MoneyKind? {
        // Read the statics once: each access would otherwise check their lazy initialization.
        let list = Self.list
        let longest = Self.longest
        @inline(__always) func boundary(_ k: Int) -> Bool {
            let c = t[k]
            switch c {
            case 0x0A, 0x0D, 0x3F, 0x21, 0x3002, 0: return true
            case 0x2E: return !(ScalarClass.isDigit(t[k - 1]) && ScalarClass.isDigit(t[k + 1]))
            case 0x2C, 0x3B: return commaEnds && !(ScalarClass.isDigit(t[k - 1]) && ScalarClass.isDigit(t[k + 1]))
            case K.고: return commaEnds && (t[k - 1] == K.다 || t[k - 1] == K.라) && ScalarClass.isSpace(t[k + 1])
            default: return false
            }
        }
        var bestDistance = Int.max
        var bestLength = 0
        var bestIndex = -1
        @inline(__always) func consider(_ distance: Int, _ length: Int, _ index: Int) {
            if distance < bestDistance || (distance == bestDistance && length > bestLength) {
                (bestDistance, bestLength, bestIndex) = (distance, length, index)
            }
        }
        // After the amount: a word starting at p is p - end away.
        var p = end
        while p < t.count && p - end < reach && p - end <= bestDistance && !boundary(p) {
            list.forEachMatch(t, at: p) { index, length in
                // A word must end before the clause does.
                var k = p + 1
                while k < p + length && !boundary(k) { k += 1 }
                if k == p + length { consider(p - end, length, index) }
            }
            p += 1
        }
        // Before it: a word starting at p ends at best `longest` scalars later.
        p = start - 1
        while p >= 0 && start - p <= reach && start - p - longest <= bestDistance && !boundary(p) {
            list.forEachMatch(t, at: p) { index, length in
                let wordEnd = p + length
                if wordEnd <= start { consider(start - wordEnd, length, index) }
            }
            p -= 1
        }
        return bestIndex >= 0 ? NormalizationTables.moneyKindWords[bestIndex].kind : nil
    }
}
