/// The aggregate tables behind `money_by_entity_month`, `entity_mentions_daily` and
/// `articles_by_source_day`, rebuilt whole at the end of every run that changed an article,
/// inside that run's transaction: a dashboard sees the aggregates of exactly the articles it
/// sees, and a page of a view is a page of an indexed table instead of a GROUP BY over every
/// mention on each request (Datasette gave up after its 1 s limit at 10,000 pages).
///
/// Whole rather than incremental: an updated article's old contribution is gone by the time
/// the run ends, so an incremental build would need every touched key's rows recomputed
/// anyway; the full build is a few sorted scans (figures in Benchmarks/README.md).
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
    static let money = """
        INSERT INTO rollup_money_by_entity_month
            (entity_id, entity, entity_type, month, currency, kind, mentions, articles,
             amount_low, amount_high, amount_eok, amount_low_eok, amount_high_eok)
        SELECT e.entity_id, e.name, e.type, substr(a.published_local, 1, 7), m.currency, m.kind,
               count(*), count(DISTINCT m.article_id),
               sum(m.amount_low), sum(m.amount_high),
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

    static let tables = [
        "rollup_money_by_entity_month", "rollup_entity_mentions_daily", "rollup_articles_by_source_day",
    ]

    /// Empties and refills the three tables; the caller owns the transaction.
    static func rebuild(_ database: Database) throws(StoreError) {
        for table in tables {
            try database.execute("DELETE FROM \(table)")
        }
        try database.execute(money)
        try database.execute(entityDaily)
        try database.execute(sourceDay)
    }
}
