/// One article as extraction found it, before normalization and tagging.
public struct Article: Sendable, Hashable {
    /// Canonical URL of the article, or `file:<input path>#<item index>` when the page has none.
    public var url: String
    /// Site or profile name, or the URL's host for generic pages.
    public var source: String?
    public var title: String
    /// Plain text, paragraphs joined by `\n`.
    public var body: String
    public var published: PublishTime?
    public var author: String?
    /// The input the article came from: a file path, or `<warc path>#<record number>` (0-based, counting every record) inside a WARC.
    public var inputPath: String
    /// Position of the article on its page (list pages hold many), 0 for single-article pages.
    public var itemIndex: Int
    /// Where the article came from on the page (profile, markup, JSON-LD, a script's state);
    /// nil only for articles made outside extraction.
    public var extractionMethod: ExtractionMethod?

    public init(
        url: String, source: String? = nil, title: String, body: String,
        published: PublishTime? = nil, author: String? = nil,
        inputPath: String, itemIndex: Int = 0, extractionMethod: ExtractionMethod? = nil
    ) {
        self.url = url
        self.source = source
        self.title = title
        self.body = body
        self.published = published
        self.author = author
        self.inputPath = inputPath
        self.itemIndex = itemIndex
        self.extractionMethod = extractionMethod
    }
}
