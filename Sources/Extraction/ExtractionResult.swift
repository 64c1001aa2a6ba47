import NewsModel

/// The result of extracting one document.
public struct ExtractionResult: Sendable {
    public var articles: [Article]
    /// Warnings (repaired encodings) and errors (unparseable page) for this document.
    public var issues: [InputIssue]
    /// True when the page parsed but held no article (404 pages, index pages without a profile).
    public var noArticle: Bool

    public init(articles: [Article] = [], issues: [InputIssue] = [], noArticle: Bool = false) {
        self.articles = articles
        self.issues = issues
        self.noArticle = noArticle
    }
}
