/// What some articles add to the four rollup tables (or, with `sign` -1, take from them),
/// kept per rollup key so that a run touches only the keys of the articles it wrote.
///
/// Every column of the rollups is additive over articles: `mentions` and the amount sums are
/// sums of per-article parts, and `articles` counts an article once per key because an
/// article has one local day and one month. So an article's part can be added when it is
/// written and taken away before it is replaced, and the tables stay equal to what
/// `Rollups.rebuild` computes from scratch (`RollupTests` checks that on random runs).
///
/// Measured against the whole rebuild it replaces (Benchmarks/README.md): the rebuild sorted
/// every mention of the database in temporary b-trees at the end of every run; this reads
/// the run's articles in `article_id` order through the indexes that lead with it, groups in
/// memory, and writes only the keys that changed.
struct RollupDelta {
    struct SourceDay: Hashable {
        var source: String?
        var date: String?
    }

    struct EntityDay: Hashable {
        var entityID: Int64
        var date: String?
    }

    struct EntityMonth: Hashable {
        var entityID: Int64
        var month: String?
        var currency: String
        var kind: String?
    }

    /// A key of `rollup_entity_cooccurrence_by_month`: the organization, and the month,
    /// source, currency and kind of the amounts named with it.
    struct Cooccurrence: Hashable {
        var entityID: Int64
        var month: String?
        var source: String?
        var currency: String
        var kind: String?
    }

    struct Counts {
        var mentions: Int64 = 0
        var articles: Int64 = 0
    }

    struct Amounts {
        var mentions: Int64 = 0
        var articles: Int64 = 0
        var low: Int64 = 0
        var high: Int64 = 0
        var eok = 0.0
        var lowEok = 0.0
        var highEok = 0.0
        /// The `articleStamp` of the last article `add` counted in `articles` (see `add`).
        var stamp = 0

        /// Of `mentions`, those whose amount belongs to the organization (co-occurrence only;
        /// 0 in the money rollup, where every mention belongs to it).
        var owned: Int64 = 0

        var isZero: Bool { mentions == 0 && articles == 0 && low == 0 && high == 0 && owned == 0 }

        /// The sums after adding `change`, or nil when they cannot be a row's: an amount sum
        /// left Int64's range, a count went negative, or a key kept a sum with no mention left.
        /// `mentions` 0 with everything else 0 is a key to delete.
        func adding(_ change: Amounts) -> Amounts? {
            var sums = self
            var overflow = false
            sums.mentions += change.mentions
            sums.articles += change.articles
            sums.owned += change.owned
            (sums.low, overflow) = low.addingReportingOverflow(change.low)
            if overflow { return nil }
            (sums.high, overflow) = high.addingReportingOverflow(change.high)
            if overflow { return nil }
            sums.eok += change.eok
            sums.lowEok += change.lowEok
            sums.highEok += change.highEok
            if sums.mentions < 0 || sums.articles < 0 || sums.owned < 0 || sums.owned > sums.mentions
                || (sums.mentions == 0) != (sums.articles == 0) {
                return nil
            }
            // Exactly what the key held is gone: no sum may be left behind.
            if sums.mentions == 0 && (sums.low != 0 || sums.high != 0) { return nil }
            return sums
        }
    }

    var sourceDays: [SourceDay: Int64] = [:]
    var entityDays: [EntityDay: Counts] = [:]
    var money: [EntityMonth: Amounts] = [:]
    /// `mentions` counts (organization, amount) pairs: rows of the `entity_cooccurrence` view.
    var cooccurrence: [Cooccurrence: Amounts] = [:]
    /// An amount sum left Int64's range. `Rollups.rebuild`'s `sum()` fails the same way; the
    /// caller rebuilds whole so that the error is SQLite's, named with its SQL.
    var overflowed = false
    /// Numbers the articles `add` was given, so each key counts an article once.
    private var articleStamp = 0

    var isEmpty: Bool { sourceDays.isEmpty && entityDays.isEmpty && money.isEmpty && cooccurrence.isEmpty }

    mutating func merge(_ other: RollupDelta) {
        for (key, value) in other.sourceDays { sourceDays[key, default: 0] += value }
        for (key, value) in other.entityDays {
            entityDays[key, default: Counts()].mentions += value.mentions
            entityDays[key, default: Counts()].articles += value.articles
        }
        for (key, value) in other.money {
            money[key] = merged(money[key, default: Amounts()], value)
        }
        for (key, value) in other.cooccurrence {
            cooccurrence[key] = merged(cooccurrence[key, default: Amounts()], value)
        }
        overflowed = overflowed || other.overflowed
    }

