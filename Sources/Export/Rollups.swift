/// The aggregate tables behind `money_by_entity_month`, `entity_mentions_daily`,
/// `articles_by_source_day` and `entity_cooccurrence_by_month`, kept up to date inside the transaction of every run that writes
/// an article: a dashboard sees the aggregates of exactly the articles it sees, and a page of
/// a view is a page of an indexed table instead of a GROUP BY over every mention on each
/// request (Datasette gave up after its 1 s limit at 10,000 pages).
///
/// Incremental: a run adds the part of each article it wrote and takes away the part of each
/// article it replaced (`RollupDelta`, `RollupReader`), and `apply` changes only those keys.
/// The whole rebuild (`rebuild`, the SQL below) sorted every mention of the database at the
/// end of every run: 16.6% of a 100,000-page first load, and as much for a run that changed
/// one article. It stays the definition the increments must equal (a test compares them
/// after random runs) and what a migration that rewrites old rows runs.
///
/// Every grouping by day or month uses `published_local`, the wall-clock time in the
/// configured zone, so an article published at 07:00 KST counts on its own Korean day.
enum Rollups {
    /// Per organization, local month, currency and kind: the money amounts that belong to it.
    ///
    /// An amount belongs to its owner (`money_mentions.entity_id`) when the normalizer found
    /// one, else to every organization named in the same sentence. An amount in the title
    /// that the body repeats (same currency and bounds, same organization) is the same
    /// figure: it counts once per article, from the body. (`+b.currency` keeps SQLite off the
    /// currency index for that lookup: it would scan every KRW mention per title amount,
    /// 35 s at 20,000 pages, where the `article_id` index finds the article's few.)
    /// An amount sum that never fails the run. SQLite's `sum()` raises "integer overflow" past
    /// Int64, which would roll back the whole run and fail every later one over the same
    /// data (three pages saying `900경원` of one company in one month are enough). Summing the
    /// high and low 32 bits apart cannot overflow (fewer than 2^31 rows per key), and SQLite's
    /// `*` and `+` turn an overflowing integer into a REAL instead of failing: the sum is exact
    /// whenever it fits in Int64 and an approximate REAL when it does not (the views' CAST then
    /// shows Int64's bound).
    static func exactSum(_ column: String) -> String {
        "(sum(\(column) >> 32) * 4294967296 + sum(\(column) & 4294967295))"
    }

    static let money = """
        INSERT INTO rollup_money_by_entity_month
            (entity_id, entity, entity_type, month, currency, kind, mentions, articles,
             amount_low, amount_high, amount_eok, amount_low_eok, amount_high_eok)
        SELECT e.entity_id, e.name, e.type, substr(a.published_local, 1, 7), m.currency, m.kind,
               count(*), count(DISTINCT m.article_id),
               \(exactSum("m.amount_low")), \(exactSum("m.amount_high")),
               total((m.amount_low + 0.0 + m.amount_high) / 2e8),
               total(m.amount_low / 1e8), total(m.amount_high / 1e8)
        FROM (SELECT mention_id, entity_id FROM money_mentions WHERE entity_id IS NOT NULL
              UNION
              SELECT mm.mention_id, em.entity_id
              FROM money_mentions AS mm
              JOIN entity_mentions AS em
                ON em.article_id = mm.article_id AND em.field = mm.field
               AND em.sentence = mm.sentence
              WHERE mm.entity_id IS NULL) AS pair
        JOIN money_mentions AS m ON m.mention_id = pair.mention_id
        JOIN entities AS e ON e.entity_id = pair.entity_id
        JOIN articles AS a ON a.article_id = m.article_id
        WHERE m.field = 'body' OR NOT EXISTS (
            SELECT 1 FROM money_mentions AS b
            WHERE b.article_id = m.article_id AND b.field = 'body'
              AND +b.currency = m.currency AND b.amount_low = m.amount_low
              AND b.amount_high = m.amount_high
              AND (b.entity_id = pair.entity_id
                   OR (b.entity_id IS NULL AND EXISTS (
                        SELECT 1 FROM entity_mentions AS x
                        WHERE x.article_id = b.article_id AND x.field = 'body'
                          AND x.sentence = b.sentence AND x.entity_id = pair.entity_id))))
        GROUP BY e.entity_id, substr(a.published_local, 1, 7), m.currency, m.kind
        """

