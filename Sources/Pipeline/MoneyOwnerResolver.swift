import NewsModel
import Normalization

/// Which organization an amount belongs to: where normalization (the amounts) and tagging (the
/// organizations) meet, so neither stage needs the other.
///
/// Within the amount's sentence, in this order: the organization an amount describes through
/// `인` (`매출이 320억원인 한누리디펜스는`); the subject right after the verb the amount's clause
/// modifies (`매출 1조원을 올린 나래전자는`, `150억원을 투자받은 가온테크는`; not a grant
/// received); for a fine, who pays it (below); for a loan (`대출`, `빌려준`), the borrower it is
/// lent to (`수출입은행은 나래조선에 5천억원을 대출한다`); for a budget, the possessor written
/// after `(규모)의` (`2조원 규모의 가온시 내년도 예산안`) and the funder it comes from
/// (`미래창조부로부터 50억원을 지원받는다`: the funder, not the receiving subject); the
/// possessor `X의` in its clause (`가온테크의 영업이익 300억원`); an organization right before
/// the amount's words in its clause (`가온테크 매출 300억원`, `삼성전자 시가총액은 330조원`, at
/// most 12 scalars, no object between); for a company's own figures, the possessor of the
/// clause before (`가온마켓의 매출은 3천200억원, 영업이익은 -210억원`); the subject or topic
/// (`X는`, `X은`, `X이`, `X가`, `X도`, or `X 관계자는`, `X 김하늘 사장은` with a role noun of
/// `owner_cues.tsv`) nearest before the amount (`과기정통부는 … 2천억원을 투입한다`); else a
/// sentence that opens with `X,` (a headline's topic: `나래전자, 2조원 투자 유치`).
///
/// A fine belongs to who pays it: the organization it is imposed on (`공정위는 가온마켓에 과징금
/// …`, `… 한국법인에`), else the subject, possessor or named firm that is not the imposer
/// (`나래전자는 공정위로부터 과징금 … 부과받았다`, `위원회는 나래항공이 … 어겼다며 과징금 …`,
/// `업체별로는 가온건설 9억원`). The imposer — an agency that is the subject of an imposing verb
/// of `owner_cues.tsv` (`부과했다`, `선고했다`, not `부과받았다`), or the source `X로부터` — never
/// owns it, and a total imposed on several (`A, B, C 등 3개사에`, `A와 B에`) or on a person
/// (`대표 A씨에게`) has no owner.
///
/// A company named again as `회사`, `이 회사`, `이 은행`, `해당 업체` … counts as that company:
/// the last company that was a subject or possessor in an earlier sentence; likewise `시는`,
/// `구는`, `군은`, `도는` for the last such body (`가온시는 … 시는 예산 48조원을 확정했다`), and
/// `공사는`, `공단은` for the last public corporation. A particle after an acronym in
/// parentheses or a closing quote counts (`한국토지주택공사(LH)가`, `'가온마켓'에`).
///
/// A market size has no owner. A sentence that names no organization before its amount
/// continues the one before it in the same paragraph: a company's own figures (`revenue profit
/// loss debt valuation salary`) belong to the company that was the subject or possessor of
/// the nearest earlier sentence naming an organization (at most two sentences back:
/// `가온테크는 … 유치했다. 투자 후 기업가치는 2천억원이다.`), and a budget to that organization of
/// any kind (`국회사무처는 … 선정했다. 사업비는 42억원이며`). Prices, investments and amounts of
/// no kind are not carried over, nor across a paragraph break (a new paragraph is a new topic),
/// nor into a sentence whose subject is someone else (`A씨는`, `국내 기업은`, `정부도`,
/// `업계에 따르면`).
/// Anything else (an organization only after the amount, or none in reach) leaves the owner
/// nil: a wrong owner is worse than none for "who spends what".
enum MoneyOwnerResolver {
    /// Kinds carried over from the sentence before (a budget from any organization, the others
    /// only from a company).
    private static let carriedKinds: Set<MoneyKind> = [.revenue, .profit, .loss, .debt, .valuation, .salary, .budget]

