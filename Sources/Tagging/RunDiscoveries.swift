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
    /// Acronyms defined for gazetteer entities or strong discoveries, first definition first,
    /// with the entity (gazetteer ones too, so a matcher of only these names can resolve them).
    public private(set) var acronyms: [(acronym: String, entity: Entity)] = []
    private var acronymSet: Set<String> = []

    public init() {}

    /// Adds one article's strong discoveries and the acronyms it defines for them or for
    /// gazetteer entities.
    public mutating func add(_ result: TaggingResult) {
        add(result.entities)
        add(acronyms: result.acronyms, entities: result.entities)
    }

    public mutating func add(acronyms defined: [DefinedAcronym], entities: [Entity]) {
        for item in defined where !acronymSet.contains(item.acronym) {
            guard let entity = entities.first(where: { $0.name == item.entityName }),
                  entity.origin == .gazetteer || entity.confidence >= Self.strongConfidence
            else { continue }
            acronymSet.insert(item.acronym)
            acronyms.append((item.acronym, entity))
        }
    }

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

    public var isEmpty: Bool { entities.isEmpty && acronyms.isEmpty }
}
