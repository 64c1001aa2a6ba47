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
        // Both bind `ArticleRows.articleColumns` as ?1…?n and `run_id` as ?n+1; the local and
        // UTC times are computed from `published_at` by the schema's own SQL.
        let columns = ArticleRows.articleColumns
        let runParameter = "?\(columns.count + 1)"
        let published = "?\((columns.firstIndex(of: "published_at") ?? 0) + 1)"
        insertArticle = try database.prepare("""
            INSERT INTO articles (\(columns.joined(separator: ", ")), run_id, published_local, published_utc)
            VALUES (\(columns.indices.map { "?\($0 + 1)" }.joined(separator: ", ")), \(runParameter),
                    \(Schema.localTimeSQL(published)), \(Schema.utcTimeSQL(published)))
            """)
        let url = "?\((columns.firstIndex(of: "url") ?? 0) + 1)"
        let assignments = columns.indices.filter { columns[$0] != "url" }.map { "\(columns[$0]) = ?\($0 + 1)" }
        updateArticle = try database.prepare("""
            UPDATE articles SET \(assignments.joined(separator: ", ")), run_id = \(runParameter),
                published_local = \(Schema.localTimeSQL(published)), published_utc = \(Schema.utcTimeSQL(published))
            WHERE url = \(url)
            """)
        deleteMoney = try database.prepare("DELETE FROM money_mentions WHERE article_id = ?")
        deleteDates = try database.prepare("DELETE FROM date_mentions WHERE article_id = ?")
        deleteEntityMentions = try database.prepare("DELETE FROM entity_mentions WHERE article_id = ?")
        // `article_id`, the values of `ArticleRows` in its order, then `entity_id` where the
        // table has one (`ArticleRows.resolved` puts it last).
        insertMoney = try BatchedInsert(database, table: "money_mentions",
                                        columns: ["article_id"] + ArticleRows.moneyColumns + ["entity_id"])
        insertDate = try BatchedInsert(database, table: "date_mentions",
                                       columns: ["article_id"] + ArticleRows.dateColumns)
        insertEntityMention = try BatchedInsert(database, table: "entity_mentions",
                                                columns: ["article_id"] + ArticleRows.entityMentionColumns + ["entity_id"])
        selectEntity = try database.prepare(
            "SELECT entity_id, type, name_en, origin, confidence, country, evidence FROM entities WHERE name = ?")
        // `ArticleRows.entityColumns` as ?1…?7, the id ?8 (`ArticleStore.bindEntity`).
        let entity = ArticleRows.entityColumns
        insertEntity = try database.prepare("""
            INSERT INTO entities (\(entity.joined(separator: ", ")))
            VALUES (\(entity.indices.map { "?\($0 + 1)" }.joined(separator: ", ")))
            """)
        updateEntity = try database.prepare("""
            UPDATE entities SET \(entity.indices.map { "\(entity[$0]) = ?\($0 + 1)" }.joined(separator: ", "))
            WHERE entity_id = ?\(entity.count + 1)
            """)
        insertIssue = try database.prepare("""
            INSERT INTO input_errors (run_id, \(ArticleRows.issueColumns.joined(separator: ", ")))
            VALUES (?\(String(repeating: ", ?", count: ArticleRows.issueColumns.count)))
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
