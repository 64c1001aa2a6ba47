/// The knews database schema as an ordered list of migrations, indexed by `PRAGMA user_version`.
///
/// A database is never dropped: opening one runs the migrations it has not seen yet, in order,
/// in one transaction. To change the schema, append a migration; never edit a shipped one.
///
/// What went where, and why:
/// - **v1** is exactly the issue-2 contract: the seven tables, with their `CHECK` constraints on
///   enumerated columns and their foreign keys. Those have to be in the first version because
///   SQLite's `ALTER TABLE` cannot add a `CHECK` or a `REFERENCES` to an existing column; adding
///   them later would mean rebuilding every table (the 12-step copy), which for a large
///   database is slow and needs twice the disk space.
/// - **v2** is what issue 6 (and issue 5's co-occurrence) added, all of it additive, so the
///   upgrade is in place and instant whatever the size of the file: new columns by
///   `ALTER TABLE … ADD COLUMN` (with defaults, and a `CHECK` on `severity`, which SQLite
///   allows on an added column), the `inputs` table for incremental runs, the indexes and the
///   views. The mentions' `sentence` column is backfilled from the stored text.
/// - Mention ids are `AUTOINCREMENT`: an updated article's new mentions never reuse the ids of
///   the ones they replace, so a spreadsheet or warehouse keyed by `mention_id` never sees an
///   id change meaning.
/// - Declared types are the ones BI tools map: `INTEGER`, `TEXT`, `REAL`, `DATETIME`, `DATE`.
///   No `STRICT` tables: they reject `DATETIME`/`DATE` and older readers reject them.
/// - Enumerations of more than two values are written `x = 'a' OR x = 'b' OR …`, not
///   `x IN ('a', 'b', …)`: SQLite evaluates a CHECK's IN list of three or more values by
///   building a temporary b-tree for every row inserted, which made each mention insert
///   half again as expensive (measured with callgrind). Two-value lists compile to plain
///   comparisons and stay as IN. NULL passes either form, as it must for the qualifiers.
/// - Adding an entity type later means rebuilding `entities` (its `CHECK` lists the types):
///   that migration must use SQLite's 12-step table rebuild with foreign keys off.
enum Schema {
    struct Migration: Sendable {
        let version: Int
        let statements: [String]
        /// Work SQL alone cannot do (backfills), run after `statements` in the same transaction.
        let backfill: (@Sendable (Database) throws(StoreError) -> Void)?
    }

    static let migrations: [Migration] = [
        Migration(version: 1, statements: version1, backfill: nil),
        Migration(version: 2, statements: version2 + version2Indexes, backfill: backfillSentences),
        Migration(version: 3, statements: version3, backfill: nil),
        Migration(version: 4, statements: version4, backfill: backfillVersion4),
        // Issue 20: inputs and `file:` URLs keyed by real path, duplicates merged.
        Migration(version: 5, statements: [], backfill: PathSpellingMerge.run),
        // Runs keep the rollup tables by increments from now on (`Rollups.apply`), so they must
        // start exact: v5's merge deleted duplicate articles without rebuilding them, and a
        // run that changed no article left them so until then. One rebuild, no new columns.
        Migration(version: 6, statements: [], backfill: backfillVersion6),
        // Issue 17: no table changes; running it recreates the views, whose per-mention views
        // now show each amount's kind and owner and each date's kind, first and last day.
        Migration(version: 7, statements: [], backfill: nil),
        // Issue 18: the co-occurrence rollup, filled once here, then kept by every run.
        Migration(version: 9, statements: version9, backfill: backfillVersion9),
    ]

    /// Views are not part of any one migration: after the migrations a database has not seen
    /// have run, every view is dropped and created anew from `views` (see
    /// `ArticleStore.migrate`). A view may then read a column a later migration added, and
    /// changing a view needs no migration of its own.
    static var viewRefresh: [String] {
        let names = views.map(\.name) + retiredViews
        return names.reversed().map { "DROP VIEW IF EXISTS \($0)" } + views.map(\.sql)
    }

    /// Views an earlier version created and the latest no longer has: dropped on upgrade.
    static let retiredViews: [String] = []

    static var latestVersion: Int { migrations.last?.version ?? 0 }

    // MARK: v1: the issue-2 contract