    /// Sets `owner` on each amount of `field` from the organizations tagged in it; `entities`
    /// tells which of them are companies.
    static func assign(
        _ money: inout [MoneyMention], field: TextField, text: String, mentions: [EntityMention],
        entities: [Entity] = []
    ) {
        guard money.contains(where: { $0.field == field }) else { return }
        let tagged = mentions.filter { $0.field == field }
        guard !tagged.isEmpty else { return }
        let cues = OwnerCueWords.shared
        // The text's scalars, decoded once into a buffer sized by its UTF-8 (an upper bound):
        // `Array` over a lazy map grew its storage a dozen times per body.
        var t: [UInt32] = []
        t.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars { t.append(scalar.value) }
        // Needed only for anaphora and carry-over: built on first use.
        lazy var companies = Set(entities.lazy.filter { $0.type == .company }.map(\.name))
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
        func sentenceStart(_ k: Int) -> Int {
            var s = k
            while s > 0 && k - s < 400 && !endsSentence(s - 1) { s -= 1 }
            return s
        }
        /// Where the particle after `org` stands: past a parenthesis that follows it
        /// (`한국토지주택공사(LH)가`) or closes it (the `LH` of the same).
        func particleIndex(_ org: EntityMention) -> Int {
            if at(org.end) == 0x29 && at(org.start - 1) == 0x28 { return org.end + 1 }
            // A quoted name: `'가온마켓'에`.
            if isQuote(at(org.end)) && isQuote(at(org.start - 1)) { return org.end + 1 }
            guard at(org.end) == 0x28 else { return org.end }
            var k = org.end + 1
            while k < t.count && k - org.end <= 20 {
                let c = at(k)
                if c == 0x29 { return k + 1 }
                if c == 0x28 || endsClause(k) { break }
                k += 1
            }
            return org.end
        }
        func isSubjectParticle(_ p: Int) -> Bool {
            let c = at(p)
            return (c == K.는 || c == K.은 || c == K.이 || c == K.가 || c == K.도) && !isHangul(at(p + 1))
        }
        func isSubject(_ org: EntityMention) -> Bool {
            let p = particleIndex(org)
            return isSubjectParticle(p) || speakerFollows(p)
        }
        /// `나래전자 관계자는`, `나래전자측은`, `가온시 김하늘 시장은`, `나래전자 대표 김하늘은`: a
        /// role noun (`data/normalization/owner_cues.tsv`) and perhaps a person's name make the
        /// organization before them the sentence's subject.
        func speakerFollows(_ p: Int) -> Bool {
            var k = p
            if isSpace(at(k)) { k += 1 }
            /// A person's name (two to three syllables) and a particle, a word alone.
            func namedSubject(_ q: Int) -> Bool {
                var n = 0
                while isHangul(at(q + n)) { n += 1 }
                return (3...4).contains(n) && isSubjectParticle(q + n - 1)
            }
            if let n = cues.match(.speaker, at: k, at) {
                if isSubjectParticle(k + n) { return true }
                if isSpace(at(k + n)) && namedSubject(k + n + 1) { return true }
            }
            guard k > p else { return false }
            var n = 0
            while isHangul(at(k + n)) { n += 1 }
            guard (2...3).contains(n), isSpace(at(k + n)), let r = cues.match(.speaker, at: k + n + 1, at) else { return false }
            return isSubjectParticle(k + n + 1 + r)
        }
        func isPossessor(_ org: EntityMention) -> Bool { at(particleIndex(org)) == K.의 }
        lazy var agencies = Set(entities.lazy.filter { $0.type != .company }.map(\.name))
        /// The last organization that was a subject or possessor before `k`, within 600
        /// scalars, and that `fits`.
        func topic(before k: Int, _ fits: (String) -> Bool) -> String? {
            tagged.last { org in
                org.end <= k && k - org.end < 600 && fits(org.entityName) && (isSubject(org) || isPossessor(org))
            }?.entityName
        }
        lazy var entityNames = Set(entities.lazy.map(\.name))
        /// `가온시의회는 시의 예산안 …`: the city (district, county, province) whose council was
        /// named last before `k` (within 600 scalars), when the article names that body too.
        func councilsBody(before k: Int, _ last: UInt32) -> String? {
            guard let council = tagged.last(where: { org in
                guard org.end <= k, k - org.end < 600 else { return false }
                let u = Array(org.entityName.unicodeScalars.suffix(3)).map(\.value)
                return u.count == 3 && u[0] == last && u[1] == K.의 && u[2] == K.회
            }) else { return nil }
            let body = String(String.UnicodeScalarView(council.entityName.unicodeScalars.dropLast(2)))
            return entityNames.contains(body) ? body : nil
        }
        /// `회사는`, `이 회사의`, `이 은행은`, `해당 업체가` in `from..<to`, as mentions of the topic.
        func anaphors(_ from: Int, _ to: Int) -> [EntityMention] {
            var found: [EntityMention] = []
            var k = from
            while k + 1 < to {
                if !isHangul(at(k - 1)), let (length, bare) = anaphorNoun(at(k), at(k + 1)), k + length <= to,
                    bare || demonstrativeBefore(k, at: at),
                    !isHangul(at(k + length + 1)) || at(k + length) == K.측
                {
                    let c = at(k + length)
                    if c == K.는 || c == K.은 || c == K.이 || c == K.가 || c == K.의 || c == K.도 || c == K.측,
                        let name = topic(before: sentenceStart(k), { companies.contains($0) })
                    {
                        found.append(EntityMention(entityName: name, field: field, start: k, end: k + length, surface: ""))
                    }
                } else if !isHangul(at(k - 1)), at(k) == K.공, at(k + 1) == K.사 || at(k + 1) == K.단,
                    isParticle(at(k + 2)), !isHangul(at(k + 3))
                {
                    // `공사는`, `공단은`: the public corporation the story named (`가온항만공사는 … 공사는`).
                    let suffix = (at(k), at(k + 1))
                    if let name = topic(before: sentenceStart(k), { name in
                        let u = Array(name.unicodeScalars.suffix(2)).map(\.value)
                        return u.count == 2 && u[0] == suffix.0 && u[1] == suffix.1
                    }) {
                        found.append(EntityMention(entityName: name, field: field, start: k, end: k + 2, surface: ""))
                    }
                } else if !isHangul(at(k - 1)), isLocalBody(at(k)), isParticle(at(k + 1)), !isHangul(at(k + 2)) {
                    // `시는`, `구는`, `군은`, `도는`: the city, district, county or province the
                    // story named, the last subject whose name ends so (`가온시는 … 시는`).
                    let last = at(k)
                    if let name = councilsBody(before: k, last) ?? topic(before: sentenceStart(k), { $0.unicodeScalars.last?.value == last }) {
                        found.append(EntityMention(entityName: name, field: field, start: k, end: k + 1, surface: ""))
                    }
                }
                k += 1
            }
            return found
        }

        func sentenceEnd(_ k: Int) -> Int {
            var e = k
            while e < t.count && e - k < 400 && !endsSentence(e) { e += 1 }
            return e
        }
        /// `가온테크 매출 300억원`, `나래전자 시가총액은 330조원`: the organization, then the words
        /// of what is measured up to the amount (at most 12 scalars; no object, `에` or `에게` word
        /// between, no `등` closing a list).
        func isAdjacent(_ org: EntityMention, _ amount: MoneyMention) -> Bool {
            guard isSpace(at(org.end)), amount.start - org.end <= 12 else { return false }
            var k = org.end
            while k < amount.start {
                if isSpace(at(k)) && k > org.end {
                    let last = at(k - 1)
                    if last == K.에 || last == K.게 || last == K.을 || last == K.를 { return false }
                }
                if at(k) == K.등 && isSpace(at(k - 1)) && !isHangul(at(k + 1)) { return false }
                k += 1
            }
            return true
        }
        /// `X에`, `X에게`, `X 한국법인에`: the organization an act is directed at.
        func isObject(_ org: EntityMention) -> Bool {
            var p = particleIndex(org)
            if isSpace(at(p)) {
                // One word for a part of it: `한국법인에`, `본사에`.
                var n = 0
                while isHangul(at(p + 1 + n)) { n += 1 }
                guard n >= 3, at(p + n) == K.에 else { return false }
                let a = at(p + n - 2), b = at(p + n - 1)
                guard (a == K.법 && b == K.인) || (a == K.본 && b == K.사) || (a == K.지 && b == K.사) else { return false }
                p += n
            }
            guard at(p) == K.에 else { return false }
            return isSpace(at(p + 1)) || (at(p + 1) == K.게 && !isHangul(at(p + 2)))
        }
        /// Whether `org` is one of several organizations listed together (`A, B, C에`, `A와 B에`).
        func isListed(_ org: EntityMention) -> Bool {
            tagged.contains { other in
                guard other.end <= org.start, org.start - other.end <= 3 else { return false }
                let gap = (other.end..<org.start).map { at($0) }
                return gap.contains(0x2C) || gap.contains(0xB7) || gap.contains(0x3001)
                    || (gap.first == K.와 || gap.first == K.과) || (gap.count == 3 && gap[1] == K.및)
            }
        }
        /// With `각각` before the amounts, the n-th amount of the sentence after a list of
        /// subjects (`A와 B는`, `A, B, C는`) is the n-th subject's, when the counts agree.
        func respectiveOwner(_ subject: EntityMention, _ amount: MoneyMention) -> String? {
            var members = [subject]
            while let first = members.first,
                let previous = tagged.last(where: { $0.end <= first.start && first.start - $0.end <= 3 }), isListed(first)
            {
                members.insert(previous, at: 0)
            }
            let end = sentenceEnd(subject.end)
            let amounts = money.filter { $0.field == field && $0.start > subject.end && $0.start < end }
            guard amounts.count == members.count, let n = amounts.firstIndex(where: { $0.start == amount.start }),
                let firstAmount = amounts.first
            else { return nil }
            var k = subject.end
            while k + 1 < firstAmount.start {
                if at(k) == K.각 && at(k + 1) == K.각 { return members[n].entityName }
                k += 1
            }
            return nil
        }
        /// An agency that imposes the fine: the subject of an imposing verb after it in its
        /// sentence (`공정위는 … 부과했다`, not `부과받았다`), the source `X로부터`, or the
        /// possessor of the fine (`공정위의 과징금`).
        func isImposer(_ org: EntityMention) -> Bool {
            if isSource(particleIndex(org), at: at) { return true }
            guard agencies.contains(org.entityName) else { return false }
            // `공정위의 과징금`: an agency's fine is the one it imposed.
            if isPossessor(org) { return true }
            guard isSubject(org) else { return false }
            let end = sentenceEnd(org.end)
            var k = org.end
            while k < end {
                if let n = cues.match(.impose, at: k, at), at(k + n) != K.받 { return true }
                k += 1
            }
            return false
        }
        /// The organization that speaks a quotation the amount stands in: the subject right
        /// after the closing quote and `고`/`라고`/`이라고`, within its sentence.
        func quoteSpeaker(_ amount: MoneyMention) -> EntityMention? {
            // Inside a quotation: an odd number of quote marks before the amount in its sentence.
            let sentence = sentenceStart(amount.start)
            var open = false
            for k in sentence..<amount.start where isDoubleQuote(at(k)) { open.toggle() }
            guard open else { return nil }
            var close = amount.end
            let end = sentenceEnd(amount.end)
            while close < end && !isDoubleQuote(at(close)) { close += 1 }
            guard close < end else { return nil }
            // `"…"고`, `"…"라고`, `"…"이라고`, then at most 12 scalars to a subject.
            return tagged.first { org in
                org.start > close && org.start - close <= 16 && org.end <= end && isSubject(org)
                    && !tagged.contains { $0.start > close && $0.start < org.start }
            }
        }
        /// A fine belongs to who pays it: the organization it is imposed on (`공정위는 가온마켓에
        /// 과징금 …`), one that is the subject (`나래전자는 … 과징금을 부과받았다`, `위원회는
        /// 나래항공이 … 어겼다며 과징금 …`), or named with it (`업체별로는 가온건설 9억원`); never
        /// the agency imposing it, and nobody for a total imposed on several.
        func finedOrganization(_ amount: MoneyMention, before: [EntityMention], inClause: [EntityMention]) -> String? {
            if let object = before.last(where: isObject) {
                return isListed(object) ? nil : object.entityName
            }
            if let possessor = inClause.last(where: { isPossessor($0) && !isImposer($0) }) { return possessor.entityName }
            if let adjacent = inClause.last(where: { isAdjacent($0, amount) && !isImposer($0) }) { return adjacent.entityName }
            if let subject = before.last(where: { isSubject($0) && !isImposer($0) }) { return subject.entityName }
            // A headline's topic that is no agency: `나래전자, 과징금 30억 불복`.
            if let headline = before.first, at(headline.end) == 0x2C, !agencies.contains(headline.entityName),
                (sentenceStart(amount.start)..<headline.start).allSatisfy({ isSpace(at($0)) })
            {
                return headline.entityName
            }
            return nil
        }
        /// `수출입은행은 나래조선에 5천억원을 대출한다`: a loan is the borrower's debt, the
        /// organization lent to (a lending verb after it in the sentence).
        func borrower(_ amount: MoneyMention, before: [EntityMention]) -> EntityMention? {
            guard let object = before.last(where: isObject), !isListed(object) else { return nil }
            let end = sentenceEnd(amount.end)
            var k = object.end
            while k < end {
                if cues.match(.lend, at: k, at) != nil { return object }
                k += 1
            }
            return nil
        }
        /// `매출 1조원을 올린 나래전자는`, `300억원을 투자받은 가온테크는`: the subject right
        /// after the verb that the amount's clause modifies (a funder's budget excepted:
        /// `지원받은 X` receives it).
        func actorAfter(_ amount: MoneyMention) -> EntityMention? {
            guard let org = tagged.first(where: { $0.start >= amount.end }), org.start - amount.end <= 30,
                isSpace(at(org.start - 1)), isSubject(org)
            else { return nil }
            var wordStart = org.start - 1
            while isHangul(at(wordStart - 1)) { wordStart -= 1 }
            guard wordStart > amount.end, wordStart < org.start - 1 else { return nil }
            let last = at(org.start - 2)
            // An adnominal ending in ㄴ (`올린`, `투자한`, `받은`), not a noun that ends so.
            guard isHangul(last), (last - 0xAC00) % 28 == 4, last != K.원, last != K.만, last != K.천, last != K.간, last != K.년 else { return nil }
            if amount.kind == .budget && (wordStart..<org.start).contains(where: { at($0) == K.받 }) { return nil }
            for k in amount.end..<org.start where endsClause(k) { return nil }
            return org
        }

        // A market's size belongs to no one in it.
        for index in money.indices where money[index].field == field && money[index].kind != .marketSize {
            let amount = money[index]
            let sentence = sentenceStart(amount.start)
            var clauseStart = amount.start
            while clauseStart > sentence && !endsClause(clauseStart - 1) { clauseStart -= 1 }
            var before = tagged.filter { $0.start >= sentence && $0.end <= amount.start }
            let pronouns = anaphors(sentence, amount.start)
            if !pronouns.isEmpty { before = (before + pronouns).sorted { $0.start < $1.start } }
            let inClause = before.filter { $0.start >= clauseStart }
            if let described = describedOrganization(after: amount.end, at: at, tagged) {
                money[index].owner = described.entityName
            } else if !inClause.contains(where: isSubject), let actor = actorAfter(amount) {
                // (Not when the verb has its own subject before the amount: `미래창조부가
                // 300억원을 지원한 가온테크는` is the ministry's budget.)
                money[index].owner = actor.entityName
            } else if amount.kind == .fine {
                money[index].owner = finedOrganization(amount, before: before, inClause: inClause)
            } else if amount.kind == .debt, let borrower = borrower(amount, before: inClause) {
                money[index].owner = borrower.entityName
            } else if amount.kind == .budget, let possessor = budgetPossessor(after: amount.end, at: at, tagged) {
                money[index].owner = possessor.entityName
            } else if amount.kind == .budget, let source = inClause.last(where: { isSource(particleIndex($0), at: at) }) {
                // `가온테크는 미래창조부로부터 50억원을 지원받는다`: the funder's budget, though
                // the receiver is the subject.
                money[index].owner = source.entityName
            } else if let possessor = inClause.last(where: isPossessor),
                !inClause.contains(where: { $0.start > possessor.end && isSubject($0) })
            {
                // Not when a subject follows it (`가온테크의 자회사 나래전자는 …`: the possessor
                // only says whose subsidiary the subject is).
                money[index].owner = possessor.entityName
            } else if let adjacent = inClause.last(where: { isAdjacent($0, amount) }) {
                money[index].owner = adjacent.entityName
            } else if let kind = amount.kind, carriedKinds.contains(kind), let nearest = before.last, isPossessor(nearest) {
                // `가온마켓의 매출은 3천200억원, 영업이익은 -210억원이었다`: the possessor of the
                // clause before goes on to the next figure.
                money[index].owner = nearest.entityName
            } else if let subject = before.last(where: isSubject) {
                // A ministry or agency reporting a country's exports or a sector's earnings
                // (`산업부는 수출액이 610억 달러로 집계됐다고 밝혔다`) owns none of them.
                if let kind = amount.kind, kind == .revenue || kind == .profit || kind == .loss,
                    isGovernmentOffice(subject.entityName)
                {
                    continue
                }
                if isListed(subject) {
                    // Several subjects: `삼성전자와 SK하이닉스는 … 각각 50조원, 20조원을` pairs
                    // them in order; one amount of several subjects is no one's.
                    money[index].owner = respectiveOwner(subject, amount)
                    continue
                }
                money[index].owner = subject.entityName
            } else if let headline = before.first, at(headline.end) == 0x2C,
                (sentence..<headline.start).allSatisfy({ k in isSpace(at(k)) || at(k) == 0x0A || at(k) == 0x0D })
            {
                // A headline's topic: `나래전자, 2조원 투자 유치`.
                money[index].owner = headline.entityName
            } else if let speaker = quoteSpeaker(amount) {
                // `"올해 500억원을 투자하겠다"고 나래전자 김하늘 대표가 말했다`.
                money[index].owner = speaker.entityName
            } else if before.isEmpty, let kind = amount.kind, carriedKinds.contains(kind),
                !otherSubject(sentence, amount.start, at: at)
            {
                // Carried over from the nearest earlier sentence that names an organization.
                var end = sentence
                for _ in 0..<2 where end > 0 && !paragraphStartsAt(end, at: at) {
                    let start = sentenceStart(end - 1)
                    let orgs = tagged.filter { $0.start >= start && $0.end <= end } + anaphors(start, end)
                    if !orgs.isEmpty {
                        if let topic = orgs.sorted(by: { $0.start < $1.start }).last(where: { isSubject($0) || isPossessor($0) }),
                            kind == .budget || companies.contains(topic.entityName)
                        {
                            money[index].owner = topic.entityName
                        }
                        break
                    }
                    end = start
                }
            }
        }
    }

