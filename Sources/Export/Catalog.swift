/// Human descriptions of every table, view and column, for Datasette's `metadata.json`
/// (and anyone documenting the schema). A test checks it against the live schema, so a
/// column added by a migration without a description fails the build's tests.
enum Catalog {
    struct Relation {
        let name: String
        let isView: Bool
        let description: String
        let columns: [(name: String, description: String)]
        /// The column Datasette shows for a foreign key pointing here.
        let labelColumn: String?
    }

    /// Columns that mean the same wherever they appear.
    private static let common: [String: String] = [
        "article_id": "Id of the article (articles.article_id).",
        "mention_id": "Id of the mention, unique within its table.",
        "entity_id": "Id of the organization (entities.entity_id).",
        "run_id": "Id of the run (runs.run_id).",
        "field": "Which text of the article the mention is in: title or body.",
        "start": "Unicode scalar offset where the mention starts in its field (Python: field[start:end] == surface).",
        "end": "Unicode scalar offset just past the mention's end in its field (end exclusive).",
        "surface": "The text as it appears in the field.",
        "sentence": "0-based number of the sentence within the field (sentences end at . ? ! 。 followed by a space, or a line break).",
        "published_at": "When the article was published: ISO 8601 with offset in the configured time zone, e.g. 2025-06-27T17:12:00+09:00.",
        "published_date": "Local publication date of the article, e.g. 2025-06-27.",
        "source": "The outlet the article came from, one name per outlet: sources: of pipeline.yml, else the built-in outlet table (by host), else og:site_name or the profile name, else the URL's host; never empty.",
        "title": "Title of the article.",
        "currency": "ISO 4217 currency code: KRW, USD, JPY, EUR, CNY, GBP.",
        "amount_low": "Lower bound of the amount in the currency's base unit (won, dollar); equals amount_high unless a range or vague amount.",
        "amount_high": "Upper bound of the amount in the currency's base unit.",
        "amount_eok": "The amount in 억 (hundreds of millions) of the currency: the middle of the range divided by 10^8.",
        "amount_low_eok": "amount_low in 억 (divided by 10^8).",
        "amount_high_eok": "amount_high in 억 (divided by 10^8).",
        "vague": "1 when the text only gives an order of magnitude (수천억원), so the bounds are only plausible; else 0.",
        "entity": "Canonical Korean name of the organization.",
        "entity_type": "agency (government and public sector) or company.",
        "mentions": "Number of mentions.",
        "articles": "Number of distinct articles.",
        "date": "Local publication date of the articles (from published_local).",
    ]

    private static func column(_ name: String, _ description: String? = nil) -> (name: String, description: String) {
        (name, description ?? common[name] ?? "")
    }

    static let title = "knews: Korean news analytics"
    static let description = "Articles extracted from Korean news pages, with the money amounts, dates and "
        + "organizations (companies and government agencies) mentioned in them. Written by knews; "
        + "each nightly run is one transaction."

