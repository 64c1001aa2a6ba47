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
    /// Index of the gazetteer surface matched, whose `String` is reused; -1 for other mentions.
    var surface: Int32 = -1
}

/// What the tagger has learnt about one article so far.
struct ArticleState {
    var found: [Found] = []
    var pending: [FieldScanner.Result] = []
    /// Pattern entities of this article, by first discovery.
    var local: [Entity] = []
    /// The UTF-8 of each `local` name: comparing bytes avoids the Unicode normalization that
    /// hashing or comparing Korean `String`s costs.
    var localBytes: [[UInt8]] = []
    /// Acronyms defined in the text, in order of definition; the first definition wins.
    var acronyms: [(String, EntityRef)] = []
    var result = TaggingResult()

    mutating func add(_ mention: Found) {
        found.append(mention)
    }

    /// The reference for a pattern entity, reusing it when the name was seen before (keeping
    /// the strongest evidence found for it).
    mutating func localEntity(_ entity: Entity, bytes: UnsafeBufferPointer<UInt8>) -> EntityRef {
        for index in localBytes.indices where localBytes[index].elementsEqual(bytes) {
            if entity.confidence > local[index].confidence { local[index] = entity }
            return .local(index)
        }
        localBytes.append(Array(bytes))
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

    /// Pattern names the recognizer cannot find again by their shape (names known only from a
    /// company marker), by index into `local`.
    var markedOnly: Set<Int> = []

    /// Names to look for again across the article: names known from a marker and defined
    /// acronyms. Names recognized by their suffix need no second search: the recognizer finds
    /// every occurrence of them already.
    var localNames: [(String, EntityRef, Bool)] {
        markedOnly.sorted().map { (local[$0].name, EntityRef.local($0), false) }
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
    mutating func finish(fields: [UnsafeBufferPointer<UInt8>], gazetteer: [Entity], surfaces: [String]) {
        // Gazetteer matches arrive in order; only learnt names need a sort.
        var sorted = true
        var previous = -1
        for mention in found {
            let key = mention.field << 48 | mention.span.byteStart
            if key < previous {
                sorted = false
                break
            }
            previous = key
        }
        if !sorted {
            found.sort { $0.field << 48 | $0.span.byteStart < $1.field << 48 | $1.span.byteStart }
        }
        // Few entities per article: a linear search beats hashing here.
        var seen: [EntityRef] = []
        var lastEnd = (field: -1, byte: 0)
        result.mentions.reserveCapacity(found.count)
        for mention in found {
            if mention.field == lastEnd.field && mention.span.byteStart < lastEnd.byte { continue }
            lastEnd = (mention.field, mention.span.byteEnd)
            let name: String
            if let position = seen.firstIndex(of: mention.ref) {
                name = result.entities[position].name
            } else {
                let entity: Entity
                switch mention.ref {
                case .gazetteer(let index): entity = gazetteer[index]
                case .local(let index): entity = local[index]
                }
                seen.append(mention.ref)
                result.entities.append(entity)
                name = entity.name
            }
            let surface: String
            if mention.surface >= 0 {
                surface = surfaces[Int(mention.surface)]
            } else {
                let bytes = fields[mention.field]
                surface = String(
                    decoding: UnsafeBufferPointer(rebasing: bytes[mention.span.byteStart..<mention.span.byteEnd]),
                    as: UTF8.self)
            }
            result.mentions.append(EntityMention(
                entityName: name, field: mention.field == 0 ? .title : .body,
                start: mention.span.scalarStart, end: mention.span.scalarEnd, surface: surface))
        }
    }
}