    /// `320억원인 한누리디펜스`, `1조원 규모인 나래전자`: the organization right after the amount
    /// and `인` (optionally `규모`/`수준` first) is the one the amount describes.
    private static func describedOrganization(
        after end: Int, at: (Int) -> UInt32, _ tagged: [EntityMention]
    ) -> EntityMention? {
        var k = end
        if isSpace(at(k)) { k += 1 }
        if (at(k) == K.규 && at(k + 1) == K.모) || (at(k) == K.수 && at(k + 1) == K.준) { k += 2 }
        guard at(k) == K.인, isSpace(at(k + 1)) else { return nil }
        return tagged.first { $0.start == k + 2 }
    }

    /// `3조원 규모의 가온시 내년도 예산안`: the amount is the size of the budget the organization
    /// right after `의` possesses, though the sentence's subject (a council passing it) comes first.
    private static func budgetPossessor(
        after end: Int, at: (Int) -> UInt32, _ tagged: [EntityMention]
    ) -> EntityMention? {
        var k = end
        if isSpace(at(k)) { k += 1 }
        if at(k) == K.규 && at(k + 1) == K.모 { k += 2 }
        guard at(k) == K.의, isSpace(at(k + 1)), let org = tagged.first(where: { $0.start == k + 2 }),
            isSpace(at(org.end))
        else { return nil }
        // `예산` within a few words after it, with no particle-ended word in between.
        var p = org.end + 1
        while p < org.end + 12 {
            if at(p) == K.예 && at(p + 1) == K.산 { return org }
            if isSpace(at(p)) && (isParticle(at(p - 1)) || at(p - 1) == K.을 || at(p - 1) == K.를 || at(p - 1) == K.에) { return nil }
            if at(p) == 0 || at(p) == 0x2E || at(p) == 0x2C { return nil }
            p += 1
        }
        return nil
    }