    /// Per organization and local publication date: mentions and distinct articles.
    static let entityDaily = """
        INSERT INTO rollup_entity_mentions_daily (entity_id, entity, entity_type, date, mentions, articles)
        SELECT e.entity_id, e.name, e.type, substr(a.published_local, 1, 10),
               count(*), count(DISTINCT em.article_id)
        FROM entity_mentions AS em
        JOIN entities AS e ON e.entity_id = em.entity_id
        JOIN articles AS a ON a.article_id = em.article_id
        GROUP BY e.entity_id, substr(a.published_local, 1, 10)
        """

    /// Per source and local publication date: article counts.
    static let sourceDay = """
        INSERT INTO rollup_articles_by_source_day (source, date, articles)
        SELECT source, substr(published_local, 1, 10), count(*)
        FROM articles
        GROUP BY source, substr(published_local, 1, 10)
        """

    /// Per organization and the local month, source, currency and kind of the amounts named
    /// in a sentence with it: the `entity_cooccurrence` view summed, one pair per organization
    /// and amount however often the sentence repeats the name, owner or not (`owned_mentions`
    /// counts the amounts that belong to it), title amounts included. Facets over the view
    /// read every pair (2.6-9.3 s at 20,000 pages); over this table they read its keys.
    static let cooccurrence = """
        INSERT INTO rollup_entity_cooccurrence_by_month
            (entity_id, entity, entity_type, month, source, currency, kind, mentions, owned_mentions,
             articles, amount_low, amount_high, amount_eok, amount_low_eok, amount_high_eok)
        SELECT e.entity_id, e.name, e.type, substr(a.published_local, 1, 7), a.source, m.currency, m.kind,
               count(*), sum(m.entity_id IS e.entity_id), count(DISTINCT m.article_id),
               \(exactSum("m.amount_low")), \(exactSum("m.amount_high")),
               total((m.amount_low + 0.0 + m.amount_high) / 2e8),
               total(m.amount_low / 1e8), total(m.amount_high / 1e8)
        FROM (SELECT DISTINCT em.entity_id, mm.mention_id
              FROM entity_mentions AS em
              JOIN money_mentions AS mm
                ON mm.article_id = em.article_id AND mm.field = em.field AND mm.sentence = em.sentence) AS pair
        JOIN money_mentions AS m ON m.mention_id = pair.mention_id
        JOIN entities AS e ON e.entity_id = pair.entity_id
        JOIN articles AS a ON a.article_id = m.article_id
        GROUP BY e.entity_id, substr(a.published_local, 1, 7), a.source, m.currency, m.kind
        """

    /// Each table and the statement that fills it from scratch.
    static let definitions: [(table: String, sql: String)] = [
        ("rollup_money_by_entity_month", money),
        ("rollup_entity_mentions_daily", entityDaily),
        ("rollup_articles_by_source_day", sourceDay),
        ("rollup_entity_cooccurrence_by_month", cooccurrence),
    ]

    static let tables = definitions.map(\.table)

    /// The tables schema v4 created: what the v4 and v6 migrations rebuild (v9's table does
    /// not exist yet when they run).
    static let version4Tables = ["rollup_money_by_entity_month", "rollup_entity_mentions_daily", "rollup_articles_by_source_day"]

    /// Empties and refills `only` (every table by default); the caller owns the transaction.
    static func rebuild(_ database: Database, only: [String] = tables) throws(StoreError) {
        for (table, sql) in definitions where only.contains(table) {
            try database.execute("DELETE FROM \(table)")
            try database.execute(sql)
        }
    }