    static let version1: [String] = [
        """
        CREATE TABLE runs (
            run_id INTEGER PRIMARY KEY,
            started_at DATETIME NOT NULL,
            finished_at DATETIME,
            status TEXT NOT NULL CHECK (status = 'running' OR status = 'success' OR status = 'failed' OR status = 'aborted'),
            files_seen INTEGER NOT NULL DEFAULT 0,
            articles_inserted INTEGER NOT NULL DEFAULT 0,
            articles_updated INTEGER NOT NULL DEFAULT 0,
            input_errors INTEGER NOT NULL DEFAULT 0,
            knews_version TEXT,
            config_sha256 TEXT
        )
        """,
        """
        CREATE TABLE articles (
            article_id INTEGER PRIMARY KEY,
            url TEXT NOT NULL UNIQUE,
            source TEXT,
            title TEXT NOT NULL,
            body TEXT NOT NULL,
            published_at DATETIME,
            published_date DATE,
            author TEXT,
            content_hash TEXT NOT NULL,
            input_path TEXT NOT NULL,
            run_id INTEGER REFERENCES runs (run_id) ON DELETE SET NULL
        )
        """,
        """
        CREATE TABLE money_mentions (
            mention_id INTEGER PRIMARY KEY AUTOINCREMENT,
            article_id INTEGER NOT NULL REFERENCES articles (article_id) ON DELETE CASCADE,
            field TEXT NOT NULL CHECK (field IN ('title', 'body')),
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            surface TEXT NOT NULL,
            currency TEXT NOT NULL CHECK (length(currency) = 3),
            amount_low INTEGER NOT NULL,
            amount_high INTEGER NOT NULL,
            qualifier TEXT CHECK (qualifier = 'max' OR qualifier = 'min' OR qualifier = 'approx' OR qualifier = 'over' OR qualifier = 'under'),
            vague INTEGER NOT NULL DEFAULT 0 CHECK (vague IN (0, 1))
        )
        """,
        """
        CREATE TABLE date_mentions (
            mention_id INTEGER PRIMARY KEY AUTOINCREMENT,
            article_id INTEGER NOT NULL REFERENCES articles (article_id) ON DELETE CASCADE,
            field TEXT NOT NULL CHECK (field IN ('title', 'body')),
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            surface TEXT NOT NULL,
            value TEXT NOT NULL,
            precision TEXT NOT NULL
                CHECK (precision = 'minute' OR precision = 'hour' OR precision = 'day' OR precision = 'week' OR precision = 'month' OR precision = 'quarter' OR precision = 'half' OR precision = 'year'),
            relative INTEGER NOT NULL DEFAULT 0 CHECK (relative IN (0, 1)),
            qualifier TEXT
                CHECK (qualifier = 'until' OR qualifier = 'from' OR qualifier = 'end' OR qualifier = 'early' OR qualifier = 'mid' OR qualifier = 'late' OR qualifier = 'within' OR qualifier = 'around')
        )
        """,
        """
        CREATE TABLE entities (
            entity_id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            type TEXT NOT NULL CHECK (type IN ('agency', 'company')),
            name_en TEXT,
            origin TEXT NOT NULL CHECK (origin IN ('gazetteer', 'pattern'))
        )
        """,
        """
        CREATE TABLE entity_mentions (
            mention_id INTEGER PRIMARY KEY AUTOINCREMENT,
            article_id INTEGER NOT NULL REFERENCES articles (article_id) ON DELETE CASCADE,
            entity_id INTEGER NOT NULL REFERENCES entities (entity_id) ON DELETE CASCADE,
            field TEXT NOT NULL CHECK (field IN ('title', 'body')),
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            surface TEXT NOT NULL
        )
        """,
        """
        CREATE TABLE input_errors (
            error_id INTEGER PRIMARY KEY,
            run_id INTEGER NOT NULL REFERENCES runs (run_id) ON DELETE CASCADE,
            input_path TEXT NOT NULL,
            stage TEXT NOT NULL,
            message TEXT NOT NULL
        )
        """,
    ]

    // MARK: v2: issue 6 (incremental runs, BI views) and issue 5 (co-occurrence)

