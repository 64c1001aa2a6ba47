import NewsModel

/// The organizations found in one article.
public struct TaggingResult: Sendable, Equatable {
    /// Every entity referenced by `mentions`, once each, in order of first mention.
    public var entities: [Entity]
    /// Sorted by field (title first) then start offset; mentions never overlap.
    public var mentions: [EntityMention]
    /// Acronyms the article defines in parentheses (`지능정보사회진흥원(NIA)`), each with the name
    /// of the entity it stands for, the first definition of each only: a run matches them in every
    /// article.
    public var acronyms: [DefinedAcronym]

    public init(entities: [Entity] = [], mentions: [EntityMention] = [], acronyms: [DefinedAcronym] = []) {
        self.entities = entities
        self.mentions = mentions
        self.acronyms = acronyms
    }
}
