import NewsModel

/// Which organization an amount belongs to: where normalization (the amounts) and tagging (the
/// organizations) meet, so neither stage needs the other.
///
/// Within the amount's sentence, in this order: the possessor `X의` in its clause (`가온테크의
/// 영업이익 300억원`); an organization right before the amount's words in its clause
/// (`가온테크 매출 300억원`, at most 12 scalars before the amount, no particle); the subject
/// or topic (`X는`, `X은`, `X이`, `X가`, `X도`) nearest before the amount (`과기정통부는 … 2천억원을
/// 투입한다`); else a sentence that opens with `X,` (a headline's topic: `나래전자, 2조원 투자 유치`).
/// Anything else (an organization only after the amount, or none in the
/// sentence) leaves the owner nil: a wrong owner is worse than none for "who spends what".
enum MoneyOwnerResolver {
    /// Sets `owner` on each amount of `field` from the organizations tagged in it.
    static func assign(_ money: inout [MoneyMention], field: TextField, text: String, mentions: [EntityMention]) {
        guard money.contains(where: { $0.field == field }) else { return }
        let orgs = mentions.filter { $0.field == field }
        guard !orgs.isEmpty else { return }
        // The text's scalars, decoded once into a buffer sized by its UTF-8 (an upper bound):
        // `Array` over a lazy map grew its storage a dozen times per body.
        var t: [UInt32] = []
        t.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars { t.append(scalar.value) }
        func at(_ k: Int) -> UInt32 { k >= 0 && k < t.count ? t[k] : 0 }
        func endsSentence(_ k: Int) -> Bool {
            switch at(k) {
            case 0x2E: return !(isDigit(at(k - 1)) && isDigit(at(k + 1)))
            case 0x3F, 0x21, 0x0A, 0x0D, 0x3002: return true
            default: return false
            }
        }
        func endsClause(_ k: Int) -> Bool {
            endsSentence(k) || ((at(k) == 0x2C || at(k) == 0x3B) && !(isDigit(at(k - 1)) && isDigit(at(k + 1))))
        }
        for index in money.indices where money[index].field == field {
            let amount = money[index]
            var sentenceStart = amount.start
            while sentenceStart > 0 && amount.start - sentenceStart < 400 && !endsSentence(sentenceStart - 1) {
                sentenceStart -= 1
            }
            var clauseStart = amount.start
            while clauseStart > sentenceStart && !endsClause(clauseStart - 1) { clauseStart -= 1 }
            // The organizations of the sentence before the amount (`before`) and of its clause,
            // searched in place: filtered copies cost two allocations per amount.
            func isBefore(_ org: EntityMention) -> Bool { org.start >= sentenceStart && org.end <= amount.start }
            func lastBefore(inClause: Bool, _ test: (EntityMention) -> Bool) -> EntityMention? {
                for org in orgs.reversed() where isBefore(org) && (!inClause || org.start >= clauseStart) && test(org) {
                    return org
                }
                return nil
            }
            if let possessor = lastBefore(inClause: true, { at($0.end) == K.의 }) {
                money[index].owner = possessor.entityName
            } else if let adjacent = lastBefore(inClause: true, { isSpace(at($0.end)) && amount.start - $0.end <= 12 }) {
                money[index].owner = adjacent.entityName
            } else if let subject = lastBefore(inClause: false, { org in
                let c = at(org.end)
                return (c == K.는 || c == K.은 || c == K.이 || c == K.가 || c == K.도) && !isHangul(at(org.end + 1))
            }) {
                money[index].owner = subject.entityName
            } else if let headline = orgs.first(where: isBefore), at(headline.end) == 0x2C,
                (sentenceStart..<headline.start).allSatisfy({ k in isSpace(at(k)) || at(k) == 0x0A || at(k) == 0x0D })
            {
                // A headline's topic: `나래전자, 2조원 투자 유치`.
                money[index].owner = headline.entityName
            }
        }
    }

    private static func isDigit(_ c: UInt32) -> Bool { c >= 0x30 && c <= 0x39 }
    private static func isSpace(_ c: UInt32) -> Bool { c == 0x20 || c == 0xA0 || c == 0x09 }
    private static func isHangul(_ c: UInt32) -> Bool { c >= 0xAC00 && c <= 0xD7A3 }

    /// The particles compared against, as scalar values.
    private enum K {
        static let 의: UInt32 = 0xC758
        static let 는: UInt32 = 0xB294
        static let 은: UInt32 = 0xC740
        static let 이: UInt32 = 0xC774
        static let 가: UInt32 = 0xAC00
        static let 도: UInt32 = 0xB3C4
    }
}