    static let version2: [String] = [
        "ALTER TABLE entities ADD COLUMN confidence REAL NOT NULL DEFAULT 1",
        "ALTER TABLE runs ADD COLUMN files_skipped INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE runs ADD COLUMN articles_unchanged INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE runs ADD COLUMN message TEXT",
        // NULL for v1 rows: the next save of the same text refreshes their mentions once.
        "ALTER TABLE articles ADD COLUMN analysis_hash TEXT",
        """
        ALTER TABLE input_errors ADD COLUMN severity TEXT NOT NULL DEFAULT 'error'
            CHECK (severity IN ('error', 'warning'))
        """,
        // NULL only for mentions whose article text was missing at backfill (never in practice).
        "ALTER TABLE money_mentions ADD COLUMN sentence INTEGER",
        "ALTER TABLE date_mentions ADD COLUMN sentence INTEGER",
        "ALTER TABLE entity_mentions ADD COLUMN sentence INTEGER",
        """
        CREATE TABLE inputs (
            path TEXT PRIMARY KEY,
            size INTEGER NOT NULL,
            modified_ns INTEGER NOT NULL,
            sha256 TEXT NOT NULL,
            run_id INTEGER REFERENCES runs (run_id) ON DELETE SET NULL
        )
        """,
    ]

    /// Every join and filter column of the schema: v2's, v4's and v9's (v3 rebuilt the
    /// `date_mentions` indexes as they were).
    static let indexes: [String] = version2Indexes + version4Indexes + version9Indexes

    /// The indexes v2 created, as v2 created them. The mention indexes lead with `article_id`
    /// (joins, cascades, the replace-on-update delete) and go on to `field, sentence` so the
    /// co-occurrence join is a pure index lookup.
    static let version2Indexes: [String] = [
        "CREATE INDEX articles_published_at ON articles (published_at)",
        "CREATE INDEX articles_published_date ON articles (published_date)",
        "CREATE INDEX articles_source ON articles (source, published_date)",
        "CREATE INDEX articles_run_id ON articles (run_id)",
        "CREATE INDEX money_mentions_article ON money_mentions (article_id, field, sentence)",
        "CREATE INDEX money_mentions_currency ON money_mentions (currency)",
        "CREATE INDEX date_mentions_article ON date_mentions (article_id)",
        "CREATE INDEX date_mentions_value ON date_mentions (value)",
        "CREATE INDEX entity_mentions_article ON entity_mentions (article_id, field, sentence)",
        "CREATE INDEX entity_mentions_entity ON entity_mentions (entity_id)",
        "CREATE INDEX entities_type ON entities (type)",
        "CREATE INDEX input_errors_run ON input_errors (run_id)",
        "CREATE INDEX inputs_run ON inputs (run_id)",
        "CREATE INDEX runs_status ON runs (status)",
    ]

    /// Name and statement of every index of the latest schema, for rebuilding one found
    /// missing (see `ArticleStore.indexesToBuildAfterCommit`).
    static let indexDefinitions: [(name: String, sql: String)] = indexes.map { sql in
        // "CREATE INDEX <name> ON ...": the name is the third word.
        (String(sql.split(separator: " ")[2]), sql)
    }

    /// Indexes in random key order that the writer does not need: a first load builds them
    /// once after its commit instead of row by row (see `ArticleStore.indexesToBuildAfterCommit`).
    ///
    /// Inserting into them row by row lands on a random leaf page each time, splitting pages
    /// mid-tree; on the 20,000-page benchmark that was a third of the write stage, and a sorted
    /// build afterwards costs less than half of it. The writer's only use of one of them is
    /// rare: undoing a failed save that inserted an entity cascades to `entity_mentions` by
    /// `entity_id`, which during a first load scans that table instead. The `article_id`
    /// indexes stay: they are appended in order, and the replace-on-update deletes and the
    /// article cascades use them all the time.
    ///
    /// The rollup tables' indexes too: a first load starts them empty, so `Rollups.apply`
    /// inserts every key and looks none up. Inserted row by row they cost about 27,000
    /// instructions a row (callgrind, 300 pages: 331 M of the 372 M `apply` took).
    static let deferredOnFirstLoad: [String] = [
        "articles_published_at", "articles_published_date", "articles_source",
        "money_mentions_currency", "date_mentions_value", "entity_mentions_entity",
        "rollup_money_entity", "rollup_money_month", "rollup_money_type", "rollup_money_currency",
        "rollup_money_kind", "rollup_money_entity_name", "rollup_daily_entity", "rollup_daily_date",
        "rollup_daily_type", "rollup_daily_entity_name", "rollup_source_day_source", "rollup_source_day_date",
        "rollup_money_readme", "rollup_cooccurrence_key", "rollup_cooccurrence_month", "rollup_cooccurrence_type",
        "rollup_cooccurrence_source", "rollup_cooccurrence_currency", "rollup_cooccurrence_kind",
        "rollup_cooccurrence_entity_name",
    ]


