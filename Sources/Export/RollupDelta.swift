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

    /// One amount (`sign` 1) or its removal (-1) added to `sum`.
    private mutating func addAmount(_ amount: MoneyRow, sign: Int64, into sum: inout Amounts) {
        sum.mentions += sign
        sum.low = add(sum.low, signed(amount.low, sign))
        sum.high = add(sum.high, signed(amount.high, sign))
        sum.eok += Double(sign) * ((Double(amount.low) + Double(amount.high)) / 2e8)
        sum.lowEok += Double(sign) * (Double(amount.low) / 1e8)
        sum.highEok += Double(sign) * (Double(amount.high) / 1e8)
    }

    private mutating func add(_ a: Int64, _ b: Int64) -> Int64 {
        let (result, overflow) = a.addingReportingOverflow(b)
        if overflow { overflowed = true }
        return result
    }

    private mutating func signed(_ value: Int64, _ sign: Int64) -> Int64 {
        let (result, overflow) = value.multipliedReportingOverflow(by: sign)
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

    private struct FieldSentence: Hashable {
        var isBody: Bool
        var sentence: Int64
    }

    /// A co-occurrence key within one article, whose month and source are fixed.
    private struct ArticlePair: Hashable {
        var entityID: Int64
        var currency: String
        var kind: String?
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
    /// - Complexity: O(m + e) for m money and e organization mentions: the body's amounts
    ///   are looked up by value, so an article with 150,000 amounts stays linear.
    mutating func add(
        source: String?, local: String?, entityMentions: [EntityMentionRow], money amounts: [MoneyRow],
        sign: Int64
    ) {
        let date = local.map { String(decoding: $0.utf8.prefix(10), as: UTF8.self) }
        let month = local.map { String(decoding: $0.utf8.prefix(7), as: UTF8.self) }
        sourceDays[SourceDay(source: source, date: date), default: 0] += sign

        var perEntity: [Int64: Int64] = [:]
        var inSentence: [FieldSentence: Set<Int64>] = [:]
        for mention in entityMentions {
            perEntity[mention.entityID, default: 0] += 1
            if let sentence = mention.sentence {
                inSentence[FieldSentence(isBody: mention.isBody, sentence: sentence), default: []].insert(mention.entityID)
            }
        }
        for (entityID, count) in perEntity {
            let key = EntityDay(entityID: entityID, date: date)
            entityDays[key, default: Counts()].mentions += sign * count
            entityDays[key, default: Counts()].articles += sign
        }
        guard !amounts.isEmpty else { return }

        var bodyAmounts: [BodyAmount: [Int]] = [:]
        for (index, amount) in amounts.enumerated() where amount.isBody {
            bodyAmounts[BodyAmount(currency: amount.currency, low: amount.low, high: amount.high), default: []].append(index)
        }
        var keys: Set<EntityMonth> = []
        for amount in amounts {
            let owners: Set<Int64>
            if let owner = amount.owner {
                owners = [owner]
            } else if let sentence = amount.sentence {
                owners = inSentence[FieldSentence(isBody: amount.isBody, sentence: sentence)] ?? []
            } else {
                owners = []
            }
            for entityID in owners {
                if !amount.isBody, let repeats = bodyAmounts[BodyAmount(currency: amount.currency, low: amount.low, high: amount.high)],
                   repeats.contains(where: { index in
                       let body = amounts[index]
                       if let owner = body.owner { return owner == entityID }
                       guard let sentence = body.sentence else { return false }
                       return inSentence[FieldSentence(isBody: true, sentence: sentence)]?.contains(entityID) == true
                   }) {
                    continue
                }
                let key = EntityMonth(entityID: entityID, month: month, currency: amount.currency, kind: amount.kind)
                keys.insert(key)
                var sum = money[key, default: Amounts()]
                addAmount(amount, sign: sign, into: &sum)
                money[key] = sum
            }
        }
        for key in keys {
            money[key, default: Amounts()].articles += sign
        }

        // Summed per article first: its month and source are the same for every pair, and
        // hashing them once per key instead of once per pair keeps a first load's 2.7 million
        // pairs (100,000 pages) cheap.
        var pairs: [ArticlePair: Amounts] = [:]
        for amount in amounts {
            guard let sentence = amount.sentence,
                  let named = inSentence[FieldSentence(isBody: amount.isBody, sentence: sentence)] else { continue }
            for entityID in named {
                let key = ArticlePair(entityID: entityID, currency: amount.currency, kind: amount.kind)
                var sum = pairs[key, default: Amounts()]
                addAmount(amount, sign: sign, into: &sum)
                if amount.owner == entityID { sum.owned += sign }
                pairs[key] = sum
            }
        }
        for (pair, sum) in pairs {
            var part = sum
            part.articles = sign
            let key = Cooccurrence(
                entityID: pair.entityID, month: month, source: source, currency: pair.currency, kind: pair.kind)
            cooccurrence[key] = merged(cooccurrence[key, default: Amounts()], part)
        }
    }
}
