import NewsModel

/// What the tagger has learnt about one article so far.
struct ArticleState {
    var found: [Found] = []
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
    /// company marker), by index into `local`, each once. A few per article at most: an array
    /// costs less than a `Set`'s allocation and hashing.
    private(set) var markedOnly: [Int] = []

    mutating func markOnlyByMarker(_ index: Int) {
        if !markedOnly.contains(index) { markedOnly.append(index) }
    }

    /// Names to look for again across the article: names known from a marker and defined
    /// acronyms. Names recognized by their suffix need no second search: the recognizer finds
    /// every occurrence of them already.
    var localNames: [(String, EntityRef, Bool)] {
        if markedOnly.isEmpty && acronyms.isEmpty { return [] }
        var names: [(String, EntityRef, Bool)] = []
        names.reserveCapacity(markedOnly.count + acronyms.count)
        for index in markedOnly.sorted() { names.append((local[index].name, .local(index), false)) }
        for (acronym, ref) in acronyms { names.append((acronym, ref, true)) }
        return names
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
    mutating func finish(
        title: UnsafeBufferPointer<UInt8>, body: UnsafeBufferPointer<UInt8>, gazetteer: [Entity], surfaces: [String]
    ) {
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
        // Entities by an integer key (gazetteer index, or -1 - local index) in a small
        // open-addressing table: comparing enum cases one by one against every entity seen so
        // far cost more than the rest of this loop.
        var lastEnd = (field: -1, byte: 0)
        // Built in locals and stored once: appending through `self` inside the closure below
        // paid a uniqueness check and an indirection per mention.
        var mentions: [EntityMention] = []
        var entities: [Entity] = []
        mentions.reserveCapacity(found.count)
        entities.reserveCapacity(found.count)
        var slots = 16
        while slots < 2 * found.count { slots <<= 1 }
        let mask = slots - 1
        withUnsafeTemporaryAllocation(of: (key: Int, position: Int).self, capacity: slots) { table in
            table.initialize(repeating: (Int.min, 0))
            for mention in found {
                if mention.field == lastEnd.field && mention.span.byteStart < lastEnd.byte { continue }
                lastEnd = (mention.field, mention.span.byteEnd)
                let key: Int
                switch mention.ref {
                case .gazetteer(let index): key = index
                case .local(let index): key = -1 - index
                }
                var slot = (key &* 0x9E37_79B1) >> 7 & mask
                while table[slot].key != key && table[slot].key != Int.min { slot = (slot + 1) & mask }
                let name: String
                if table[slot].key == key {
                    name = entities[table[slot].position].name
                } else {
                    // Appended straight from the source array and read back: through a local
                    // copy, the optimizer retained and released the English name once more.
                    table[slot] = (key, entities.count)
                    entities.append(key >= 0 ? gazetteer[key] : local[-1 - key])
                    name = entities[entities.count - 1].name
                }
                let surface: String
                if mention.surface >= 0 {
                    surface = surfaces[Int(mention.surface)]
                } else {
                    let bytes = mention.field == 0 ? title : body
                    surface = String(
                        decoding: UnsafeBufferPointer(rebasing: bytes[mention.span.byteStart..<mention.span.byteEnd]),
                        as: UTF8.self)
                }
                mentions.append(EntityMention(
                    entityName: name, field: mention.field == 0 ? .title : .body,
                    start: mention.span.scalarStart, end: mention.span.scalarEnd, surface: surface))
            }
        }
        var defined: [DefinedAcronym] = []
        for (acronym, ref) in acronyms {
            switch ref {
            case .gazetteer(let index): defined.append(DefinedAcronym(acronym: acronym, entityName: gazetteer[index].name))
            case .local(let index): defined.append(DefinedAcronym(acronym: acronym, entityName: local[index].name))
            }
        }
        result = TaggingResult(entities: entities, mentions: mentions, acronyms: defined)
    }
}
