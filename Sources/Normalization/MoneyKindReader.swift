import NewsModel

/// Reads what an amount measures from the words nearest it (`data/normalization/money_kinds.tsv`).
///
/// The words of the amount's own clause are read first (bounded by `,`, `;`, a sentence end or
/// 60 scalars), then those of its sentence (150 scalars each way): in `총부채 200조원, 매출
/// 10조원` each amount takes the word of its own clause. The nearest word wins, on either
/// side (`매출 3조원`, `300억원 규모의 투자를 유치했다`); a longer word wins a tie, and an
/// amount with no word near it has no kind.
enum MoneyKindReader {
    private static let list = WordList(NormalizationTables.moneyKindWords.map(\.word))

    static func kind(_ t: ScalarText, start: Int, end: Int) -> MoneyKind? {
        if let k = nearest(t, start: start, end: end, reach: 60, commaEnds: true) { return k }
        return nearest(t, start: start, end: end, reach: 150, commaEnds: false)
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
