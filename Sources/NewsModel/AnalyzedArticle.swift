/// An article with everything the stages found in it: the unit the exporter stores.
public struct AnalyzedArticle: Sendable, Hashable {
    public var article: Article
    /// ISO 8601 with offset in the configured zone, `2025-06-27T17:12:00+09:00`.
    public var publishedAt: String?
    /// Local date of `publishedAt`, `2025-06-27`.
    public var publishedDate: String?
    /// Hex SHA-256 of title, body, publish time and author: changes exactly when the stored row would.
    public var contentHash: String
    public var money: [MoneyMention]
    public var dates: [DateMention]
    /// Every entity referenced by `entityMentions`, gazetteer and pattern alike.
    public var entities: [Entity]
    public var entityMentions: [EntityMention]

    public init(
        article: Article, publishedAt: String?, publishedDate: String?, contentHash: String,
        money: [MoneyMention] = [], dates: [DateMention] = [],
        entities: [Entity] = [], entityMentions: [EntityMention] = []
    ) {
        self.article = article
        self.publishedAt = publishedAt
        self.publishedDate = publishedDate
        self.contentHash = contentHash
        self.money = money
        self.dates = dates
        self.entities = entities
        self.entityMentions = entityMentions
    }
}
