import NewsModel

/// Turns one HTML document into the articles it holds. API CONTRACT STUB.
///
/// Not shared across threads: each worker makes its own, since libxml2 documents and XPath
/// contexts must stay on the thread that made them.
public final class ArticleExtractor {
    public init(profiles: [SiteProfile]) throws(ExtractionError) {
        fatalError("ArticleExtractor not implemented yet")
    }

    public func extract(_ document: InputDocument) -> ExtractionResult {
        fatalError("ArticleExtractor.extract not implemented yet")
    }

    /// Compiles every XPath of every profile; one problem per bad expression, naming site and field.
    public static func validate(_ profiles: [SiteProfile]) -> [String] {
        fatalError("ArticleExtractor.validate not implemented yet")
    }
}

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

public enum ExtractionError: Error, Sendable, Equatable {
    /// A profile expression does not compile.
    case invalidXPath(site: String, field: String, expression: String)
}