    /// Whether only spaces separate `k` from a line break before it: a paragraph starts there,
    /// and a new paragraph is a new topic.
    private static func paragraphStartsAt(_ k: Int, at: (Int) -> UInt32) -> Bool {
        var p = k - 1
        while isSpace(at(p)) { p -= 1 }
        return at(p) == 0x0A || at(p) == 0x0D
    }

    /// A ministry, office, agency or committee of government (`…부`, `…처`, `…청`, `…위원회`):
    /// a body with no revenue or profit of its own, unlike a public corporation (`…공사`).
    private static func isGovernmentOffice(_ name: String) -> Bool {
        let u = name.unicodeScalars.map(\.value)
        guard let last = u.last else { return false }
        if last == K.부 || last == K.처 || last == K.청 { return true }
        return u.count >= 3 && u[u.count - 3] == K.위 && u[u.count - 2] == K.원 && last == K.회
    }

    private static func isLocalBody(_ c: UInt32) -> Bool { c == K.시 || c == K.구 || c == K.군 || c == K.도 }

    private static func isParticle(_ c: UInt32) -> Bool {
        c == K.는 || c == K.은 || c == K.이 || c == K.가 || c == K.의
    }

    /// `로부터`/`으로부터` at `k`: the organization before it is where the amount comes from.
    private static func isSource(_ k: Int, at: (Int) -> UInt32) -> Bool {
        let p = at(k) == K.으 ? k + 1 : k
        return at(p) == K.로 && at(p + 1) == K.부 && at(p + 2) == K.터
    }