    /// `value`'s sums added to `sum`'s; `sum` keeps its `stamp` (stamps number the articles
    /// of one delta's `add` calls only).
    private mutating func merged(_ sum: Amounts, _ value: Amounts) -> Amounts {
        var sum = sum
        sum.mentions += value.mentions
        sum.articles += value.articles
        sum.owned += value.owned
        sum.low = add(sum.low, value.low)
        sum.high = add(sum.high, value.high)
        sum.eok += value.eok
        sum.lowEok += value.lowEok
        sum.highEok += value.highEok
        return sum
    }

    private mutating func add(_ a: Int64, _ b: Int64) -> Int64 {
        let (result, overflow) = a.addingReportingOverflow(b)
        if overflow { overflowed = true }
        return result
    }

    // MARK: One article's part

    struct EntityMentionRow {
        var entityID: Int64
        var isBody: Bool
        var sentence: Int64?
    }

    struct MoneyRow {
        var isBody: Bool
        var sentence: Int64?
        var currency: String
        var low: Int64
        var high: Int64
        var kind: String?
        var owner: Int64?
    }

    private struct BodyAmount: Hashable {
        var currency: String
        var low: Int64
        var high: Int64
    }

    /// Adds (`sign` 1) or takes away (`sign` -1) one article's part. Mirrors the SQL of
    /// `Rollups` rule for rule: an amount belongs to its owner, else to every organization
    /// mentioned in its sentence (a NULL sentence matches nothing, as `=` on NULL does); a
    /// title amount the body repeats for the same organization counts once, from the body.
    /// Co-occurrence counts every organization of the amount's sentence once, owner or not,
    /// title repeats included, as the `entity_cooccurrence` view lists them.
    ///
    /// Every run calls this once per article it wrote, so the per-article groupings are
    /// sorted arrays rather than dictionaries of sets (a dictionary and a set per sentence
    /// were most of its 117,000 instructions an article). Each key's sums are added in the
    /// order of `amounts`, as before, so the floating-point totals come out bit for bit the same.
    ///
    /// - Complexity: O((m + e) log(m + e)) for m money and e organization mentions: the body's
    ///   amounts are looked up by value, so an article with 150,000 amounts stays fast.
    mutating func add(
        source: String?, local: String?, entityMentions: [EntityMentionRow], money amounts: [MoneyRow],
        sign: Int64
    ) {
        let date = local.map { String(decoding: $0.utf8.prefix(10), as: UTF8.self) }
        let month = local.map { String(decoding: $0.utf8.prefix(7), as: UTF8.self) }
        sourceDays[SourceDay(source: source, date: date), default: 0] += sign

        if !entityMentions.isEmpty {
            var ids = entityMentions.map(\.entityID)
            ids.sort()
            var i = 0
            while i < ids.count {
                var j = i + 1
                while j < ids.count && ids[j] == ids[i] { j += 1 }
                let count = Int64(j - i)
                Self.count(&entityDays[EntityDay(entityID: ids[i], date: date), default: Counts()], count * sign, sign)
                i = j
            }
        }
        guard !amounts.isEmpty else { return }

        // (field, sentence, organization), sorted and unique: the organizations of a sentence
        // are one contiguous run, found by binary search.
        var named: [SentenceEntity] = []
        named.reserveCapacity(entityMentions.count)
        for mention in entityMentions {
            if let sentence = mention.sentence {
                named.append(SentenceEntity(isBody: mention.isBody, sentence: sentence, entityID: mention.entityID))
            }
        }
        named.sort()
        if named.count > 1 {
            var kept = 1
            for index in 1..<named.count where named[index] != named[kept - 1] {
                named[kept] = named[index]
                kept += 1
            }
            named.removeLast(named.count - kept)
        }
        func organizations(isBody: Bool, sentence: Int64) -> ArraySlice<SentenceEntity> {
            let probe = SentenceEntity(isBody: isBody, sentence: sentence, entityID: .min)
            var low = 0
            var high = named.count
            while low < high {
                let middle = (low + high) / 2
                if named[middle] < probe { low = middle + 1 } else { high = middle }
            }
            var end = low
            while end < named.count && named[end].isBody == isBody && named[end].sentence == sentence { end += 1 }
            return named[low..<end]
        }
        func namesInBodySentence(_ body: MoneyRow, _ entityID: Int64) -> Bool {
            if let owner = body.owner { return owner == entityID }
            guard let sentence = body.sentence else { return false }
            return organizations(isBody: true, sentence: sentence).contains { $0.entityID == entityID }
        }

        // Only a title amount needs the body's amounts by value; most articles have none.
        var bodyAmounts: [BodyAmount: [Int]] = [:]
        if amounts.contains(where: { !$0.isBody }) {
            for (index, amount) in amounts.enumerated() where amount.isBody {
                bodyAmounts[BodyAmount(currency: amount.currency, low: amount.low, high: amount.high), default: []].append(index)
            }
        }
        articleStamp &+= 1
        let stamp = articleStamp
        for amount in amounts {
            if let owner = amount.owner {
                addAmount(amount, owner: owner, month: month, sign: sign, stamp: stamp, amounts: amounts, bodyAmounts: bodyAmounts, namesInBodySentence)
            } else if let sentence = amount.sentence {
                for named in organizations(isBody: amount.isBody, sentence: sentence) {
                    addAmount(amount, owner: named.entityID, month: month, sign: sign, stamp: stamp, amounts: amounts, bodyAmounts: bodyAmounts, namesInBodySentence)
                }
            }
        }

        // Co-occurrence: each organization of the amount's sentence once (`named` is unique).
        var overflow = false
        for amount in amounts {
            guard let sentence = amount.sentence else { continue }
            for named in organizations(isBody: amount.isBody, sentence: sentence) {
                let key = Cooccurrence(
                    entityID: named.entityID, month: month, source: source, currency: amount.currency, kind: amount.kind)
                Self.accumulate(&cooccurrence[key, default: Amounts()], amount, sign: sign, stamp: stamp, overflow: &overflow)
                if amount.owner == named.entityID { cooccurrence[key, default: Amounts()].owned += sign }
            }
        }
        if overflow { overflowed = true }
    }

