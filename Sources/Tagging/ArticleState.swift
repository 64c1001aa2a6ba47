import NewsModel

/// Which entity a mention names: a gazetteer entry or an organization learnt from this article.
enum EntityRef: Hashable, Sendable {
    case gazetteer(Int)
    case local(Int)
}

/// One mention while an article is being tagged; `field` is 0 for the title, 1 for the body.
struct Found: Sendable {
    var field: Int
    var span: TextSpan
    var ref: EntityRef
}

/// What the tagger has learnt about one article so far.
struct ArticleState {
    var found: [Found] = []
    var pending: [FieldScanner.Result] = []
    /// Pattern entities of this article, by first discovery.
    var local: [Entity] = []
    var localIndex: [String: Int] = [:]
    /// Acronyms defined in the text, in order of definition; the first definition wins.
    var acronyms: [(String, EntityRef)] = []
    var result = TaggingResult()

    mutating func add(_ mention: Found) {
        found.append(mention)
    }

    /// The reference for a pattern entity, reusing it when the name was seen before (keeping
    /// the strongest evidence found for it).
    mutating func localEntity(_ entity: Entity) -> EntityRef {
        if let index = localIndex[entity.name] {
            if entity.confidence > local[index].confidence { local[index] = entity }
            return .local(index)
        }
        localIndex[entity.name] = local.count
        local.append(entity)
        return .local(local.count - 1)
    }

    func overlapsAny(field: Int, _ span: TextSpan) -> Bool {
        found.contains { $0.field == field && $0.span.overlaps(span) }
    }

    mutating func defineAcronym(_ acronym: String, as ref: EntityRef) {
        if acronyms.contains(where: { $0.0 == acronym }) { return }
        acronyms.append((acronym, ref))
    }

    /// Names to look for again across the article: pattern names and defined acronyms.
    var localNames: [(String, EntityRef, Bool)] {
        local.enumerated().map { ($0.element.name, EntityRef.local($0.offset), false) }
            + acronyms.map { ($0.0, $0.1, true) }
    }

    /// Adds a mention of a learnt name unless a mention is already there; a defined acronym
    /// takes over a gazetteer match of exactly the same text, since the article says what it
    /// means here.
    mutating func addLocal(_ mention: Found, isAcronym: Bool) {
        for index in found.indices where found[index].field == mention.field
        && found[index].span.overlaps(mention.span) {
            if isAcronym && found[index].span == mention.span {
                found[index].ref = mention.ref
            }
            return
        }
        found.append(mention)
    }

    /// Sorts the mentions and resolves references into the result.
    mutating func finish(fields: [UnsafeBufferPointer<UInt8>], gazetteer: [Entity]) {
        found.sort { ($0.field, $0.span.byteStart) < ($1.field, $1.span.byteStart) }
        var seen = Set<EntityRef>()
        var lastEnd = (field: -1, byte: 0)
        for mention in found {
            if mention.field == lastEnd.field && mention.span.byteStart < lastEnd.byte { continue }
            lastEnd = (mention.field, mention.span.byteEnd)
            let entity: Entity
            switch mention.ref {
            case .gazetteer(let index): entity = gazetteer[index]
            case .local(let index): entity = local[index]
            }
            if seen.insert(mention.ref).inserted { result.entities.append(entity) }
            let bytes = fields[mention.field]
            let surface = String(
                decoding: UnsafeBufferPointer(rebasing: bytes[mention.span.byteStart..<mention.span.byteEnd]),
                as: UTF8.self)
            result.mentions.append(EntityMention(
                entityName: entity.name, field: mention.field == 0 ? .title : .body,
                start: mention.span.scalarStart, end: mention.span.scalarEnd, surface: surface))
        }
    }
}
