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

    private static func nearest(_ t: ScalarText, start: Int, end: Int, reach: Int, commaEnds: Bool) -> MoneyKind? {
        func boundary(_ k: Int) -> Bool {
            let c = t[k]
            switch c {
            case 0x0A, 0x0D, 0x3F, 0x21, 0x3002, 0: return true
            case 0x2E: return !(ScalarClass.isDigit(t[k - 1]) && ScalarClass.isDigit(t[k + 1]))
            case 0x2C, 0x3B: return commaEnds && !(ScalarClass.isDigit(t[k - 1]) && ScalarClass.isDigit(t[k + 1]))
            default: return false
            }
        }
        var from = start
        while from > 0 && start - from < reach && !boundary(from - 1) { from -= 1 }
        var to = end
        while to < t.count && to - end < reach && !boundary(to) { to += 1 }
        var best: (distance: Int, length: Int, index: Int)?
        func consider(_ distance: Int, _ length: Int, _ index: Int) {
            if let b = best, b.distance < distance || (b.distance == distance && b.length >= length) { return }
            best = (distance, length, index)
        }
        for p in from..<start {
            list.forEachMatch(t, at: p) { index, length in
                let wordEnd = p + length
                guard wordEnd <= start else { return }
                consider(start - wordEnd, length, index)
            }
        }
        for p in end..<max(end, to) {
            list.forEachMatch(t, at: p) { index, length in
                guard p + length <= to else { return }
                consider(p - end, length, index)
            }
        }
        return best.map { NormalizationTables.moneyKindWords[$0.index].kind }
    }
}
