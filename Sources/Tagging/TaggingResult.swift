import NewsModel

/// The organizations found in one article.
public struct TaggingResult: Sendable, Equatable {
    /// Every entity referenced by `mentions`, once each, in order of first mention.
    public var entities: [Entity]
    /// Sorted by field (title first) then start offset; mentions never overlap.
    public var mentions: [EntityMention]

    public init(entities: [Entity] = [], mentions: [EntityMention] = []) {
        self.entities = entities
        self.mentions = mentions
    }
}
