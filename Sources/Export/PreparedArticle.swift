import NewsModel

/// An article with the work `save` needs that does not touch the database already done.
///
/// Only one thread at a time can write the database: sentence numbering and the analysis
/// digest are pure functions of the article, so they are computed here, with the page's other
/// work, and saving only binds and steps statements.
public struct PreparedArticle: Sendable {
    public let article: AnalyzedArticle
    let analysisDigest: String
    let titleSentences: SentenceIndex
    let bodySentences: SentenceIndex

    public init(_ article: AnalyzedArticle) {
        self.article = article
        analysisDigest = AnalysisDigest.of(article)
        titleSentences = SentenceIndex(article.article.title)
        bodySentences = SentenceIndex(article.article.body)
    }

    /// The sentence a mention starting at `offset` of `field` belongs to.
    func sentence(_ field: TextField, _ offset: Int) -> Int {
        field == .title ? titleSentences.sentence(at: offset) : bodySentences.sentence(at: offset)
    }
}