    /// One amount's part for one of its organizations: skipped when it is a title amount
    /// the body repeats for that organization; the key's `articles` counts once per article.
    private mutating func addAmount(
        _ amount: MoneyRow, owner entityID: Int64, month: String?, sign: Int64, stamp: Int,
        amounts: [MoneyRow], bodyAmounts: [BodyAmount: [Int]], _ namesInBodySentence: (MoneyRow, Int64) -> Bool
    ) {
        if !amount.isBody, let repeats = bodyAmounts[BodyAmount(currency: amount.currency, low: amount.low, high: amount.high)],
           repeats.contains(where: { namesInBodySentence(amounts[$0], entityID) }) {
            return
        }
        let key = EntityMonth(entityID: entityID, month: month, currency: amount.currency, kind: amount.kind)
        var overflow = false
        Self.accumulate(&money[key, default: Amounts()], amount, sign: sign, stamp: stamp, overflow: &overflow)
        if overflow { overflowed = true }
    }

    private static func count(_ counts: inout Counts, _ mentions: Int64, _ articles: Int64) {
        counts.mentions += mentions
        counts.articles += articles
    }

    private static func accumulate(_ sum: inout Amounts, _ amount: MoneyRow, sign: Int64, stamp: Int, overflow: inout Bool) {
        if sum.stamp != stamp {
            sum.stamp = stamp
            sum.articles += sign
        }
        sum.mentions += sign
        let (low, lowSignOverflow) = amount.low.multipliedReportingOverflow(by: sign)
        let (high, highSignOverflow) = amount.high.multipliedReportingOverflow(by: sign)
        let (newLow, lowOverflow) = sum.low.addingReportingOverflow(low)
        let (newHigh, highOverflow) = sum.high.addingReportingOverflow(high)
        sum.low = newLow
        sum.high = newHigh
        if lowSignOverflow || highSignOverflow || lowOverflow || highOverflow { overflow = true }
        sum.eok += Double(sign) * ((Double(amount.low) + Double(amount.high)) / 2e8)
        sum.lowEok += Double(sign) * (Double(amount.low) / 1e8)
        sum.highEok += Double(sign) * (Double(amount.high) / 1e8)
    }

    private struct SentenceEntity: Comparable {
        var isBody: Bool
        var sentence: Int64
        var entityID: Int64

        static func < (a: SentenceEntity, b: SentenceEntity) -> Bool {
            if a.isBody != b.isBody { return !a.isBody }
            if a.sentence != b.sentence { return a.sentence < b.sentence }
            return a.entityID < b.entityID
        }
    }
}