    /// Whether someone other than the previous sentence's company is the subject before the
    /// amount: a person (`A씨는 … 연봉 4억원`) or a generic actor (`국내 기업은`, `업계는`,
    /// `정부가`, `은행들은`) — their figures are not that company's.
    private static func otherSubject(_ from: Int, _ to: Int, at: (Int) -> UInt32) -> Bool {
        func particle(_ k: Int) -> Bool {
            let c = at(k)
            return (c == K.는 || c == K.은 || c == K.이 || c == K.가 || c == K.의 || c == K.도) && !isHangul(at(k + 1))
        }
        var k = from
        while k < to {
            let a = at(k), b = at(k + 1)
            if a == K.씨 && particle(k + 1) { return true }
            if !isHangul(at(k - 1)) {
                // `업계에 따르면 …`: a figure of the industry, not of one company.
                if a == K.업 && b == K.계 && at(k + 2) == K.에 { return true }
                switch (a, b) {
                case (K.기, K.업), (K.업, K.체), (K.은, K.행), (K.업, K.계), (K.정, K.부), (K.당, K.국):
                    if !demonstrativeBefore(k, at: at) && (particle(k + 2) || (at(k + 2) == K.들 && particle(k + 3))) {
                        return true
                    }
                default: break
                }
            }
            k += 1
        }
        return false
    }