    static let relations: [Relation] = [
        Relation(
            name: "articles", isView: false,
            description: "One row per article, by canonical URL. Updated in place when its content changes.",
            columns: [
                column("article_id"),
                column("url", "Canonical URL of the article, or file:<input path>#<item index> when the page gives none."),
                column("source"), column("title"),
                column("body", "Plain text of the article, paragraphs joined by a line break."),
                column("published_at"), column("published_date"),
                column("author", "Byline author, when the page names one."),
                column("content_hash", "Hex SHA-256 of title, body, publish time and author; changes exactly when the row does."),
                column("input_path", "The input file the article was read from (<warc>#<record> inside a WARC)."),
                column("run_id", "The run that last inserted or changed the article."),
                column("analysis_hash", "Fingerprint of the mentions found in the article; when the same text is analysed differently (new gazetteer, newer knews), its mentions are replaced."),
                column("extraction_method", "How the article was found: profile (a site profile's XPaths), dom (the generic extractor on the page's markup), json-ld (the page's JSON-LD articleBody) or embedded-json (a script's state object, e.g. Next.js or Arc XP); empty for rows stored before knews 0.3."),
                column("published_local", "The publish time in the configured zone without offset (YYYY-MM-DD HH:MM:SS): the column to chart by day in BI tools, whose date functions would turn published_at into UTC."),
                column("published_utc", "The publish time in UTC (YYYY-MM-DD HH:MM:SS)."),
            ],
            labelColumn: "title"),
        Relation(
            name: "money_mentions", isView: false,
            description: "Money amounts found in articles, exact in the currency's base unit.",
            columns: [
                column("mention_id"), column("article_id"), column("field"), column("start"),
                column("end"), column("surface"), column("currency"), column("amount_low"),
                column("amount_high"),
                column("qualifier", "max, min, approx, over or under when the text qualifies the amount (최대, 약, 이상…); empty otherwise."),
                column("vague"), column("sentence"),
                column("kind", "What the amount measures, from the words around it: budget, investment, revenue, profit, loss, fine, debt, price, market_size, salary or valuation; empty when unclear."),
                column("entity_id", "The organization the amount belongs to when its clause makes that plain (entities.entity_id); empty when unclear."),
            ],
            labelColumn: "surface"),
        Relation(
            name: "date_mentions", isView: false,
            description: "Dates and periods found in articles, resolved to ISO-like values at their precision.",
            columns: [
                column("mention_id"), column("article_id"), column("field"), column("start"),
                column("end"), column("surface"),
                column("value", "2025-07-21T16:00, 2025-07-21T16, 2025-07-21, 2025-W26, 2025-07, 2026-Q1, 2026-H2 or 2027, as precision says."),
                column("precision", "minute, hour, day, week, month, quarter, half, year or decade."),
                column("relative", "1 when the value was resolved against the article's publish time (내년, 지난달); else 0."),
                column("qualifier", "until, from, end, early, mid, late, within or around when the text qualifies the date; empty otherwise."),
                column("sentence"),
                column("kind", "date (a point or period in time) or duration (a length of time, value in ISO 8601: P3D, PT24H)."),
                column("date_start", "First day the mention covers (ISO date); empty for durations."),
                column("date_end", "Last day the mention covers (ISO date); empty for durations."),
            ],
            labelColumn: "surface"),
        Relation(
            name: "entities", isView: false,
            description: "Organizations: companies and government agencies, one row per canonical name.",
            columns: [
                column("entity_id"),
                column("name", "Canonical Korean name, unique."),
                column("type", "agency (government and public sector) or company."),
                column("name_en", "English name, when known."),
                column("origin", "gazetteer (curated list) or pattern (recognized by its form, e.g. …진흥원, (주)…)."),
                column("confidence", "1 for gazetteer entries; the recognizer's belief (0 to 1) for pattern entities."),
                column("country", "ISO 3166 alpha-2 country of a public body (KR for Korean ones); empty when unknown."),
                column("evidence", "For a pattern entity, the context that admitted it (e.g. appositive '반도체 기업 …'); empty for gazetteer entries."),
            ],
            labelColumn: "name"),
        Relation(
            name: "entity_mentions", isView: false,
            description: "Occurrences of organizations in articles; surface excludes any attached particle.",
            columns: [
                column("mention_id"), column("article_id"), column("entity_id"), column("field"),
                column("start"), column("end"), column("surface"), column("sentence"),
            ],
            labelColumn: "surface"),
        Relation(
            name: "runs", isView: false,
            description: "One row per knews run: when, how it ended and what it did.",
            columns: [
                column("run_id"),
                column("started_at", "When the run started (ISO 8601)."),
                column("finished_at", "When the run ended (ISO 8601); empty while running."),
                column("status", "running, success, failed (too many bad inputs or an error) or aborted (killed; its writes were rolled back)."),
                column("files_seen", "Input files the run looked at."),
                column("articles_inserted", "Articles new in this run."),
                column("articles_updated", "Articles whose content changed in this run (their mentions were replaced)."),
                column("input_errors", "Errors (severity error) recorded in input_errors by this run; warnings are counted in input_warnings."),
                column("knews_version", "Version of knews that ran."),
                column("config_sha256", "Hex SHA-256 of the configuration file used."),
                column("files_skipped", "Input files skipped because size, modification time and hash were unchanged."),
                column("articles_unchanged", "Articles read again with no change."),
                column("message", "Why the run failed or was aborted."),
                column("input_warnings", "Warnings recorded in input_errors by this run (input_errors counts the errors)."),
            ],
            labelColumn: "started_at"),
        Relation(
            name: "input_errors", isView: false,
            description: "Bad inputs and repairs, per run: the run went on without them.",
            columns: [
                column("error_id", "Id of the entry."),
                column("run_id"),
                column("input_path", "The input concerned."),
                column("stage", "Where it happened: read, extract, normalize, tag, export, or health (a source's field went empty; input_path is source:<name>)."),
                column("message", "What went wrong, in words."),
                column("severity", "error (the input or part of it was dropped) or warning (repaired or partly skipped)."),
            ],
            labelColumn: nil),
        Relation(
            name: "inputs", isView: false,
            description: "Incremental state: what knews last saw of each input file, to skip unchanged ones.",
            columns: [
                column("path", "Input file path."),
                column("size", "Size in bytes."),
                column("modified_ns", "Modification time in nanoseconds since 1970-01-01 UTC."),
                column("sha256", "Hex SHA-256 of the file's bytes."),
                column("run_id", "The run that recorded this state."),
            ],
            labelColumn: nil),
        Relation(
            name: "money_mentions_view", isView: true,
            description: "Every money mention with its article's date, source and title, and the amounts in 억.",
            columns: [
                column("mention_id"), column("article_id"), column("published_at"),
                column("published_date"), column("source"), column("title"), column("field"),
                column("start"), column("end"), column("surface"), column("currency"),
                column("amount_low"), column("amount_high"), column("amount_eok"),
                column("amount_low_eok"), column("amount_high_eok"),
                column("qualifier", "max, min, approx, over or under; empty otherwise."),
                column("vague"), column("sentence"),
                column("kind", "What the amount measures (money_mentions.kind); empty when unclear."),
                column("entity_id", "The organization the amount belongs to (money_mentions.entity_id); empty when unclear."),
                column("owner", "That organization's name (entities.name); empty when unclear."),
            ],
            labelColumn: nil),
        Relation(
            name: "date_mentions_view", isView: true,
            description: "Every date mention with its article's date, source and title.",
            columns: [
                column("mention_id"), column("article_id"), column("published_at"),
                column("published_date"), column("source"), column("title"), column("field"),
                column("start"), column("end"), column("surface"),
                column("value", "The resolved date or period, as precision says."),
                column("precision", "minute, hour, day, week, month, quarter, half, year or decade."),
                column("relative", "1 when resolved against the publish time; else 0."),
                column("qualifier", "until, from, end, early, mid, late, within or around; empty otherwise."),
                column("sentence"),
                column("kind", "date or duration (date_mentions.kind)."),
                column("date_start", "First day the mention covers (ISO date); empty for durations."),
                column("date_end", "Last day the mention covers (ISO date); empty for durations."),
            ],
            labelColumn: nil),
        Relation(
            name: "entity_cooccurrence", isView: true,
            description: "An organization and a money amount named in the same sentence of an article: one row per (organization, amount) pair.",
            columns: [
                column("entity_id"), column("entity"), column("entity_type"),
                column("money_mention_id", "Id of the money mention (money_mentions.mention_id)."),
                column("money_surface", "The amount as written."),
                column("currency"), column("amount_low"), column("amount_high"), column("amount_eok"),
                column("amount_low_eok"), column("amount_high_eok"),
                column("qualifier", "max, min, approx, over or under; empty otherwise."),
                column("vague"),
                column("field", "title or body: where both were found."),
                column("sentence", "0-based sentence number within the field."),
                column("article_id"), column("title"), column("source"), column("published_at"),
                column("published_date"),
                column("kind", "What the amount measures (money_mentions.kind); empty when unclear."),
                column("is_owner", "1 when the amount belongs to this organization (money_mentions.entity_id), else 0: filter is_owner = 1 for its own amounts."),
            ],
            labelColumn: nil),
        Relation(
            name: "money_by_entity_month", isView: true,
            description: "Per organization, local month, currency and kind: the money amounts that belong to it, counted and summed, also in 억. SELECT * over the table rollup_money_by_entity_month.",
            columns: moneyRollupColumns,
            labelColumn: nil),
        Relation(
            name: "entity_mentions_daily", isView: true,
            description: "Per organization and local publication date: how often it was mentioned and in how many articles. SELECT * over rollup_entity_mentions_daily.",
            columns: entityDailyColumns,
            labelColumn: nil),
        Relation(
            name: "articles_by_source_day", isView: true,
            description: "Per source and local publication date: the number of articles. SELECT * over rollup_articles_by_source_day.",
            columns: sourceDayColumns,
            labelColumn: nil),
        Relation(
            name: "rollup_money_by_entity_month", isView: false,
            description: "Updated by every run that changes an article, inside its transaction and only for the keys of the articles it wrote or replaced: per organization, local month (from published_local), currency and kind, the money amounts that belong to it: its own (money_mentions.entity_id) or, when the owner is unknown, those named in the same sentence. A title amount the body repeats counts once.",
            columns: moneyRollupColumns,
            labelColumn: nil),
        Relation(
            name: "rollup_entity_mentions_daily", isView: false,
            description: "Updated by every run that changes an article, for the keys of its articles: per organization and local publication date, mentions and articles.",
            columns: entityDailyColumns,
            labelColumn: nil),
        Relation(
            name: "rollup_articles_by_source_day", isView: false,
            description: "Updated by every run that changes an article, for the keys of its articles: per source and local publication date, the number of articles.",
            columns: sourceDayColumns,
            labelColumn: nil),
        Relation(
            name: "entity_cooccurrence_by_month", isView: true,
            description: "entity_cooccurrence summed per organization, local month, source, currency and kind: the amounts named in a sentence with the organization, counted and summed, also in 억. SELECT * over rollup_entity_cooccurrence_by_month; facet and group here rather than on entity_cooccurrence, whose every pair a facet reads.",
            columns: cooccurrenceRollupColumns,
            labelColumn: nil),
        Relation(
            name: "rollup_entity_cooccurrence_by_month", isView: false,
            description: "Updated by every run that changes an article, for the keys of its articles: per organization, local month (from published_local), source, currency and kind, the rows of entity_cooccurrence counted and summed.",
            columns: cooccurrenceRollupColumns,
            labelColumn: nil),
        Relation(
            name: "source_health", isView: false,
            description: "Per run and source: how many of the articles read had each field filled. A field that drops from at least 80% to at most 20% is a warning (stage health in input_errors).",
            columns: [
                column("run_id"), column("source"),
                column("profile", "The site profile that read the source's articles; empty for the generic extractor."),
                column("articles", "Articles of the source read by the run (new, updated or unchanged)."),
                column("title_filled", "Articles with a title."),
                column("body_filled", "Articles with a non-empty body."),
                column("published_filled", "Articles with a publish time."),
                column("author_filled", "Articles with an author."),
                column("title_share", "title_filled / articles, 0 to 1."),
                column("body_share", "body_filled / articles, 0 to 1."),
                column("published_share", "published_filled / articles, 0 to 1."),
                column("author_share", "author_filled / articles, 0 to 1."),
            ],
            labelColumn: nil),
    ]

