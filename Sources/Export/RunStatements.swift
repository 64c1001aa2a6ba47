/// The statements a run executes per row, prepared once per store and reused for every
/// article, so a row costs a reset and a few binds, never SQL parsing.
final class RunStatements {
    static let selectInputSQL = "SELECT size, modified_ns, sha256 FROM inputs WHERE path = ?"

    let selectArticle: Statement
    let insertArticle: Statement
    let updateArticle: Statement
    let deleteMoney: Statement
    let deleteDates: Statement
    let deleteEntityMentions: Statement
    let insertMoney: BatchedInsert
    let insertDate: BatchedInsert
    let insertEntityMention: BatchedInsert
    let selectEntity: Statement
    let insertEntity: Statement
    let updateEntity: Statement
    let insertIssue: Statement
    let upsertInput: Statement
    let savepoint: Statement
    let release: Statement
    let rollbackToSavepoint: Statement

    init(_ database: Database) throws(StoreError) {
        selectArticle = try database.prepare(
            "SELECT article_id, content_hash, input_path, length(body), analysis_hash FROM articles WHERE url = ?")
        // Both bind the same twelve values in the same order; `url` tenth.
        insertArticle = try database.prepare("""
            INSERT INTO articles (source, title, body, published_at, published_date, author,
                                  content_hash, input_path, run_id, url, analysis_hash, extraction_method,
                                  published_local, published_utc)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12,
                    \(Schema.localTimeSQL("?4")), \(Schema.utcTimeSQL("?4")))
            """)
        updateArticle = try database.prepare("""
            UPDATE articles SET source = ?1, title = ?2, body = ?3, published_at = ?4,
                published_date = ?5, author = ?6, content_hash = ?7, input_path = ?8, run_id = ?9,
                analysis_hash = ?11, extraction_method = ?12,
                published_local = \(Schema.localTimeSQL("?4")), published_utc = \(Schema.utcTimeSQL("?4"))
            WHERE url = ?10
            """)
        deleteMoney = try database.prepare("DELETE FROM money_mentions WHERE article_id = ?")
        deleteDates = try database.prepare("DELETE FROM date_mentions WHERE article_id = ?")
        deleteEntityMentions = try database.prepare("DELETE FROM entity_mentions WHERE article_id = ?")
        // Column order is the binding order in `ArticleStore.writeMentions`.
        insertMoney = try BatchedInsert(database, table: "money_mentions", columns: [
            "article_id", "field", "start", "end", "surface", "currency",
            "amount_low", "amount_high", "qualifier", "vague", "sentence", "kind", "entity_id",
        ])
        insertDate = try BatchedInsert(database, table: "date_mentions", columns: [
            "article_id", "field", "start", "end", "surface", "value", "precision",
            "relative", "qualifier", "sentence", "kind", "date_start", "date_end",
        ])
        insertEntityMention = try BatchedInsert(database, table: "entity_mentions", columns: [
            "article_id", "entity_id", "field", "start", "end", "surface", "sentence",
        ])
        selectEntity = try database.prepare(
            "SELECT entity_id, type, name_en, origin, confidence, country, evidence FROM entities WHERE name = ?")
        insertEntity = try database.prepare("""
            INSERT INTO entities (name, type, name_en, origin, confidence, country, evidence)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
            """)
        updateEntity = try database.prepare("""
            UPDATE entities SET name = ?1, type = ?2, name_en = ?3, origin = ?4, confidence = ?5,
                country = ?6, evidence = ?7
            WHERE entity_id = ?8
            """)
        insertIssue = try database.prepare("""
            INSERT INTO input_errors (run_id, input_path, stage, message, severity)
            VALUES (?, ?, ?, ?, ?)
            """)
        upsertInput = try database.prepare("""
            INSERT INTO inputs (path, size, modified_ns, sha256, run_id) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (path) DO UPDATE SET size = excluded.size, modified_ns = excluded.modified_ns,
                sha256 = excluded.sha256, run_id = excluded.run_id
            WHERE inputs.size IS NOT excluded.size OR inputs.modified_ns IS NOT excluded.modified_ns
               OR inputs.sha256 IS NOT excluded.sha256
            """)
        savepoint = try database.prepare("SAVEPOINT knews_article")
        release = try database.prepare("RELEASE knews_article")
        rollbackToSavepoint = try database.prepare("ROLLBACK TO knews_article")
    }
}