    /// The length of a noun that names an earlier company again, at `a b`, and whether it does
    /// so alone: `회사`, `동사` do; `은행`, `업체`, `기업`, `그룹` are too often generic (`국내
    /// 기업은`) and need `이`, `해당` or `같은` before them.
    private static func anaphorNoun(_ a: UInt32, _ b: UInt32) -> (Int, Bool)? {
        switch (a, b) {
        case (K.회, K.사), (K.동, K.사): return (2, true)
        case (K.은, K.행), (K.업, K.체), (K.기, K.업), (K.그, K.룹): return (2, false)
        default: return nil
        }
    }

    /// `이 `, `해당 `, `같은 ` right before `k`.
    private static func demonstrativeBefore(_ k: Int, at: (Int) -> UInt32) -> Bool {
        guard isSpace(at(k - 1)) else { return false }
        if at(k - 2) == K.이 { return !isHangul(at(k - 3)) }
        if (at(k - 3) == K.해 && at(k - 2) == K.당) || (at(k - 3) == K.같 && at(k - 2) == K.은) { return !isHangul(at(k - 4)) }
        return false
    }

    private static func isDoubleQuote(_ c: UInt32) -> Bool { c == 0x22 || c == 0x201C || c == 0x201D }
    private static func isQuote(_ c: UInt32) -> Bool { c == 0x27 || c == 0x22 || c == 0x2019 || c == 0x201D || c == 0x2018 || c == 0x201C }
    private static func isDigit(_ c: UInt32) -> Bool { c >= 0x30 && c <= 0x39 }
    private static func isSpace(_ c: UInt32) -> Bool { c == 0x20 || c == 0xA0 || c == 0x09 }
    private static func isHangul(_ c: UInt32) -> Bool { c >= 0xAC00 && c <= 0xD7A3 }

