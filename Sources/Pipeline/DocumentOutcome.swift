import Extraction
import NewsModel

/// One page after extraction, normalization and tagging.
struct DocumentOutcome: Sendable {
    var path: String
    var articles: [ArticleAnalyzer.Outcome]
    var issues: [InputIssue]
    var noArticle: Bool
    var extractSeconds: Double
}
