/// A site profile from pipeline.yml: XPath 1.0 expressions that say where a site keeps its fields.
///
/// Compiled once per extractor (`ArticleExtractor.init`); `ArticleExtractor.validate` reports
/// every bad expression by site and field for `knews validate`.
public struct SiteProfile: Sendable, Hashable {
    public var name: String
    /// Glob on the input path (or URL, for WARC records). First matching profile wins.
    public var match: String
    /// Each node the expression selects is one article; the field expressions are then relative to it.
    public var item: String?
    public var title: String
    /// Every node it selects is one paragraph.
    public var body: String
    public var url: String?
    public var published: String?
    public var author: String?
    /// Base for relative URLs when the page has no URL of its own.
    public var baseURL: String?

    public init(
        name: String, match: String, item: String? = nil, title: String, body: String,
        url: String? = nil, published: String? = nil, author: String? = nil, baseURL: String? = nil
    ) {
        self.name = name
        self.match = match
        self.item = item
        self.title = title
        self.body = body
        self.url = url
        self.published = published
        self.author = author
        self.baseURL = baseURL
    }
}
