import NewsModel

/// The organizations a run discovered with strong evidence, gathered article by article, to
/// be matched in every article of the run (`OrganizationTagger(gazetteer:discovered:)`).
///
/// Articles are added in input order and the first discovery of a name keeps its place, with
/// the highest confidence seen for it: the list, and so the tagging that uses it, is the same
/// whatever the number of worker threads.
public struct RunDiscoveries: Sendable {
    /// Discoveries at or above this confidence are matched everywhere: an appositive (`기업 NAME`,
    /// 0.8), a quoted name, a CEO in parentheses, a company marker, a speaker (`NAME 관계자는`)
    /// or a strong suffix (`…파트너스`). Lists (0.7) and weak suffixes (`…식품`, 0.65) are not.
    public static let strongConfidence = 0.75

    public private(set) var entities: [Entity] = []
    private var index: [String: Int] = [:]

    public init() {}

    /// Adds the strong pattern entities of one article's result.
    public mutating func add(_ entities: [Entity]) {
        for entity in entities where entity.origin == .pattern && entity.confidence >= Self.strongConfidence {
            if let at = index[entity.name] {
                if entity.confidence > self.entities[at].confidence { self.entities[at] = entity }
            } else {
                index[entity.name] = self.entities.count
                self.entities.append(entity)
            }
        }
    }

    public var isEmpty: Bool { entities.isEmpty }
}