    // MARK: v3: round 2 (issues 15-20), every column the stages fill

    /// Round 2's additions, all in one migration so that the stages' work lands on one shape:
    /// - `articles.extraction_method`: how the article was found (`profile`, `dom`, `json-ld`,
    ///   `embedded-json`), so analysts can audit articles read from embedded JSON (issue 15).
    /// - `articles.published_local` (`YYYY-MM-DD HH:MM:SS` in the configured zone, no offset)
    ///   and `published_utc`: SQLite's date functions turn `+09:00` times into UTC days, so BI
    ///   tools group by `published_local` (issue 18).
    /// - `entities.country` (ISO 3166 alpha-2, `KR` for Korean bodies) and `evidence` (what
    ///   admitted a discovered organization) (issue 16).
    /// - `money_mentions.kind` (what the amount measures: `budget`, `investment`, `revenue`,
    ///   `profit`, `loss`, `fine`, `debt`, `price`, `market_size`, `salary`, `valuation`, or
    ///   NULL) and `entity_id`, the organization the amount belongs to when the clause makes it
    ///   plain (issue 17).
    /// - `date_mentions` gains `kind` (`date` or `duration`; a duration's value is ISO 8601,
    ///   `P3D`), the `decade` precision, and `date_start`/`date_end` (the first and last day
    ///   a mention covers, as ISO dates a spreadsheet reads). `precision`'s CHECK cannot be
    ///   altered, so the table is rebuilt (nothing references it, its views are dropped first
    ///   and recreated after every migration; its AUTOINCREMENT counter is carried over).
    /// - `runs.input_warnings`: warnings counted apart from errors (issue 18).
    static let version3: [String] = [
        """
        ALTER TABLE articles ADD COLUMN extraction_method TEXT
            CHECK (extraction_method = 'profile' OR extraction_method = 'dom' OR extraction_method = 'json-ld' OR extraction_method = 'embedded-json')
        """,
        "ALTER TABLE articles ADD COLUMN published_local DATETIME",
        "ALTER TABLE articles ADD COLUMN published_utc DATETIME",
        "ALTER TABLE entities ADD COLUMN country TEXT CHECK (length(country) = 2)",
        "ALTER TABLE entities ADD COLUMN evidence TEXT",
        "ALTER TABLE money_mentions ADD COLUMN kind TEXT",
        "ALTER TABLE money_mentions ADD COLUMN entity_id INTEGER REFERENCES entities (entity_id) ON DELETE SET NULL",
        "ALTER TABLE runs ADD COLUMN input_warnings INTEGER NOT NULL DEFAULT 0",
    ] + viewDrops + [
        """
        CREATE TABLE date_mentions_v3 (
            mention_id INTEGER PRIMARY KEY AUTOINCREMENT,
            article_id INTEGER NOT NULL REFERENCES articles (article_id) ON DELETE CASCADE,
            field TEXT NOT NULL CHECK (field IN ('title', 'body')),
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            surface TEXT NOT NULL,
            value TEXT NOT NULL,
            precision TEXT NOT NULL
                CHECK (precision = 'minute' OR precision = 'hour' OR precision = 'day' OR precision = 'week' OR precision = 'month' OR precision = 'quarter' OR precision = 'half' OR precision = 'year' OR precision = 'decade'),
            relative INTEGER NOT NULL DEFAULT 0 CHECK (relative IN (0, 1)),
            qualifier TEXT
                CHECK (qualifier = 'until' OR qualifier = 'from' OR qualifier = 'end' OR qualifier = 'early' OR qualifier = 'mid' OR qualifier = 'late' OR qualifier = 'within' OR qualifier = 'around'),
            sentence INTEGER,
            kind TEXT NOT NULL DEFAULT 'date' CHECK (kind IN ('date', 'duration')),
            date_start DATE,
            date_end DATE
        )
        """,
        """
        INSERT INTO date_mentions_v3 (mention_id, article_id, field, start, "end", surface, value,
                                      precision, relative, qualifier, sentence)
        SELECT mention_id, article_id, field, start, "end", surface, value,
               precision, relative, qualifier, sentence
        FROM date_mentions
        """,
        // The AUTOINCREMENT high-water mark: ids of deleted mentions are never reused.
        "DELETE FROM sqlite_sequence WHERE name = 'date_mentions_v3'",
        """
        INSERT INTO sqlite_sequence (name, seq)
        SELECT 'date_mentions_v3', max(
            coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'date_mentions'), 0),
            coalesce((SELECT max(mention_id) FROM date_mentions_v3), 0))
        """,
        "DROP TABLE date_mentions",
        "ALTER TABLE date_mentions_v3 RENAME TO date_mentions",
        "CREATE INDEX date_mentions_article ON date_mentions (article_id)",
        "CREATE INDEX date_mentions_value ON date_mentions (value)",
    ]