    /// The syllables compared against, as scalar values.
    private enum K {
        static let 의: UInt32 = 0xC758
        static let 는: UInt32 = 0xB294
        static let 은: UInt32 = 0xC740
        static let 이: UInt32 = 0xC774
        static let 가: UInt32 = 0xAC00
        static let 도: UInt32 = 0xB3C4
        static let 인: UInt32 = 0xC778
        static let 규: UInt32 = 0xADDC
        static let 모: UInt32 = 0xBAA8
        static let 수: UInt32 = 0xC218
        static let 준: UInt32 = 0xC900
        static let 씨: UInt32 = 0xC528
        static let 측: UInt32 = 0xCE21
        static let 회: UInt32 = 0xD68C
        static let 사: UInt32 = 0xC0AC
        static let 행: UInt32 = 0xD589
        static let 업: UInt32 = 0xC5C5
        static let 체: UInt32 = 0xCCB4
        static let 기: UInt32 = 0xAE30
        static let 그: UInt32 = 0xADF8
        static let 룹: UInt32 = 0xB8F9
        static let 동: UInt32 = 0xB3D9
        static let 해: UInt32 = 0xD574
        static let 당: UInt32 = 0xB2F9
        static let 같: UInt32 = 0xAC19
        static let 계: UInt32 = 0xACC4
        static let 에: UInt32 = 0xC5D0
        static let 정: UInt32 = 0xC815
        static let 부: UInt32 = 0xBD80
        static let 으: UInt32 = 0xC73C
        static let 시: UInt32 = 0xC2DC
        static let 구: UInt32 = 0xAD6C
        static let 군: UInt32 = 0xAD70
        static let 로: UInt32 = 0xB85C
        static let 터: UInt32 = 0xD130
        static let 국: UInt32 = 0xAD6D
        static let 들: UInt32 = 0xB4E4
        static let 공: UInt32 = 0xACF5
        static let 단: UInt32 = 0xB2E8
        static let 예: UInt32 = 0xC608
        static let 산: UInt32 = 0xC0B0
        static let 을: UInt32 = 0xC744
        static let 를: UInt32 = 0xB97C
        static let 등: UInt32 = 0xB4F1
        static let 게: UInt32 = 0xAC8C
        static let 법: UInt32 = 0xBC95
        static let 본: UInt32 = 0xBCF8
        static let 지: UInt32 = 0xC9C0
        static let 와: UInt32 = 0xC640
        static let 과: UInt32 = 0xACFC
        static let 및: UInt32 = 0xBC0F
        static let 받: UInt32 = 0xBC1B
        static let 원: UInt32 = 0xC6D0
        static let 만: UInt32 = 0xB9CC
        static let 천: UInt32 = 0xCC9C
        static let 간: UInt32 = 0xAC04
        static let 년: UInt32 = 0xB144
        static let 처: UInt32 = 0xCC98
        static let 청: UInt32 = 0xCCAD
        static let 위: UInt32 = 0xC704
        static let 각: UInt32 = 0xAC01
    }
}
