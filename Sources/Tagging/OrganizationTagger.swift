import NewsModel

/// Finds organization mentions in an article. API CONTRACT STUB.
///
/// Built once per run (the automaton is the expensive part) and shared by every worker thread.
public final class OrganizationTagger: Sendable {
    public init(gazetteer: Gazetteer) {
        fatalError("OrganizationTagger not implemented yet")
    }

    /// Title and body together, so an acronym defined in the body links in both.
    public func tag(title: String, body: String) -> TaggingResult {
        fatalError("OrganizationTagger.tag not implemented yet")
    }
}

public struct TaggingResult: Sendable {
    /// Every entity referenced by `mentions`, once each.
    public var entities: [Entity]
    public var mentions: [EntityMention]

    public init(entities: [Entity] = [], mentions: [EntityMention] = []) {
        self.entities = entities
        self.mentions = mentions
    }
}