    /// Every view v2 created, dropped before a table they read is rebuilt.
    static let viewDrops: [String] = [
        "money_mentions_view", "date_mentions_view", "entity_cooccurrence",
        "money_by_entity_month", "entity_mentions_daily", "articles_by_source_day",
    ].reversed().map { "DROP VIEW IF EXISTS \($0)" }

    // MARK: Views

    struct View: Sendable {
        let name: String
        let sql: String
    }

    /// Every view, in creation order (later views may read earlier ones).
    ///
    /// Column typing: a column passed straight through from a table keeps its declared type
    /// (`published_at` stays `DATETIME`, `published_date` stays `DATE`), which is what BI
    /// tools read from `PRAGMA table_info`. A computed column has no declared type in SQLite
    /// (not even with a CAST), so each one is wrapped in `CAST(… AS INTEGER|REAL|TEXT)`: its
    /// values then have one storage class on every row, which is what Datasette, pandas and
    /// JDBC result metadata look at. Dates are never CAST: `CAST('2025-06-27T…' AS DATETIME)`
    /// is numeric affinity and would yield `2025`.
    static let views: [View] = [
        View(name: "money_mentions_view", sql: moneyMentionsView),
        View(name: "date_mentions_view", sql: dateMentionsView),
        View(name: "entity_cooccurrence", sql: entityCooccurrence),
        View(name: "entity_cooccurrence_by_month", sql: entityCooccurrenceByMonth),
        View(name: "money_by_entity_month", sql: moneyByEntityMonth),
        View(name: "entity_mentions_daily", sql: entityMentionsDaily),
        View(name: "articles_by_source_day", sql: articlesBySourceDay),
    ]

    /// `money_mentions_view`: every money mention with its article's date, source and title,
    /// and the amounts in 억원 (`amount_eok` is the middle of a range, `amount_low_eok` and
    /// `amount_high_eok` its bounds) since that is how Korean analysts read them.
    static let moneyMentionsView = """
        CREATE VIEW money_mentions_view AS
        SELECT m.mention_id, m.article_id, a.published_at, a.published_date, a.source, a.title,
               m.field, m.start, m."end", m.surface, m.currency, m.amount_low, m.amount_high,
               CAST((m.amount_low + 0.0 + m.amount_high) / 2e8 AS REAL) AS amount_eok,
               CAST(m.amount_low / 1e8 AS REAL) AS amount_low_eok,
               CAST(m.amount_high / 1e8 AS REAL) AS amount_high_eok,
               m.qualifier, m.vague, m.sentence, m.kind, m.entity_id, o.name AS owner
        FROM money_mentions AS m JOIN articles AS a ON a.article_id = m.article_id
        LEFT JOIN entities AS o ON o.entity_id = m.entity_id
        """

    /// `date_mentions_view`: every date mention with its article's date, source and title,
    /// so "which deadlines fall in 2026-Q1" needs no join.
    static let dateMentionsView = """
        CREATE VIEW date_mentions_view AS
        SELECT d.mention_id, d.article_id, a.published_at, a.published_date, a.source, a.title,
               d.field, d.start, d."end", d.surface, d.value, d.precision, d.relative, d.qualifier,
               d.sentence, d.kind, d.date_start, d.date_end
        FROM date_mentions AS d JOIN articles AS a ON a.article_id = d.article_id
        """

