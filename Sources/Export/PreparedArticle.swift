import NewsModel

/// An article with the work `save` needs that does not touch the database already done.
///
/// Only one thread at a time can write the database: the analysis digest and the rows'
/// values (sentence numbers included) are pure functions of the article, so they are computed
/// here, with the page's other work, and saving only resolves entity ids, binds and steps
/// statements. `knews analyze` prints the same `rows`.
public struct PreparedArticle: Sendable {
    public let article: AnalyzedArticle
    let analysisDigest: String
    public let rows: ArticleRows

    public init(_ article: AnalyzedArticle) {
        self.article = article
        analysisDigest = AnalysisDigest.of(article)
        rows = ArticleRows(article, analysisDigest: analysisDigest)
    }
}