    /// Applies `delta` to the four tables, key by key, and refreshes the name and type of
    /// the organizations in `renamed` (an entity a run upgraded, say from a pattern guess to
    /// the gazetteer's type) in rows no article of the run touched. The caller owns the
    /// transaction.
    ///
    /// Returns false when the tables disagree with the delta (a key to take from that is not
    /// there, a count going negative) or an amount sum overflowed: the caller then rebuilds
    /// whole, which replaces whatever this call had changed.
    static func apply(_ delta: RollupDelta, renamed: Set<Int64>, to database: Database) throws(StoreError) -> Bool {
        if delta.overflowed { return false }
        var names: [Int64: (name: String, type: String)] = [:]
        let entity = try database.prepare("SELECT name, type FROM entities WHERE entity_id = ?")
        func describe(_ entityID: Int64) throws(StoreError) -> (name: String, type: String)? {
            if let known = names[entityID] { return known }
            entity.bind(1, entityID)
            defer { entity.reset() }
            guard try entity.step() else { return nil }
            let found = (entity.text(0), entity.text(1))
            names[entityID] = found
            return found
        }

        var moneyWasEmpty = false
        var dailyWasEmpty = false
        var cooccurrenceWasEmpty = false

        // Articles per source and day.
        do {
            let find = try database.prepare(
                "SELECT rowid, articles FROM rollup_articles_by_source_day WHERE source IS ?1 AND date IS ?2")
            let update = try database.prepare("UPDATE rollup_articles_by_source_day SET articles = ?2 WHERE rowid = ?1")
            let delete = try database.prepare("DELETE FROM rollup_articles_by_source_day WHERE rowid = ?1")
            let insert = try database.prepare(
                "INSERT INTO rollup_articles_by_source_day (source, date, articles) VALUES (?1, ?2, ?3)")
            let empty = try isEmpty("rollup_articles_by_source_day", database)
            for (key, change) in delta.sourceDays where change != 0 {
                var row: (id: Int64, articles: Int64)?
                if !empty {
                    find.bind(1, key.source)
                    find.bind(2, key.date)
                    if try find.step() { row = (find.int64(0), find.int64(1)) }
                    find.reset()
                }
                let total = (row?.articles ?? 0) + change
                if total < 0 { return false }
                if let row {
                    if total == 0 {
                        delete.bind(1, row.id)
                        try delete.run()
                    } else {
                        update.bind(1, row.id)
                        update.bind(2, total)
                        try update.run()
                    }
                } else if total > 0 {
                    insert.bind(1, key.source)
                    insert.bind(2, key.date)
                    insert.bind(3, total)
                    try insert.run()
                }
            }
        }

        // Mentions per organization and day.
        do {
            let find = try database.prepare(
                "SELECT rowid, mentions, articles FROM rollup_entity_mentions_daily WHERE entity_id = ?1 AND date IS ?2")
            let update = try database.prepare(
                "UPDATE rollup_entity_mentions_daily SET mentions = ?2, articles = ?3 WHERE rowid = ?1")
            let delete = try database.prepare("DELETE FROM rollup_entity_mentions_daily WHERE rowid = ?1")
            let insert = try database.prepare("""
                INSERT INTO rollup_entity_mentions_daily (entity_id, entity, entity_type, date, mentions, articles)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                """)
            let empty = try isEmpty("rollup_entity_mentions_daily", database)
            dailyWasEmpty = empty
            for (key, change) in delta.entityDays where change.mentions != 0 || change.articles != 0 {
                var row: (id: Int64, mentions: Int64, articles: Int64)?
                if !empty {
                    find.bind(1, key.entityID)
                    find.bind(2, key.date)
                    if try find.step() { row = (find.int64(0), find.int64(1), find.int64(2)) }
                    find.reset()
                }
                let mentions = (row?.mentions ?? 0) + change.mentions
                let articles = (row?.articles ?? 0) + change.articles
                if mentions < 0 || articles < 0 || (mentions == 0) != (articles == 0) { return false }
                if let row {
                    if mentions == 0 {
                        delete.bind(1, row.id)
                        try delete.run()
                    } else {
                        update.bind(1, row.id)
                        update.bind(2, mentions)
                        update.bind(3, articles)
                        try update.run()
                    }
                } else if mentions > 0 {
                    guard let described = try describe(key.entityID) else { return false }
                    insert.bind(1, key.entityID)
                    insert.bind(2, described.name)
                    insert.bind(3, described.type)
                    insert.bind(4, key.date)
                    insert.bind(5, mentions)
                    insert.bind(6, articles)
                    try insert.run()
                }
            }
        }

        // Money per organization, month, currency and kind. `+currency` and `+kind` keep
        // SQLite on the (entity_id, month) index: with the currency index it scanned every KRW
        // row per key (56 s for a 20,000-page first load).
        moneyWasEmpty = try isEmpty("rollup_money_by_entity_month", database)
        cooccurrenceWasEmpty = try isEmpty("rollup_entity_cooccurrence_by_month", database)
        let money = delta.money.map { key, change in
            AmountChange(entityID: key.entityID, keys: [key.month, key.currency, key.kind], change: change)
        }
        guard try applyAmounts(
            money, table: "rollup_money_by_entity_month", keyColumns: ["month", "currency", "kind"],
            lookup: "month IS ?2 AND +currency = ?3 AND +kind IS ?4", owned: nil, describe: describe, database)
        else { return false }

        // Amounts named with each organization, per month, source, currency and kind: the
        // lookup has the whole key in one index (`rollup_cooccurrence_key`).
        let pairs = delta.cooccurrence.map { key, change in
            AmountChange(entityID: key.entityID, keys: [key.month, key.source, key.currency, key.kind], change: change)
        }
        guard try applyAmounts(
            pairs, table: "rollup_entity_cooccurrence_by_month", keyColumns: ["month", "source", "currency", "kind"],
            lookup: "month IS ?2 AND source IS ?3 AND currency = ?4 AND kind IS ?5", owned: "owned_mentions",
            describe: describe, database)
        else { return false }

        // Rows inserted into an empty table above took their name and type from `describe`,
        // which reads them as they are now: nothing to refresh, and on a first load (whose
        // indexes are built after the commit) each refresh would scan the table.
        for entityID in renamed.sorted() where !(moneyWasEmpty && dailyWasEmpty && cooccurrenceWasEmpty) {
            guard let described = try describe(entityID) else { continue }
            for table in ["rollup_money_by_entity_month", "rollup_entity_mentions_daily", "rollup_entity_cooccurrence_by_month"] {
                let rename = try database.prepare(
                    "UPDATE \(table) SET entity = ?2, entity_type = ?3 WHERE entity_id = ?1 AND (entity <> ?2 OR entity_type <> ?3)")
                rename.bind(1, entityID)
                rename.bind(2, described.name)
                rename.bind(3, described.type)
                try rename.run()
            }
        }
        return true
    }

