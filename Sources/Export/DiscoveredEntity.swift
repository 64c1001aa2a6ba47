import NewsModel

/// An organization knews found by discovery (origin `pattern`), as stored: what the next run
/// matches everywhere, and what `knews entities --discovered` lists for review.
public struct DiscoveredEntity: Sendable, Equatable {
    public var entity: Entity
    /// Rows in `entity_mentions` naming it, and the articles they are in.
    public var mentions: Int
    public var articles: Int

    public init(entity: Entity, mentions: Int, articles: Int) {
        self.entity = entity
        self.mentions = mentions
        self.articles = articles
    }
}