    static let moneyRollupColumns: [(name: String, description: String)] = [
        column("entity_id"), column("entity"), column("entity_type"),
        column("month", "Local month of publication, YYYY-MM (empty for articles without a publish time)."),
        column("currency"),
        column("kind", "What the amounts measure (budget, investment, revenue…; money_mentions.kind); empty when unclear."),
        column("mentions", "Number of money amounts that belong to the organization."),
        column("articles"),
        column("amount_low", "Sum of the lower bounds, in the currency's base unit."),
        column("amount_high", "Sum of the upper bounds, in the currency's base unit."),
        column("amount_eok", "Sum of the amounts (range middles) in 억."),
        column("amount_low_eok", "Sum of the lower bounds in 억."),
        column("amount_high_eok", "Sum of the upper bounds in 억."),
    ]

    static let cooccurrenceRollupColumns: [(name: String, description: String)] = [
        column("entity_id"), column("entity"), column("entity_type"),
        column("month", "Local month of publication, YYYY-MM (empty for articles without a publish time)."),
        column("source"),
        column("currency"),
        column("kind", "What the amounts measure (budget, investment, revenue…; money_mentions.kind); empty when unclear."),
        column("mentions", "Number of money amounts named in a sentence with the organization (rows of entity_cooccurrence), whoever they belong to."),
        column("owned_mentions", "Of mentions, those that belong to the organization (is_owner = 1 in entity_cooccurrence)."),
        column("articles"),
        column("amount_low", "Sum of the lower bounds, in the currency's base unit."),
        column("amount_high", "Sum of the upper bounds, in the currency's base unit."),
        column("amount_eok", "Sum of the amounts (range middles) in 억."),
        column("amount_low_eok", "Sum of the lower bounds in 억."),
        column("amount_high_eok", "Sum of the upper bounds in 억."),
    ]

    static let entityDailyColumns: [(name: String, description: String)] = [
        column("entity_id"), column("entity"), column("entity_type"), column("date"),
        column("mentions"), column("articles"),
    ]

    static let sourceDayColumns: [(name: String, description: String)] = [
        column("source"), column("date", "Local publication date (empty for articles without one)."),
        column("articles", "Number of articles."),
    ]
}