    /// `entity_cooccurrence`: an organization and a money amount named in the same sentence
    /// of the same field of an article, one row per (entity, money mention) pair however
    /// often the entity is repeated in that sentence, with the amounts (also in 억원) and the
    /// article's id, title and publish time. "Which ministries come with which budgets".
    ///
    /// "However often the entity is repeated" is a NOT EXISTS on an earlier mention of the same
    /// entity in the sentence, not a DISTINCT over all pairs: DISTINCT made SQLite build every
    /// pair of the database before the first row, so even a page of 101 rows took 22 s at
    /// 20,000 pages. Now rows stream from `entity_mentions` through the `article_id` indexes.
    static let entityCooccurrence = """
        CREATE VIEW entity_cooccurrence AS
        SELECT e.entity_id, e.name AS entity, e.type AS entity_type,
               m.mention_id AS money_mention_id, m.surface AS money_surface, m.currency,
               m.amount_low, m.amount_high,
               CAST((m.amount_low + 0.0 + m.amount_high) / 2e8 AS REAL) AS amount_eok,
               CAST(m.amount_low / 1e8 AS REAL) AS amount_low_eok,
               CAST(m.amount_high / 1e8 AS REAL) AS amount_high_eok,
               m.qualifier, m.vague, m.field, m.sentence,
               a.article_id, a.title, a.source, a.published_at, a.published_date,
               m.kind, CAST(m.entity_id IS e.entity_id AS INTEGER) AS is_owner
        FROM entity_mentions AS em
        JOIN money_mentions AS m
          ON m.article_id = em.article_id AND m.field = em.field AND m.sentence = em.sentence
        JOIN entities AS e ON e.entity_id = em.entity_id
        JOIN articles AS a ON a.article_id = m.article_id
        WHERE NOT EXISTS (
            SELECT 1 FROM entity_mentions AS x
            WHERE x.article_id = em.article_id AND x.field = em.field AND x.sentence = em.sentence
              AND x.entity_id = em.entity_id AND x.mention_id < em.mention_id)
        """

    /// `money_by_entity_month`, `entity_mentions_daily`, `articles_by_source_day`: the names
    /// dashboards already use, now a plain `SELECT *` over the rollup tables each run fills
    /// (see `Rollups`). A column passed straight through keeps the table's declared type, so
    /// `PRAGMA table_info` on the view reports `INTEGER`, `TEXT`, `REAL`, `DATE` on every
    /// SQLite (computed view columns have no type before 3.41), and a page of the view is a
    /// page of an indexed table, not an aggregate recomputed per request.
    static let moneyByEntityMonth = """
        CREATE VIEW money_by_entity_month AS SELECT * FROM rollup_money_by_entity_month
        """

    static let entityMentionsDaily = """
        CREATE VIEW entity_mentions_daily AS SELECT * FROM rollup_entity_mentions_daily
        """

    static let articlesBySourceDay = """
        CREATE VIEW articles_by_source_day AS SELECT * FROM rollup_articles_by_source_day
        """

    /// `entity_cooccurrence_by_month`: `entity_cooccurrence` summed per organization, month,
    /// source, currency and kind, as a `SELECT *` over its rollup table (v9), so that its
    /// facets read an indexed table of keys instead of every pair.
    static let entityCooccurrenceByMonth = """
        CREATE VIEW entity_cooccurrence_by_month AS SELECT * FROM rollup_entity_cooccurrence_by_month
        """

    // MARK: v4: issue 18 (rollups, field health, local publish times)

