/// One CSV file: its name and the query that streams its rows (column aliases are the header).
struct CSVTable {
    let file: String
    let sql: String
}

extension CSVExporter {
    /// Exact amounts as text, for the amounts a spreadsheet would round.
    ///
    /// Excel (and LibreOffice, Google Sheets) hold numbers as doubles and keep 15 significant
    /// digits: `1234567890123456789` opens as `1234567890123450000`, silently. Integers of up
    /// to 15 significant digits (every amount below 1,000조원, and round ones far beyond) are
    /// exact, so `amount_low_text`/`amount_high_text` are filled only when the amount has more
    /// than 15 significant digits, and empty otherwise. The text is the exact integer in bare
    /// digits (`1234567890123456789`), the currency being in `currency`: a tool reading the
    /// column as text (pandas `dtype=str`, a text column in LibreOffice's import dialog) gets
    /// a value to parse as is. (Before knews 0.3 a ` KRW` suffix kept spreadsheets from
    /// reading it as a number; the README now says how to import the column as text.)
    ///
    /// The range test comes first because SQLite stops at a false `AND` operand: nearly every
    /// amount is below 10^15 and so has at most 15 digits, and the text functions after it
    /// (a cast, two trims, a length, for two columns) were half of this file's export time.
    static func amountText(_ column: String) -> String {
        """
        CASE WHEN (m.\(column) >= 1000000000000000 OR m.\(column) <= -1000000000000000)
                  AND length(rtrim(ltrim(CAST(m.\(column) AS TEXT), '-'), '0')) > 15
             THEN CAST(m.\(column) AS TEXT) END AS \(column)_text
        """
    }

    /// Every file, ordered by primary key so reruns give byte-identical files.
    static let tables: [CSVTable] = [
        CSVTable(file: "articles.csv", sql: """
            SELECT article_id, url, source, title, body, published_at, published_date, author,
                   content_hash, input_path, run_id, extraction_method, published_local,
                   published_utc
            FROM articles ORDER BY article_id
            """),
        CSVTable(file: "money_mentions.csv", sql: """
            SELECT m.mention_id, m.article_id, a.published_at, a.published_date, a.title, m.field, m.start, m."end",
                   m.surface, m.currency, m.amount_low, m.amount_high,
                   \(amountText("amount_low")), \(amountText("amount_high")),
                   (m.amount_low + 0.0 + m.amount_high) / 2e8 AS amount_eok,
                   m.qualifier, m.vague, m.sentence, m.kind, m.entity_id, o.name AS owner
            FROM money_mentions AS m JOIN articles AS a ON a.article_id = m.article_id
            LEFT JOIN entities AS o ON o.entity_id = m.entity_id
            ORDER BY m.mention_id
            """),
        CSVTable(file: "date_mentions.csv", sql: """
            SELECT d.mention_id, d.article_id, a.published_at, a.published_date, a.title, d.field,
                   d.start, d."end", d.surface, d.value, d.date_start, d.date_end, d.precision,
                   d.relative, d.qualifier, d.sentence, d.kind
            FROM date_mentions AS d JOIN articles AS a ON a.article_id = d.article_id
            ORDER BY d.mention_id
            """),
        CSVTable(file: "entities.csv", sql: """
            SELECT entity_id, name, type, name_en, origin, confidence, country, evidence
            FROM entities ORDER BY entity_id
            """),
        CSVTable(file: "entity_mentions.csv", sql: """
            SELECT em.mention_id, em.article_id, a.published_at, a.published_date, a.title, em.entity_id,
                   e.name, e.type, em.field, em.start, em."end", em.surface, em.sentence
            FROM entity_mentions AS em
            JOIN articles AS a ON a.article_id = em.article_id
            JOIN entities AS e ON e.entity_id = em.entity_id
            ORDER BY em.mention_id
            """),
        CSVTable(file: "runs.csv", sql: """
            SELECT run_id, started_at, finished_at, status, files_seen, files_skipped,
                   articles_inserted, articles_updated, articles_unchanged, input_errors,
                   knews_version, config_sha256, message, input_warnings
            FROM runs ORDER BY run_id
            """),
        CSVTable(file: "input_errors.csv", sql: """
            SELECT error_id, run_id, input_path, stage, severity, message
            FROM input_errors ORDER BY error_id
            """),
    ]
}