    /// One key's change to a table of amount sums: the organization, then the key's text
    /// columns (month, currency, kind…) in the table's order.
    private struct AmountChange {
        var entityID: Int64
        var keys: [String?]
        var change: RollupDelta.Amounts
    }

    /// Adds each change to its key's row of `table` (columns `entity_id, entity, entity_type`,
    /// `keyColumns`, `mentions`, `owned` if any, `articles` and the amount sums), inserting,
    /// updating or deleting the row. `lookup` finds a key's row given `entity_id = ?1` and the
    /// key columns as ?2, ?3…. Returns false when a row would be invalid (`Amounts.adding`).
    private static func applyAmounts(
        _ changes: [AmountChange], table: String, keyColumns: [String], lookup: String, owned: String?,
        describe: (Int64) throws(StoreError) -> (name: String, type: String)?, _ database: Database
    ) throws(StoreError) -> Bool {
        let counts = ["mentions"] + (owned.map { [$0] } ?? []) + ["articles"]
        let sums = counts + ["amount_low", "amount_high", "amount_eok", "amount_low_eok", "amount_high_eok"]
        let find = try database.prepare(
            "SELECT rowid, \(sums.joined(separator: ", ")) FROM \(table) WHERE entity_id = ?1 AND \(lookup)")
        let update = try database.prepare("""
            UPDATE \(table) SET \(sums.enumerated().map { "\($1) = ?\($0 + 2)" }.joined(separator: ", "))
            WHERE rowid = ?1
            """)
        let delete = try database.prepare("DELETE FROM \(table) WHERE rowid = ?1")
        let columns = ["entity_id", "entity", "entity_type"] + keyColumns + sums
        let insert = try database.prepare("""
            INSERT INTO \(table) (\(columns.joined(separator: ", ")))
            VALUES (\((1...columns.count).map { "?\($0)" }.joined(separator: ", ")))
            """)
        let hasOwned = owned != nil
        func readSums(_ statement: Statement, from column: Int32) -> RollupDelta.Amounts {
            var at = column
            func next() -> Int32 { defer { at += 1 }; return at }
            var sums = RollupDelta.Amounts()
            sums.mentions = statement.int64(next())
            if hasOwned { sums.owned = statement.int64(next()) }
            sums.articles = statement.int64(next())
            sums.low = statement.int64(next())
            sums.high = statement.int64(next())
            sums.eok = statement.double(next())
            sums.lowEok = statement.double(next())
            sums.highEok = statement.double(next())
            return sums
        }
        func bindSums(_ statement: Statement, _ sums: RollupDelta.Amounts, from index: Int32) {
            var at = index
            func next() -> Int32 { defer { at += 1 }; return at }
            statement.bind(next(), sums.mentions)
            if hasOwned { statement.bind(next(), sums.owned) }
            statement.bind(next(), sums.articles)
            statement.bind(next(), sums.low)
            statement.bind(next(), sums.high)
            statement.bind(next(), sums.eok)
            statement.bind(next(), sums.lowEok)
            statement.bind(next(), sums.highEok)
        }

        let empty = try isEmpty(table, database)
        for item in changes where !item.change.isZero {
            var row: (id: Int64, sums: RollupDelta.Amounts)?
            if !empty {
                find.bind(1, item.entityID)
                for (offset, key) in item.keys.enumerated() { find.bind(Int32(offset + 2), key) }
                if try find.step() { row = (find.int64(0), readSums(find, from: 1)) }
                find.reset()
            }
            guard let sums = (row?.sums ?? RollupDelta.Amounts()).adding(item.change) else { return false }
            if sums.mentions == 0 {
                if let row {
                    delete.bind(1, row.id)
                    try delete.run()
                }
                continue
            }
            if let row {
                update.bind(1, row.id)
                bindSums(update, sums, from: 2)
                try update.run()
            } else {
                guard let described = try describe(item.entityID) else { return false }
                insert.bind(1, item.entityID)
                insert.bind(2, described.name)
                insert.bind(3, described.type)
                for (offset, key) in item.keys.enumerated() { insert.bind(Int32(offset + 4), key) }
                bindSums(insert, sums, from: Int32(4 + item.keys.count))
                try insert.run()
            }
        }
        return true
    }

    /// An empty table (a first load) has no row to look up: every key is inserted.
    private static func isEmpty(_ table: String, _ database: Database) throws(StoreError) -> Bool {
        try database.scalarInt("SELECT NOT EXISTS (SELECT 1 FROM \(table))") == 1
    }
}