    /// - `source_health`: per run and source, how many of the articles read had each field
    ///   filled, so a site redesign that empties a field is seen (and warned about) the night
    ///   it happens, not when a dashboard goes blank.
    /// - The three rollup tables behind the aggregate views, with declared types and an index
    ///   on every column a dashboard filters or facets on. The migration fills them with
    ///   `Rollups.rebuild`; every run that changes an article then updates the keys of its
    ///   articles inside its transaction (`Rollups.apply`).
    /// - `published_local`/`published_utc` are backfilled from `published_at` (v3 added them
    ///   empty); from v4 on every save writes them.
    static let version4: [String] = [
        """
        CREATE TABLE source_health (
            run_id INTEGER NOT NULL REFERENCES runs (run_id) ON DELETE CASCADE,
            source TEXT NOT NULL,
            profile TEXT,
            articles INTEGER NOT NULL,
            title_filled INTEGER NOT NULL,
            body_filled INTEGER NOT NULL,
            published_filled INTEGER NOT NULL,
            author_filled INTEGER NOT NULL,
            title_share REAL NOT NULL,
            body_share REAL NOT NULL,
            published_share REAL NOT NULL,
            author_share REAL NOT NULL,
            PRIMARY KEY (run_id, source)
        )
        """,
        """
        CREATE TABLE rollup_money_by_entity_month (
            entity_id INTEGER NOT NULL,
            entity TEXT NOT NULL,
            entity_type TEXT NOT NULL,
            month TEXT,
            currency TEXT NOT NULL,
            kind TEXT,
            mentions INTEGER NOT NULL,
            articles INTEGER NOT NULL,
            amount_low INTEGER NOT NULL,
            amount_high INTEGER NOT NULL,
            amount_eok REAL NOT NULL,
            amount_low_eok REAL NOT NULL,
            amount_high_eok REAL NOT NULL
        )
        """,
        """
        CREATE TABLE rollup_entity_mentions_daily (
            entity_id INTEGER NOT NULL,
            entity TEXT NOT NULL,
            entity_type TEXT NOT NULL,
            date DATE,
            mentions INTEGER NOT NULL,
            articles INTEGER NOT NULL
        )
        """,
        """
        CREATE TABLE rollup_articles_by_source_day (
            source TEXT,
            date DATE,
            articles INTEGER NOT NULL
        )
        """,
        """
        UPDATE articles
        SET published_local = \(localTimeSQL("published_at")),
            published_utc = \(utcTimeSQL("published_at"))
        WHERE published_at IS NOT NULL
        """,
    ] + version4Indexes

    /// Filter and facet columns of the v4 tables: entity, month or date, type, currency, kind,
    /// source; `month, amount_eok` also serves the README's "largest amounts by month".
    static let version4Indexes: [String] = [
        "CREATE INDEX source_health_source ON source_health (source, run_id)",
        "CREATE INDEX rollup_money_entity ON rollup_money_by_entity_month (entity_id, month)",
        "CREATE INDEX rollup_money_month ON rollup_money_by_entity_month (month, amount_eok)",
        "CREATE INDEX rollup_money_type ON rollup_money_by_entity_month (entity_type, month)",
        "CREATE INDEX rollup_money_currency ON rollup_money_by_entity_month (currency)",
        "CREATE INDEX rollup_money_kind ON rollup_money_by_entity_month (kind)",
        "CREATE INDEX rollup_money_entity_name ON rollup_money_by_entity_month (entity)",
        "CREATE INDEX rollup_daily_entity ON rollup_entity_mentions_daily (entity_id, date)",
        "CREATE INDEX rollup_daily_date ON rollup_entity_mentions_daily (date)",
        "CREATE INDEX rollup_daily_type ON rollup_entity_mentions_daily (entity_type, date)",
        "CREATE INDEX rollup_daily_entity_name ON rollup_entity_mentions_daily (entity)",
        "CREATE INDEX rollup_source_day_source ON rollup_articles_by_source_day (source, date)",
        "CREATE INDEX rollup_source_day_date ON rollup_articles_by_source_day (date)",
    ]

    /// `published_local` from an ISO 8601 time with offset: its wall-clock part, `T` made a
    /// space (`2025-06-27 07:12:00`), which every BI tool's date functions take as is.
    static func localTimeSQL(_ value: String) -> String {
        "replace(substr(\(value), 1, 19), 'T', ' ')"
    }

    /// `published_utc`: SQLite's `datetime` applies the offset (`2025-06-26 22:12:00`).
    static func utcTimeSQL(_ value: String) -> String {
        "datetime(\(value))"
    }

    @Sendable static func backfillVersion4(_ database: Database) throws(StoreError) {
        try Rollups.rebuild(database, only: Rollups.version4Tables)
    }

    @Sendable static func backfillVersion6(_ database: Database) throws(StoreError) {
        try Rollups.rebuild(database, only: Rollups.version4Tables)
    }

    // MARK: v9: issue 18 (the co-occurrence rollup)

