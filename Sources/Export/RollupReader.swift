/// Reads the rollup part (`RollupDelta`) of a set of stored articles: those a run wrote, or
/// one article before an update replaces it.
///
/// Three statements walk the articles, their organization mentions and their amounts in
/// `article_id` order and are merged here, one article at a time: the scopes select articles
/// through `articles_run_id` or the primary key, and the mentions through the indexes that
/// lead with `article_id`, so no statement sorts (a run's cost follows the rows it wrote, not
/// the size of the database) and none needs the indexes a first load defers.
final class RollupReader {
    enum Scope {
        /// The articles whose `run_id` is this run: those it inserted or updated.
        case run
        /// One article.
        case article
    }

    private let articles: Statement
    private let entityMentions: Statement
    private let money: Statement

    init(_ database: Database, scope: Scope) throws(StoreError) {
        let filter = scope == .run ? "a.run_id = ?1" : "a.article_id = ?1"
        articles = try database.prepare(
            "SELECT a.article_id, a.source, a.published_local FROM articles AS a WHERE \(filter) ORDER BY a.article_id")
        entityMentions = try database.prepare("""
            SELECT em.article_id, em.entity_id, em.field = 'body', em.sentence
            FROM articles AS a JOIN entity_mentions AS em ON em.article_id = a.article_id
            WHERE \(filter) ORDER BY a.article_id
            """)
        money = try database.prepare("""
            SELECT m.article_id, m.field = 'body', m.sentence, m.currency, m.amount_low, m.amount_high,
                   m.kind, m.entity_id
            FROM articles AS a JOIN money_mentions AS m ON m.article_id = a.article_id
            WHERE \(filter) ORDER BY a.article_id
            """)
    }

    /// Adds the part of every article in scope (`key`: the run's or the article's id) to
    /// `delta`, multiplied by `sign`.
    func read(_ key: Int64, sign: Int64, into delta: inout RollupDelta) throws(StoreError) {
        for statement in [articles, entityMentions, money] {
            statement.reset()
            statement.bind(1, key)
        }
        defer {
            for statement in [articles, entityMentions, money] { statement.reset() }
        }
        var mentionPending = try entityMentions.step()
        var moneyPending = try money.step()
        var mentionRows: [RollupDelta.EntityMentionRow] = []
        var moneyRows: [RollupDelta.MoneyRow] = []
        while try articles.step() {
            let articleID = articles.int64(0)
            mentionRows.removeAll(keepingCapacity: true)
            moneyRows.removeAll(keepingCapacity: true)
            // Rows of an article id below this one belong to no article in scope: none exist,
            // since both joins go through the same articles, but skipping keeps the merge safe.
            while mentionPending, entityMentions.int64(0) <= articleID {
                if entityMentions.int64(0) == articleID {
                    mentionRows.append(RollupDelta.EntityMentionRow(
                        entityID: entityMentions.int64(1), isBody: entityMentions.int64(2) != 0,
                        sentence: entityMentions.isNull(3) ? nil : entityMentions.int64(3)))
                }
                mentionPending = try entityMentions.step()
            }
            while moneyPending, money.int64(0) <= articleID {
                if money.int64(0) == articleID {
                    moneyRows.append(RollupDelta.MoneyRow(
                        isBody: money.int64(1) != 0, sentence: money.isNull(2) ? nil : money.int64(2),
                        currency: money.text(3), low: money.int64(4), high: money.int64(5),
                        kind: money.optionalText(6), owner: money.isNull(7) ? nil : money.int64(7)))
                }
                moneyPending = try money.step()
            }
            delta.add(
                source: articles.optionalText(1), local: articles.optionalText(2),
                entityMentions: mentionRows, money: moneyRows, sign: sign)
        }
    }
}
