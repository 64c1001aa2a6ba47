/// How well one source's articles were filled in one run: a row of `source_health`.
///
/// A site redesign rarely breaks a run: the profile's XPath for `body` or `published` just
/// stops matching, and every article of that site is stored with an empty body or no date.
/// Counting the filled fields per source and run is what lets the next run notice.
public struct SourceHealth: Sendable, Equatable {
    public enum Field: String, Sendable, CaseIterable {
        case title, body, published, author
    }

    public var source: String
    /// The site profile that read the articles, when one did (its XPaths are what broke).
    public var profile: String?
    public var articles = 0
    public var filled: [Field: Int] = [:]

    public init(source: String, profile: String?) {
        self.source = source
        self.profile = profile
    }

    /// Counts one article's filled fields.
    public mutating func add(title: Bool, body: Bool, published: Bool, author: Bool) {
        articles += 1
        if title { filled[.title, default: 0] += 1 }
        if body { filled[.body, default: 0] += 1 }
        if published { filled[.published, default: 0] += 1 }
        if author { filled[.author, default: 0] += 1 }
    }

    /// Share of the articles with `field` filled, 0 to 1 (0 for no article).
    public func share(_ field: Field) -> Double {
        articles == 0 ? 0 : Double(filled[field, default: 0]) / Double(articles)
    }
}