    /// - `rollup_entity_cooccurrence_by_month`, behind the `entity_cooccurrence_by_month` view:
    /// `entity_cooccurrence` (one row per organization and amount in a sentence, 2.7 million
    /// rows at 100,000 pages) summed per organization, local month, source, currency and
    /// kind, so that a dashboard's facets and GROUP BYs read tens of thousands of keys. Kept
    ///   by increments like the v4 tables (`Rollups.apply`); the migration fills it once.
    /// - An index that covers the README's example query on `rollup_money_by_entity_month`.
    static let version9: [String] = [
        """
        CREATE TABLE rollup_entity_cooccurrence_by_month (
            entity_id INTEGER NOT NULL,
            entity TEXT NOT NULL,
            entity_type TEXT NOT NULL,
            month TEXT,
            source TEXT,
            currency TEXT NOT NULL,
            kind TEXT,
            mentions INTEGER NOT NULL,
            owned_mentions INTEGER NOT NULL,
            articles INTEGER NOT NULL,
            amount_low INTEGER NOT NULL,
            amount_high INTEGER NOT NULL,
            amount_eok REAL NOT NULL,
            amount_low_eok REAL NOT NULL,
            amount_high_eok REAL NOT NULL
        )
        """,
    ] + version9Indexes

    /// The whole key first (the increments' lookup, and a rename's), then one index per column
    /// Datasette facets on; `month, amount_eok` for "largest amounts by month".
    ///
    /// `rollup_money_readme` covers the README's example query (one organization type, summed
    /// per organization, month and currency over kind): SQLite reads the index in GROUP BY
    /// order, with no table lookup per row and no temporary b-tree for the grouping. With
    /// `rollup_money_type` alone it looked each row up and sorted them, ~2.5x slower.
    static let version9Indexes: [String] = [
        "CREATE INDEX rollup_money_readme ON rollup_money_by_entity_month (entity_type, entity_id, month, currency, entity, mentions, amount_eok)",
        "CREATE INDEX rollup_cooccurrence_key ON rollup_entity_cooccurrence_by_month (entity_id, month, source, currency, kind)",
        "CREATE INDEX rollup_cooccurrence_month ON rollup_entity_cooccurrence_by_month (month, amount_eok)",
        "CREATE INDEX rollup_cooccurrence_type ON rollup_entity_cooccurrence_by_month (entity_type, month)",
        "CREATE INDEX rollup_cooccurrence_source ON rollup_entity_cooccurrence_by_month (source, month)",
        "CREATE INDEX rollup_cooccurrence_currency ON rollup_entity_cooccurrence_by_month (currency)",
        "CREATE INDEX rollup_cooccurrence_kind ON rollup_entity_cooccurrence_by_month (kind)",
        "CREATE INDEX rollup_cooccurrence_entity_name ON rollup_entity_cooccurrence_by_month (entity)",
    ]

    @Sendable static func backfillVersion9(_ database: Database) throws(StoreError) {
        try Rollups.rebuild(database, only: ["rollup_entity_cooccurrence_by_month"])
    }

    // MARK: Backfill

    /// Fills `sentence` for mentions stored by a v1 knews, from the stored title and body,
    /// exactly as `save` computes it, so an upgraded database joins like a new one.
    @Sendable static func backfillSentences(_ database: Database) throws(StoreError) {
        var articleIDs: [Int64] = []
        let ids = try database.prepare("SELECT article_id FROM articles ORDER BY article_id")
        while try ids.step() { articleIDs.append(ids.int64(0)) }

        let text = try database.prepare("SELECT title, body FROM articles WHERE article_id = ?")
        let tables = ["money_mentions", "date_mentions", "entity_mentions"]
        var selects: [Statement] = []
        var updates: [Statement] = []
        for table in tables {
            selects.append(try database.prepare(
                "SELECT mention_id, field, start FROM \(table) WHERE article_id = ?"))
            updates.append(try database.prepare(
                "UPDATE \(table) SET sentence = ? WHERE mention_id = ?"))
        }
        for articleID in articleIDs {
            text.bind(1, articleID)
            guard try text.step() else { text.reset(); continue }
            let title = SentenceIndex(text.text(0))
            let body = SentenceIndex(text.text(1))
            text.reset()
            for (select, update) in zip(selects, updates) {
                var pending: [(Int64, Int)] = []
                select.bind(1, articleID)
                while try select.step() {
                    let index = select.text(1) == "title" ? title : body
                    pending.append((select.int64(0), index.sentence(at: Int(select.int64(2)))))
                }
                select.reset()
                for (mentionID, sentence) in pending {
                    update.bind(1, sentence)
                    update.bind(2, mentionID)
                    try update.run()
                }
            }
        }
    }
}
