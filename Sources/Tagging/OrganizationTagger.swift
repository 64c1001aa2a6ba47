#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import NewsModel

/// Finds the companies and government bodies mentioned in an article.
///
/// Built once per run (compiling the gazetteer into a trie is the expensive part) and shared,
/// immutable, by every worker thread. For each article it
/// 1. scans title and body for gazetteer names with particle-aware boundaries (`FieldScanner`),
/// 2. recognizes unlisted organizations by their name shape (`PatternRecognizer`), never
///    overlapping a gazetteer match,
/// 3. links acronyms the article defines (`정보통신산업진흥원(NIPA)`, `NIPA(정보통신산업진흥원)`),
/// 4. finds the other mentions of the names learnt in 2 and 3 anywhere in the article.
public final class OrganizationTagger: Sendable {
    private let scanner: FieldScanner
    private let trie: ScalarTrie
    private let entities: [Entity]
    /// The compiled strings, by the value the trie stores, and the entry each one names.
    private let surfaceText: [String]
    private let surfaceEntry: [Int32]
    /// `entities[entry].type`, one byte per entry: read for every match, where loading the
    /// type out of the large `Entity` records missed the cache most of the time (a third of
    /// `tag`'s own time in the tagging microbenchmark went to that one load).
    private let entryTypes: [EntityType]
    private let recognizer: PatternRecognizer
    private let discovery: ContextDiscovery
    /// Names never taken as discovered organizations.
    private let rejected: Set<String>
    /// For each compiled string, whether it must stand as a whole word (bare group names such
    /// as `삼성`, `SK`, `현대`); empty when the gazetteer has none.
    private let strictSurfaces: [Bool]
    /// For a Korean body whose name a foreign one shares (`대법원`, `상무부`), the foreign entry
    /// of each country the gazetteer has one for (`미국 연방대법원` with alias `미 대법원`), by
    /// the Korean entry.
    private let foreignVariants: [Int: [(country: Int, entry: Int)]]
    /// `foreignVariants` as one flag per entry, read for every agency match; empty when none.
    private let hasForeignVariant: [Bool]
    /// The Korean courts among `foreignVariants`' keys (`대법원`): after an article names the
    /// foreign court, its bare name is that court (`foreignNamedEarlier`). Ministries are not
    /// in it: `미 국방부가 … 밝혔다. 국방부는 …` is often Korea's ministry answering.
    private let courtsWithForeignNamesakes: Set<Int>
    /// `DiscoveryTables.listGroupNames` as UTF-8 with their group's entry (`현대` →
    /// 현대자동차그룹): bare group names taken only in a list of groups; empty when none resolve.
    private let listGroupWords: [(bytes: [UInt8], scalars: Int, entry: Int)]
    /// For each context word, whether it is a foreign ministry's name (role `ministry`).
    private let ministryTriggers: [Bool]
    /// Number of strings compiled into the automaton (names, aliases, English names).
    public let patternCount: Int
    // Tables read for every mention, held here: each read of a `static let` is a `swift_once`
    // call, and a `Set<UInt32>` lookup a hash.
    private let foreignHanja = PatternRecognizer.foreignHanja
    private let foreignFirstScalars = PatternRecognizer.foreignFirstScalars
    private let foreignSecondScalars = PatternRecognizer.foreignSecondScalars
    private let foreignCountries = PatternRecognizer.foreignCountries
    private let ambiguousEndings = ScalarSet(OrganizationTagger.ambiguousEndingText)
    private let chainsForward = ParticleChains.forward

    /// - Parameters:
    ///   - gazetteer: the built-in list and the user's files.
    ///   - discovered: organizations found by discovery earlier in this run or in earlier runs
    ///     (origin `pattern`, with their confidence and evidence), matched like gazetteer names
    ///     so that one strong piece of evidence anywhere finds every later mention. A name the
    ///     gazetteer already knows (or knows as a `한국`/`AI` variant) is left out.
    ///   - rejected: names a reviewer ruled out (`reject:` files): never discovered, and left
    ///     out of `discovered`.
    ///   - acronyms: acronyms defined elsewhere in the run for an entry of the gazetteer or of
    ///     `discovered` (`NIA` for 한국지능정보사회진흥원), matched as its aliases.
    public init(
        gazetteer: Gazetteer, discovered: [Entity] = [], rejected: [String] = [],
        acronyms: [(acronym: String, entity: Entity)] = []
    ) {
        var surfaces = gazetteer.surfaces()
        var entities = gazetteer.entries.map(\.entity)
        let known = Set(surfaces.map(\.surface))
        self.rejected = Set(rejected)
        var added = Set(rejected)
        for entity in discovered where !known.contains(entity.name) && !added.contains(entity.name) {
            added.insert(entity.name)
            surfaces.append((entity.name, entities.count))
            entities.append(entity)
        }
        if !acronyms.isEmpty {
            var entryOf: [String: Int] = [:]
            for (index, entity) in entities.enumerated() where entryOf[entity.name] == nil {
                entryOf[entity.name] = index
            }
            for (acronym, entity) in acronyms where !known.contains(acronym) && !added.contains(acronym) {
                added.insert(acronym)
                if let entry = entryOf[entity.name] {
                    surfaces.append((acronym, entry))
                } else {
                    // An entity this tagger does not have yet (a matcher of only the run's names).
                    entryOf[entity.name] = entities.count
                    entities.append(entity)
                    surfaces.append((acronym, entities.count - 1))
                }
            }
        }
        let strict = Self.strictSurfaces(gazetteer, surfaces: surfaces)
        discovery = ContextDiscovery(reserved: surfaces.indices.filter { strict.indices.contains($0) && strict[$0] }.map { surfaces[$0].surface })
        // The context words go into the same trie, with values past the last surface: the scan
        // that finds names finds them too.
        var keys = surfaces.enumerated().map {
            ($0.element.surface.unicodeScalars.map(\.value), Int32($0.offset))
        }
        for (index, trigger) in discovery.triggers.enumerated() {
            keys.append((trigger.word.unicodeScalars.map(\.value), Int32(surfaces.count + index)))
        }
        trie = ScalarTrie(keys: keys)
        ministryTriggers = discovery.triggers.map { $0.role == .ministry }
        surfaceText = surfaces.map(\.surface)
        surfaceEntry = surfaces.map { Int32($0.entry) }
        entryTypes = entities.map(\.type)
        patternCount = surfaces.count
        scanner = FieldScanner(
            trie: trie, suffixes: SuffixSyllables(suffixes: PatternRecognizer.rules.map { ($0.suffixScalars, $0.minimumStem) } + [(Self.stockCompany, 0)]))
        self.entities = entities
        strictSurfaces = strict
        foreignVariants = Self.foreignVariants(surfaces: surfaces, entities: entities)
        var flags = [Bool](repeating: false, count: foreignVariants.isEmpty ? 0 : entities.count)
        for entry in foreignVariants.keys { flags[entry] = true }
        hasForeignVariant = flags
        listGroupWords = DiscoveryTables.listGroupNames.compactMap { word, group in
            guard let entry = entities.firstIndex(where: { $0.name == group && $0.origin == .gazetteer }) else { return nil }
            return (Array(word.utf8), word.unicodeScalars.count, entry)
        }
        courtsWithForeignNamesakes = Set(foreignVariants.keys.filter { entities[$0].name.hasSuffix("법원") })
        var stems = Set<String>()
        for entry in gazetteer.entries where entry.type == .company {
            stems.insert(entry.name)
            stems.formUnion(entry.aliases)
        }
        recognizer = PatternRecognizer(knownCompanyStems: stems)
    }

    /// The names of a reject list: the first column of each line, `#` comments, blank lines and
    /// a `name` header skipped, so a line cut from `knews entities --discovered --tsv` output
    /// can be pasted as it is.
    public static func rejectedNames(tsv: String) -> [String] {
        var names: [String] = []
        for line in tsv.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            guard let first = line.split(separator: "\t", omittingEmptySubsequences: false).first else { continue }
            let name = String(first)
            let trimmed = name.unicodeScalars.allSatisfy { $0 == " " } ? "" : name
            if trimmed.isEmpty || trimmed.hasPrefix("#") || trimmed == "name" { continue }
            names.append(trimmed)
        }
        return names
    }

    /// Title and body together, so an acronym or a company defined in the body links in both.
    public func tag(title: String, body: String) -> TaggingResult {
        var title = title
        var body = body
        var article = ArticleState()
        article.found.reserveCapacity((title.utf8.count + body.utf8.count) / 64 + 4)
        title.withUTF8 { titleBytes in
            body.withUTF8 { bodyBytes in
                // Field 0 is the title, 1 the body; no arrays of fields or scans, which cost
                // allocations on every article.
                let scans = (scanner.scan(titleBytes), scanner.scan(bodyBytes))
                // Context words (`기업`, `관계자`), by field; most articles have a few.
                var triggers: ([(span: TextSpan, trigger: Int)], [(span: TextSpan, trigger: Int)]) = ([], [])
                let surfaceCount = patternCount
                for index in 0..<2 {
                    let bytes = index == 0 ? titleBytes : bodyBytes
                    for (span, surface) in index == 0 ? scans.0.hits : scans.1.hits {
                        if Int(surface) >= surfaceCount {
                            if ministryTriggers[Int(surface) - surfaceCount] {
                                // `영국 문화부`, `日 방위성`: a ministry no Korean body shares, only
                                // after a foreign country.
                                if let p = bytes.baseAddress, followsForeignCountry(p, bytes.count, start: span.byteStart) {
                                    addForeignBody(entry: nil, p, bytes.count, field: index, span: span, article: &article)
                                }
                                continue
                            }
                            if index == 0 {
                                triggers.0.append((span, Int(surface) - surfaceCount))
                            } else {
                                triggers.1.append((span, Int(surface) - surfaceCount))
                            }
                            continue
                        }
                        let entry = Int(surfaceEntry[Int(surface)])
                        guard let p = bytes.baseAddress else { continue }
                        if !strictSurfaces.isEmpty && strictSurfaces[Int(surface)]
                            && !standsAlone(p, bytes.count, end: span.byteEnd)
                        {
                            continue
                        }
                        let type = entryTypes[entry]
                        if type == .company && inByline(p, bytes.count, span: span) { continue }
                        if type == .agency {
                            // `미국 국방부`, `日 경제산업성`: the same words name a foreign body, which
                            // is never tagged as the Korean one; Korean agencies are not written
                            // after a country.
                            if followsForeignCountry(p, bytes.count, start: span.byteStart) {
                                var contrast = false
                                if let foreign = foreignEntry(
                                    for: entry, p, bytes.count, span: span, adjacent: true, contrast: &contrast)
                                {
                                    article.add(Found(field: index, span: span, ref: .gazetteer(foreign)))
                                } else {
                                    // `폴란드 국방부`, `英 외교부`: a country the gazetteer has no such
                                    // body for; the body is that country's, named after it.
                                    addForeignBody(entry: entry, p, bytes.count, field: index, span: span, article: &article)
                                }
                                continue
                            }
                            if !hasForeignVariant.isEmpty && hasForeignVariant[entry] {
                                var contrast = false
                                if let foreign = foreignEntry(
                                    for: entry, p, bytes.count, span: span, adjacent: false, contrast: &contrast)
                                    ?? (contrast ? nil : foreignNamedEarlier(for: entry, in: article))
                                {
                                    article.add(Found(field: index, span: span, ref: .gazetteer(foreign)))
                                    continue
                                }
                            }
                            // `강남구에서 열린`, `서울시청 앞`: a place, not an actor.
                            if usedAsPlace(p, bytes.count, span: span, surface: Int(surface)) { continue }
                        }
                        article.add(Found(field: index, span: span, ref: .gazetteer(entry), surface: surface))
                    }
                }
                if !listGroupWords.isEmpty {
                    findListGroupNames(in: titleBytes, field: 0, article: &article)
                    findListGroupNames(in: bodyBytes, field: 1, article: &article)
                }
                recognizePatterns(in: titleBytes, field: 0, scan: scans.0, article: &article)
                recognizePatterns(in: bodyBytes, field: 1, scan: scans.1, article: &article)
                if !triggers.0.isEmpty || !article.found.isEmpty {
                    discover(in: titleBytes, field: 0, triggers: triggers.0, article: &article)
                }
                if !triggers.1.isEmpty || !article.found.isEmpty {
                    discover(in: bodyBytes, field: 1, triggers: triggers.1, article: &article)
                }
                extendNames(in: titleBytes, field: 0, article: &article)
                extendNames(in: bodyBytes, field: 1, article: &article)
                joinBranches(in: titleBytes, field: 0, article: &article)
                joinBranches(in: bodyBytes, field: 1, article: &article)
                linkAcronyms(in: titleBytes, field: 0, article: &article)
                linkAcronyms(in: bodyBytes, field: 1, article: &article)
                // An acronym the gazetteer already gives to the same entity (`…(NIPA)` with NIPA
                // an alias of that entry) was found everywhere by the scan, with the same
                // boundaries: searching for it again would find only what is there already.
                var localNames = article.localNames
                localNames.removeAll { name, ref, isAcronym in isAcronym && gazetteerNames(name, ref) }
                if !localNames.isEmpty {
                    findLocalNames(localNames, in: titleBytes, field: 0, article: &article)
                    findLocalNames(localNames, in: bodyBytes, field: 1, article: &article)
                }
                article.finish(title: titleBytes, body: bodyBytes, gazetteer: entities, surfaces: surfaceText)
            }
        }
        return article.result
    }

    /// Only the compiled names (gazetteer and discovered), with their boundary and place
    /// checks: no pattern recognition, no discovery, no acronyms. The run-level pass uses it
    /// with a tagger of just the names a run discovered, to add their mentions everywhere.
    public func matchNames(title: String, body: String) -> TaggingResult {
        var title = title
        var body = body
        var article = ArticleState()
        title.withUTF8 { titleBytes in
            body.withUTF8 { bodyBytes in
                for index in 0..<2 {
                    let bytes = index == 0 ? titleBytes : bodyBytes
                    guard let p = bytes.baseAddress else { continue }
                    for (span, surface) in scanner.scan(bytes).hits where Int(surface) < patternCount {
                        if !strictSurfaces.isEmpty && strictSurfaces[Int(surface)]
                            && !standsAlone(p, bytes.count, end: span.byteEnd)
                        {
                            continue
                        }
                        let entry = Int(surfaceEntry[Int(surface)])
                        if entryTypes[entry] == .agency
                            && (followsForeignCountry(p, bytes.count, start: span.byteStart)
                                || usedAsPlace(p, bytes.count, span: span, surface: Int(surface)))
                        {
                            continue
                        }
                        article.add(Found(field: index, span: span, ref: .gazetteer(entry), surface: surface))
                    }
                }
                article.finish(title: titleBytes, body: bodyBytes, gazetteer: entities, surfaces: surfaceText)
            }
        }
        return article.result
    }

    /// The number of gazetteer matches in `text`, boundaries checked, without pattern
    /// recognition or acronym linking: the matcher alone, for benchmarks.
    public func gazetteerMatchCount(in text: String) -> Int {
        var text = text
        let names = patternCount
        return text.withUTF8 { scanner.scan($0).hits.count { Int($0.surface) < names } }
    }

    /// Whether the gazetteer compiles `name` and resolves it to the entry `ref` names.
    private func gazetteerNames(_ name: String, _ ref: EntityRef) -> Bool {
        guard case .gazetteer(let entry) = ref else { return false }
        let value = trie.value(of: name.unicodeScalars.lazy.map(\.value))
        return value >= 0 && Int(surfaceEntry[Int(value)]) == entry
    }

    // MARK: Pattern recognition

    private static let stockCompany = "주식회사".unicodeScalars.map(\.value)

    private func recognizePatterns(
        in bytes: UnsafeBufferPointer<UInt8>, field: Int, scan: FieldScanner.Result,
        article: inout ArticleState
    ) {
        guard let p = bytes.baseAddress, !scan.candidateWords.isEmpty || !scan.markers.isEmpty else { return }
        let n = bytes.count
        // Scratch buffers for one word at a time; names rarely exceed 32 scalars.
        var scalars: [UInt32] = []
        var offsets: [Int] = []
        scalars.reserveCapacity(32)
        offsets.reserveCapacity(33)
        var markers = scan.markers
        for word in scan.candidateWords {
            decodeWord(p, word, &scalars, &offsets)
            if scalars.starts(with: Self.stockCompany),
               ParticleChains.isChain(scalars[Self.stockCompany.count...])
            {
                markers.append(TextSpan(
                    byteStart: word.byteStart, byteEnd: offsets[Self.stockCompany.count],
                    scalarStart: word.scalarStart, scalarEnd: word.scalarStart + Self.stockCompany.count))
                continue
            }
            guard let found = recognizer.recognize(
                word: scalars, foreignContext: { self.followsForeignCountry(p, n, start: word.byteStart) })
            else { continue }
            var span = TextSpan(
                byteStart: word.byteStart, byteEnd: offsets[found.nameLength],
                scalarStart: word.scalarStart, scalarEnd: word.scalarStart + found.nameLength)
            if found.type == .agency && usedAsPlace(p, n, span: span, surface: -1) { continue }
            // `금융조사1부`, `형사3부`: a numbered department inside a body, not a body.
            if found.type == .agency && found.nameLength > found.suffix.unicodeScalars.count {
                let before = scalars[found.nameLength - found.suffix.unicodeScalars.count - 1]
                if before &- 0x30 < 10 { continue }
            }
            let nameBytes = UnsafeBufferPointer(rebasing: bytes[span.byteStart..<span.byteEnd])
            var name = String(decoding: nameBytes, as: UTF8.self)
            // `해남 화원농협`: a local cooperative written after its county is named with it, as
            // several counties have a cooperative of the same short name.
            if found.suffix == "농협" || found.suffix == "수협",
               let county = countyBefore(p, n, start: span.byteStart)
            {
                name = county.county + name
                span = TextSpan(byteStart: county.byteStart, byteEnd: span.byteEnd,
                                scalarStart: span.scalarStart - county.scalars, scalarEnd: span.scalarEnd)
            } else if found.suffix == "농협" || found.suffix == "수협",
                      let county = countyOfPreviousCooperative(p, start: span.byteStart, field: field, article: article)
            {
                // `해남 화원농협과 옥천농협이`: the next cooperative of the list is in the same county.
                name = county + name
            } else if found.suffix == "농협" || found.suffix == "수협",
                      let qualified = article.local.first(where: { $0.name.hasSuffix(name) && $0.name != name
                          && ($0.evidence == "suffix:농협" || $0.evidence == "suffix:수협") })
            {
                // A later bare `옥천농협` is the county-qualified one named earlier.
                name = qualified.name
            }
            if let entry = linkedEntry(name) {
                article.add(Found(field: field, span: span, ref: .gazetteer(entry)))
                continue
            }
            if !rejected.isEmpty && rejected.contains(name) { continue }
            // The recognizer takes no agency after a foreign country, so one found here is
            // Korean.
            let entity = Entity(name: name, type: found.type, origin: .pattern,
                                confidence: found.confidence, country: found.type == .agency ? "KR" : nil,
                                evidence: "suffix:" + found.suffix)
            let ref = span.byteStart == word.byteStart && name.utf8.count == nameBytes.count
                ? article.localEntity(entity, bytes: nameBytes)
                : name.withUTF8 { article.localEntity(entity, bytes: $0) }
            article.add(Found(field: field, span: span, ref: ref))
        }
        for marker in markers {
            guard let (word, nameLength) = markedName(p, n, marker: marker, scalars: &scalars, offsets: &offsets)
            else { continue }
            let span = TextSpan(
                byteStart: word.byteStart, byteEnd: offsets[nameLength],
                scalarStart: word.scalarStart, scalarEnd: word.scalarStart + nameLength)
            if let existing = article.found.first(where: { $0.field == field && $0.span == span }),
               case .local(let index) = existing.ref
            {  // already a pattern name by its suffix: the marker is stronger evidence
                article.local[index].confidence = max(article.local[index].confidence, 0.9)
                article.local[index].evidence = "marker"
                continue
            }
            if article.overlapsAny(field: field, span) { continue }
            guard recognizer.recognizeMarked(scalars[0..<nameLength]),
                  rejected.isEmpty || !rejected.contains(String(decoding: UnsafeBufferPointer(
                      rebasing: bytes[span.byteStart..<span.byteEnd]), as: UTF8.self)),
                  discovery.plausible(scalars[0..<nameLength], strong: true),
                  !discovery.precededByRole(p, n, span.byteStart)
            else { continue }
            let nameBytes = UnsafeBufferPointer(rebasing: bytes[span.byteStart..<span.byteEnd])
            let ref = article.localEntity(
                Entity(name: String(decoding: nameBytes, as: UTF8.self), type: .company, origin: .pattern,
                       confidence: 0.9, evidence: "marker"),
                bytes: nameBytes)
            article.add(Found(field: field, span: span, ref: ref))
            if case .local(let index) = ref, recognizer.recognize(word: Array(scalars[0..<nameLength]), foreignContext: { false }) == nil {
                article.markOnlyByMarker(index)
            }
        }
    }

    /// The word a company marker belongs to: the one right after it (`㈜한빛`, `주식회사 한빛`),
    /// else the one right before it (`한빛㈜`). Returns the word and its name length in scalars.
    private func markedName(
        _ p: UnsafePointer<UInt8>, _ n: Int, marker: TextSpan,
        scalars: inout [UInt32], offsets: inout [Int]
    ) -> (TextSpan, Int)? {
        var k = marker.byteEnd
        var sk = marker.scalarEnd
        if k < n && p[k] == 0x20 {
            k += 1
            sk += 1
        }
        if let word = wordForward(p, n, from: k, scalar: sk) {
            decodeWord(p, word, &scalars, &offsets)
            if let length = markedNameLength(scalars) { return (word, length) }
        }
        if marker.byteStart > 0, let word = wordBackward(p, n, endingAt: marker.byteStart, scalar: marker.scalarStart) {
            decodeWord(p, word, &scalars, &offsets)
            if scalars.count >= 2 { return (word, scalars.count) }
        }
        return nil
    }

    /// Single syllables that are particles but also end many names (`가나다`, `다온랩스`):
    /// after a marker they are kept as part of the name.
    private static let ambiguousEndingText = "다며인임야요란나든랑만측등쪽"

    /// The name in the word after a marker: without its particle chain (`㈜다온랩스와` names
    /// 다온랩스), unless the only chain is one syllable that also ends names. Of the splits that
    /// qualify, the shortest stem wins.
    private func markedNameLength(_ word: [UInt32]) -> Int? {
        var shortest: Int?
        // Longest stem first: the last one that qualifies is the shortest.
        ParticleChains.forEachStemLength(of: word, backward: recognizer.chainsBackward) { length in
            if length >= 2 && !(word.count - length == 1 && ambiguousEndings.contains(word[length])) {
                shortest = length
            }
            return true
        }
        return shortest ?? (word.count >= 2 ? word.count : nil)
    }

    // MARK: Discovery from context

    /// Adds the organizations that the context words of one field, and its lists with known
    /// companies, reveal (`ContextDiscovery`); each is then looked for in the whole article.
    private func discover(
        in bytes: UnsafeBufferPointer<UInt8>, field: Int, triggers: [(span: TextSpan, trigger: Int)],
        article: inout ArticleState
    ) {
        guard let p = bytes.baseAddress else { return }
        // Without context words, only a list can reveal names, and a list needs a company.
        if triggers.isEmpty && !article.found.contains(where: { found in
            guard found.field == field, case .gazetteer(let entry) = found.ref else { return false }
            return entryTypes[entry] == .company
        }) {
            return
        }
        var inField = article.found.filter { $0.field == field }
        inField.sort { $0.span.byteStart < $1.span.byteStart }
        let local = article.local
        let candidates = discovery.discover(
            p, bytes.count, hits: triggers, found: inField,
            isCompany: { found in
                switch found.ref {
                case .gazetteer(let entry): return self.entryTypes[entry] == .company
                case .local(let index): return local[index].type == .company && local[index].confidence >= 0.75
                }
            },
            nameOf: { found in
                switch found.ref {
                case .gazetteer(let entry): return self.entities[entry].name
                case .local(let index): return local[index].name
                }
            })
        for candidate in candidates {
            if candidate.replaces {
                // `가비아이,` in a list: the whole word, not the shorter known name in it.
                article.found.removeAll { $0.field == field && $0.span.overlaps(candidate.span) }
            } else if article.overlapsAny(field: field, candidate.span) {
                continue
            }
            let nameBytes = UnsafeBufferPointer(rebasing: bytes[candidate.span.byteStart..<candidate.span.byteEnd])
            let name = String(decoding: nameBytes, as: UTF8.self)
            if let entry = linkedEntry(name) {
                article.add(Found(field: field, span: candidate.span, ref: .gazetteer(entry)))
                continue
            }
            if !rejected.isEmpty && rejected.contains(name) { continue }
            let ref = article.localEntity(
                Entity(name: name, type: candidate.type, origin: .pattern, confidence: candidate.confidence,
                       evidence: candidate.evidence),
                bytes: nameBytes)
            article.add(Found(field: field, span: candidate.span, ref: ref))
            if case .local(let index) = ref { article.markOnlyByMarker(index) }
        }
    }

    /// Longest name wins: a company's name followed by an extension word (`지멘스 에너지`,
    /// `구글 코리아`) is the longer company, learnt from this article.
    private func extendNames(in bytes: UnsafeBufferPointer<UInt8>, field: Int, article: inout ArticleState) {
        guard let p = bytes.baseAddress else { return }
        for index in article.found.indices where article.found[index].field == field {
            let found = article.found[index]
            let discovered: Bool
            switch found.ref {
            case .gazetteer(let entry):
                guard entryTypes[entry] == .company else { continue }
                discovered = entities[entry].origin == .pattern
            case .local(let local):
                guard article.local[local].type == .company else { continue }
                discovered = true
            }
            guard let span = discovery.extended(p, bytes.count, span: found.span, discovered: discovered),
                  !article.found.contains(where: { $0.field == field && $0.span.byteStart >= found.span.byteEnd
                      && $0.span.overlaps(span) })
            else { continue }
            let nameBytes = UnsafeBufferPointer(rebasing: bytes[span.byteStart..<span.byteEnd])
            let name = String(decoding: nameBytes, as: UTF8.self)
            if !rejected.isEmpty && rejected.contains(name) { continue }
            let base: String
            switch found.ref {
            case .gazetteer(let entry): base = entities[entry].name
            case .local(let local): base = article.local[local].name
            }
            if let entry = linkedEntry(name) ?? gazetteerEntry(name) {
                article.found[index] = Found(field: field, span: span, ref: .gazetteer(entry))
                continue
            }
            let ref = article.localEntity(
                Entity(name: name, type: .company, origin: .pattern, confidence: 0.8, evidence: "extends:" + base),
                bytes: nameBytes)
            article.found[index] = Found(field: field, span: span, ref: ref)
            if case .local(let local) = ref { article.markOnlyByMarker(local) }
        }
    }

    /// The county or city written right before `start` without its 군/시 (`해남` of `해남
    /// 화원농협`): a word of two or three Hangul syllables that, with 군 or 시, is a gazetteer name.
    private func countyBefore(_ p: UnsafePointer<UInt8>, _ n: Int, start: Int) -> (county: String, byteStart: Int, scalars: Int)? {
        guard start >= 7, p[start - 1] == 0x20 else { return nil }
        var begin = start - 1
        while begin >= 3 && p[begin - 3] &- 0xEA < 4 && start - 1 - begin < 9 { begin -= 3 }
        let length = (start - 1 - begin) / 3
        guard length >= 2 && length <= 3 else { return nil }
        if begin > 0 && ScalarClass.isWord(ScalarClass.decode(p, ScalarClass.previousStart(p, begin), n).scalar) {
            return nil
        }
        let county = String(decoding: UnsafeBufferPointer(start: p + begin, count: start - 1 - begin), as: UTF8.self)
        guard gazetteerEntry(county + "군") != nil || gazetteerEntry(county + "시") != nil else { return nil }
        return (county, begin, length + 1)
    }

    /// The county of the cooperative named just before `start` in a list (`해남 화원농협과`,
    /// `해남 화원농협, `, `…·`, `… 및 `): the word before the space of its county-qualified mention.
    private func countyOfPreviousCooperative(
        _ p: UnsafePointer<UInt8>, start: Int, field: Int, article: ArticleState
    ) -> String? {
        var joiner = -1
        if start >= 2 && p[start - 2] == 0xC2 && p[start - 1] == 0xB7 {  // ·
            joiner = start - 2
        } else if start >= 5 && p[start - 1] == 0x20 {
            let j = start - 1
            if p[j - 1] == 0x2C {
                joiner = j - 1
            } else if p[j - 3] == 0xEA && p[j - 2] == 0xB3 && p[j - 1] == 0xBC {  // 과
                joiner = j - 3
            } else if p[j - 3] == 0xEC && p[j - 2] == 0x99 && p[j - 1] == 0x80 {  // 와
                joiner = j - 3
            } else if j >= 4 && p[j - 3] == 0xEB && p[j - 2] == 0xB0 && p[j - 1] == 0x8F && p[j - 4] == 0x20 {  // 및
                joiner = j - 4
            }
        }
        guard joiner > 0,
              let previous = article.found.last(where: { $0.field == field && $0.span.byteEnd == joiner }),
              case .local(let index) = previous.ref,
              let evidence = article.local[index].evidence, evidence == "suffix:농협" || evidence == "suffix:수협"
        else { return nil }
        var space = previous.span.byteStart
        while space < previous.span.byteEnd && p[space] != 0x20 { space += 1 }
        guard space < previous.span.byteEnd else { return nil }
        return String(decoding: UnsafeBufferPointer(start: p + previous.span.byteStart, count: space - previous.span.byteStart),
                      as: UTF8.self)
    }

    /// Last syllables of a branch, office or committee of the body written right before it.
    private static let branchEndings: [[UInt32]] = ["지청", "위원회", "지원", "지검", "지사", "출장소", "사무소", "지부", "분소"]
        .map { $0.unicodeScalars.map(\.value) }

    /// `고용노동부 통영지청`, `국회 국토교통위원회`: a body followed by its branch or committee
    /// is one organization, named as written; tagging the parent and the branch apart would
    /// count the parent as an actor it is not.
    private func joinBranches(in bytes: UnsafeBufferPointer<UInt8>, field: Int, article: inout ArticleState) {
        guard let p = bytes.baseAddress, article.found.count >= 2 else { return }
        var index = 0
        while index < article.found.count {
            let parent = article.found[index]
            index += 1
            guard parent.field == field, isAgency(parent.ref, article), parent.span.byteEnd < bytes.count,
                  p[parent.span.byteEnd] == 0x20,
                  let branchIndex = article.found.firstIndex(where: {
                      $0.field == field && $0.span.byteStart == parent.span.byteEnd + 1
                  }),
                  isAgency(article.found[branchIndex].ref, article)
            else { continue }
            let branch = article.found[branchIndex]
            var scalars: [UInt32] = []
            ContextDiscovery.decode(p, branch.span, &scalars)
            guard Self.branchEndings.contains(where: { scalars.count > $0.count && scalars.suffix($0.count).elementsEqual($0) })
            else { continue }
            let span = TextSpan(
                byteStart: parent.span.byteStart, byteEnd: branch.span.byteEnd,
                scalarStart: parent.span.scalarStart, scalarEnd: branch.span.scalarEnd)
            let nameBytes = UnsafeBufferPointer(rebasing: bytes[span.byteStart..<span.byteEnd])
            let name = String(decoding: nameBytes, as: UTF8.self)
            let ref: EntityRef
            if let entry = gazetteerEntry(name) {
                ref = .gazetteer(entry)
            } else {
                let parentEntity: Entity
                switch parent.ref {
                case .gazetteer(let entry): parentEntity = entities[entry]
                case .local(let local): parentEntity = article.local[local]
                }
                ref = article.localEntity(
                    Entity(name: name, type: .agency, origin: .pattern, confidence: 0.8, country: parentEntity.country,
                           evidence: "branch:" + parentEntity.name),
                    bytes: nameBytes)
            }
            article.found[index - 1] = Found(field: field, span: span, ref: ref)
            article.found.remove(at: branchIndex)
            if branchIndex < index { index -= 1 }
        }
    }

    /// Whether a mention's entity, listed or learnt in this article, is a public body.
    private func isAgency(_ ref: EntityRef, _ article: ArticleState) -> Bool {
        switch ref {
        case .gazetteer(let entry): return entryTypes[entry] == .agency
        case .local(let local): return article.local[local].type == .agency
        }
    }

    /// The entry a compiled name (gazetteer or discovered) belongs to.
    private func gazetteerEntry(_ name: String) -> Int? {
        let value = trie.value(of: name.unicodeScalars.lazy.map(\.value))
        return value >= 0 && Int(value) < patternCount ? Int(surfaceEntry[Int(value)]) : nil
    }

    // MARK: Alias variants

    /// The gazetteer entry a pattern name is a variant of: the same name with `한국` before it
    /// (`지능정보사회진흥원`), `AI` for `인공지능` or back (`국가AI위원회`), or without middle dots
    /// and spaces. Only asked for pattern names, a few per article.
    private func linkedEntry(_ name: String) -> Int? {
        func entry(_ text: String) -> Int? {
            let value = trie.value(of: text.unicodeScalars.lazy.map(\.value))
            return value >= 0 && Int(value) < patternCount ? Int(surfaceEntry[Int(value)]) : nil
        }
        if let found = entry("한국" + name) { return found }
        let scalars = Array(name.unicodeScalars)
        for (from, to) in [("인공지능", "AI"), ("AI", "인공지능")] {
            if let swapped = Self.replacing(from, with: to, in: scalars), let found = entry(swapped) { return found }
        }
        let squeezed = scalars.filter { $0 != "·" && $0 != " " && $0 != "ㆍ" }
        if squeezed.count != scalars.count, let found = entry(String(String.UnicodeScalarView(squeezed))) {
            return found
        }
        return nil
    }

    /// `scalars` with the first occurrence of `target` replaced, or nil when it does not occur.
    private static func replacing(_ target: String, with replacement: String, in scalars: [Unicode.Scalar]) -> String? {
        let t = Array(target.unicodeScalars)
        guard scalars.count >= t.count else { return nil }
        for start in 0...(scalars.count - t.count) where scalars[start..<(start + t.count)].elementsEqual(t) {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[..<start])
            view.append(contentsOf: replacement.unicodeScalars)
            view.append(contentsOf: scalars[(start + t.count)...])
            return String(view)
        }
        return nil
    }

    // MARK: Bylines

    /// Whether a company's name at `span` is a news outlet signing the page rather than an
    /// actor in it: a dateline (`(서울=가온뉴스)`), a byline (`가온뉴스 홍길동 기자`) or a
    /// copyright line (`ⓒ 가온뉴스`, `가온뉴스 무단전재`). Local checks only, a few bytes around.
    private func inByline(_ p: UnsafePointer<UInt8>, _ n: Int, span: TextSpan) -> Bool {
        var k = span.byteStart
        // Before: `=` glued (`서울=가온뉴스`; `기자 = 카카오가` starts the story), `ⓒ` or `©`.
        if k > 0 && p[k - 1] == 0x3D { return true }
        if k > 0 && p[k - 1] == 0x20 { k -= 1 }
        if k > 0 {
            let previous = ScalarClass.decode(p, ScalarClass.previousStart(p, k), n).scalar
            if previous == 0x24D2 || previous == 0xA9 { return true }
            // `ⓒ SBS & SBS Digital`: a second holder joined by `&` on the copyright line.
            if previous == 0x26 && Self.followsCopyrightSign(p, before: k - 1) { return true }
        }
        // After: ` 홍길동 기자`, ` 홍길동기자` or ` 무단…`, compared as bytes: this runs for
        // every company match, so nothing is decoded into arrays.
        let start = span.byteEnd + 1
        guard start + 6 <= n, p[span.byteEnd] == 0x20 else { return false }
        if Self.bytes(p, n, at: start, equal: unauthorized) { return true }
        // The next word: Hangul syllables only (three bytes each, lead byte EA-ED).
        var end = start
        while end + 3 <= n && p[end] &- 0xEA < 4 { end += 3 }
        let syllables = (end - start) / 3
        if syllables >= 4 && syllables <= 6 && Self.bytes(p, n, at: end - 6, equal: reporter) { return true }
        guard syllables >= 2 && syllables <= 4, end < n, p[end] == 0x20 else { return false }
        return Self.bytes(p, n, at: end + 1, equal: reporter)
    }

    /// Whether `ⓒ` (E2 93 92) or `©` (C2 A9) stands at most 40 bytes before `end` on the same
    /// line. Asked only for a name after `&`, so the backward walk is rare.
    private static func followsCopyrightSign(_ p: UnsafePointer<UInt8>, before end: Int) -> Bool {
        var k = end
        let limit = max(0, end - 40)
        while k > limit {
            k -= 1
            if p[k] == 0x0A { return false }
            if p[k] == 0xA9 && k > 0 && p[k - 1] == 0xC2 { return true }
            if p[k] == 0x92 && k >= 2 && p[k - 1] == 0x93 && p[k - 2] == 0xE2 { return true }
        }
        return false
    }

    // Held by the instance: a `static let` read per mention costs a `swift_once` call.
    private let reporter: [UInt8] = Array("기자".utf8)
    private let unauthorized: [UInt8] = Array("무단".utf8)

    @inline(__always)
    private static func bytes(_ p: UnsafePointer<UInt8>, _ n: Int, at k: Int, equal word: [UInt8]) -> Bool {
        guard k >= 0, k + word.count <= n else { return false }
        for i in 0..<word.count where p[k + i] != word[i] { return false }
        return true
    }

    // MARK: Foreign context

    /// Words that put a sentence in a country: its names and Han abbreviation, and a few of
    /// its capitals and leaders that news writes without the country (`트럼프 행정부`). The
    /// first word of each list is the country's name in gazetteer aliases.
    static let countryCues: [[String]] = [
        ["미국", "미", "美", "미연방", "트럼프", "바이든", "워싱턴", "백악관"],
        ["중국", "중", "中", "시진핑", "베이징"],
        ["일본", "일", "日", "도쿄", "이시바"],
        ["유럽연합", "EU", "유럽", "브뤼셀"],
        ["영국", "英", "런던"],
        ["독일", "獨", "베를린"],
        ["프랑스", "佛", "파리"],
        ["러시아", "露", "푸틴", "모스크바"],
        ["대만", "臺", "台", "타이베이"],
        ["북한", "北", "평양", "김정은"],
    ]
    /// The cues as UTF-8 with their country, longest first so `미국` is tried before `미`.
    private let cueBytes: [(bytes: [UInt8], country: Int)] = OrganizationTagger.countryCues.enumerated()
        .flatMap { country, cues in cues.map { (Array($0.utf8), country) } }
        .sorted { $0.bytes.count > $1.bytes.count }

    /// Which compiled strings name a foreign body as a country plus a Korean body's name
    /// (`미 대법원`, `美 상무부`, `중국 상무부`), grouped by the Korean entry.
    private static func foreignVariants(
        surfaces: [(surface: String, entry: Int)], entities: [Entity]
    ) -> [Int: [(country: Int, entry: Int)]] {
        // Compared as UTF-8 bytes: `String.hasPrefix` normalizes, and this runs over every
        // compiled name when a run starts.
        var entryOf: [[UInt8]: Int] = [:]
        for (surface, entry) in surfaces where entities[entry].type == .agency {
            let bytes = Array(surface.utf8)
            if entryOf[bytes] == nil { entryOf[bytes] = entry }
        }
        let cues = countryCues.enumerated().flatMap { country, words in words.prefix(4).map { (country, Array($0.utf8)) } }
        let firstBytes = Set(cues.map { $0.1[0] })
        var variants: [Int: [(country: Int, entry: Int)]] = [:]
        for (surface, entry) in surfaces where entities[entry].type == .agency {
            let bytes = Array(surface.utf8)
            guard let first = bytes.first, firstBytes.contains(first) else { continue }
            for (country, cue) in cues where bytes.count > cue.count && bytes.starts(with: cue) {
                do {
                    var rest = bytes[cue.count...]
                    if rest.first == 0x20 { rest = rest.dropFirst() }
                    guard !rest.isEmpty, let korean = entryOf[Array(rest)], korean != entry else { continue }
                    if !(variants[korean]?.contains { $0.country == country } ?? false) {
                        variants[korean, default: []].append((country, entry))
                    }
                }
            }
        }
        return variants
    }

    /// The foreign body a Korean body's name stands for here: the country right before it
    /// (`adjacent`, already known to be foreign) or, for a bare name, a country cue earlier in
    /// the same sentence (`미국 정부가 … 대법원은`, `트럼프 … 대법원 판결`). Nil when the
    /// gazetteer has no such foreign body or the sentence names no country; then `contrast` says
    /// whether the sentence named the foreign body itself before this bare name.
    private func foreignEntry(
        for entry: Int, _ p: UnsafePointer<UInt8>, _ n: Int, span: TextSpan, adjacent: Bool,
        contrast: inout Bool
    ) -> Int? {
        guard let variants = foreignVariants[entry] else { return nil }
        // The sentence before the name: back to `.`, `?`, `!` or a line break, at most 400 bytes.
        var start = span.byteStart
        let limit = max(0, span.byteStart - (adjacent ? 16 : 400))
        while start > limit {
            let b = p[start - 1]
            if b == 0x0A || b == 0x3F || b == 0x21 || (b == 0x2E && (start < 2 || p[start - 2] &- 0x30 >= 10)) { break }
            start -= 1
        }
        // The cue nearest the name wins.
        var k = span.byteStart
        while k > start {
            k -= 1
            if p[k] & 0xC0 == 0x80 { continue }
            let wordStart = k == 0 || !ScalarClass.isWord(ScalarClass.decode(p, ScalarClass.previousStart(p, k), n).scalar)
            guard wordStart || p[k] >= 0xE4 && p[k] < 0xEA else { continue }  // Han cues glue on
            // One-syllable Hangul cues (`미`, `중`, `일`) are too common as words (`이 중`) to
            // count anywhere but right before the name.
            for (cue, country) in cueBytes where k + cue.count <= span.byteStart
                && (adjacent || cue.count > 3 || cue[0] < 0xEA)
            {
                guard p[k] == cue[0], cue.indices.allSatisfy({ p[k + $0] == cue[$0] }) else { continue }
                // A cue word ends there or carries a particle (`미국의`, `트럼프가`); `미래`, `일부`
                // do not count.
                let after = k + cue.count
                let ok = after >= n || !ScalarClass.isWord(ScalarClass.decode(p, after, n).scalar)
                    || ParticleChains.chainEnd(p, after, n, forward: chainsForward) >= 0
                    || cue.count > 3
                guard ok else { continue }
                // `미국 대법원은 … 미뤘고 대법원은 국내 사건을 …`: when the country's cue names the
                // foreign body itself earlier in the sentence, a bare repeat in that sentence is
                // the contrast, the Korean body.
                if !adjacent && namesSameBody(p, n, afterCue: after, span: span) {
                    contrast = true
                    return nil
                }
                if let variant = variants.first(where: { $0.country == country }) { return variant.entry }
                return nil
            }
        }
        return nil
    }

    /// The foreign body a bare Korean body's name stands for when the sentence names no country:
    /// the foreign body of that name the article has already named (`미 연방대법원이 … 심리했다.
    /// … 대법원이 하급심 판단을 유지하면`), since news shortens a foreign name after its first
    /// mention. Not when the article named the Korean body first: then the bare name stays Korean.
    /// Courts only (`courtsWithForeignNamesakes`); asked for a few names per article.
    private func foreignNamedEarlier(for entry: Int, in article: ArticleState) -> Int? {
        guard courtsWithForeignNamesakes.contains(entry), let variants = foreignVariants[entry] else { return nil }
        for found in article.found {
            guard case .gazetteer(let named) = found.ref else { continue }
            if named == entry { return nil }
            if variants.contains(where: { $0.entry == named }) { return named }
        }
        return nil
    }

    /// Whether the bytes after a country cue (`미국 `, `美`) spell the same name as `span`.
    private func namesSameBody(_ p: UnsafePointer<UInt8>, _ n: Int, afterCue: Int, span: TextSpan) -> Bool {
        var k = afterCue
        if k < n && p[k] == 0x20 { k += 1 }
        let length = span.byteEnd - span.byteStart
        guard k + length <= span.byteStart else { return false }
        for i in 0..<length where p[k + i] != p[span.byteStart + i] { return false }
        return true
    }

    // MARK: Group names and places

    /// Which compiled strings are bare group names: a one- or two-syllable Hangul alias, or a
    /// two- or three-letter Latin one, of an entry whose name ends in `그룹` (`삼성`, `SK`, `현대`).
    /// Those words also start longer words and phrases (`삼성동`, `현대 사회`), so they count
    /// only when they stand alone (`standsAlone`).
    private static func strictSurfaces(_ gazetteer: Gazetteer, surfaces: [(surface: String, entry: Int)]) -> [Bool] {
        var strict = [Bool](repeating: false, count: surfaces.count)
        var any = false
        for (index, (surface, entry)) in surfaces.enumerated() where entry < gazetteer.entries.count {
            guard gazetteer.entries[entry].name.hasSuffix("그룹") else { continue }
            let scalars = surface.unicodeScalars.map(\.value)
            let hangul = scalars.allSatisfy(ScalarClass.isHangulSyllable) && scalars.count <= 2
            let latin = scalars.allSatisfy(ScalarClass.isASCIIUpper) && scalars.count <= 3
            if hangul || latin {
                strict[index] = true
                any = true
            }
        }
        return any ? strict : []
    }

    /// Words after a bare group name that keep it the group (`SK 측과`, `삼성 계열사`).
    private let groupFollowers = ScalarWordSet([
        "측", "측은", "측이", "측과", "측도", "측의", "측에", "계열", "계열사", "계열사들", "총수", "오너",
        "일가", "회장", "회장은", "회장이", "회장과", "회장의", "그룹", "등", "등은", "등이", "등과", "등의",
        "관계자", "관계자는", "관계자들은", "및", "같은", "주요", "모두", "역시", "또한", "각각",
        // `삼성 1차 협력사인`, `SK 협력업체`, `LG 출신`: the group's suppliers and people.
        "1차", "2차", "협력사", "협력사인", "협력사들", "협력사들이", "협력업체", "협력업체들", "납품업체",
        "사장단", "경영진", "임원", "임원진", "출신",
    ])

    /// Whether a bare group name ending at `end` stands alone: at the end of the text, before
    /// punctuation, with a particle chain the scanner already checked (`삼성과`, `삼성은`), or
    /// before a space and a word that keeps it the group. `현대 사회` and `삼성 반도체` do not.
    private func standsAlone(_ p: UnsafePointer<UInt8>, _ n: Int, end: Int) -> Bool {
        guard end < n else { return true }
        let (c, _) = ScalarClass.decode(p, end, n)
        if ScalarClass.isWord(c) {
            // A particle chain, checked by the scanner; here only whether its first syllable
            // fits the name's last sound. `삼성로에서` (a road) and `삼성가` (the family) take
            // particles a consonant-final 삼성 never takes (it takes 으로, 이).
            return particleFits(c, after: ScalarClass.decode(p, ScalarClass.previousStart(p, end), n).scalar)
        }
        guard c == 0x20 else { return true }
        guard let next = ContextDiscovery.word(p, n, from: end + 1, scalar: 0) else { return true }
        // `SK 측과도`, `삼성 등에서`: the dependent nouns 측 and 등 with any particle chain.
        let first = ScalarClass.decode(p, next.byteStart, n).scalar
        if (first == 0xCE21 || first == 0xB4F1)
            && ParticleChains.chainEnd(p, next.byteStart, n, forward: chainsForward) >= 0
        {
            return true
        }
        var scalars: [UInt32] = []
        ContextDiscovery.decode(p, next, &scalars)
        return groupFollowers.contains(scalars[...])
    }

    /// Adds the bare group names that count only in a list of groups (`삼성과 현대도`, `현대·SK`,
    /// `LG, 현대`): right after or before a bare group name found in this field (`삼성`, `SK`),
    /// joined by `과`/`와`, `,`, `·` or `및`. Runs over the field's mentions, not its text.
    private func findListGroupNames(in bytes: UnsafeBufferPointer<UInt8>, field: Int, article: inout ArticleState) {
        guard !strictSurfaces.isEmpty, let p = bytes.baseAddress else { return }
        let n = bytes.count
        for i in article.found.indices {
            let found = article.found[i]
            guard found.field == field, found.surface >= 0, strictSurfaces[Int(found.surface)] else { continue }
            let span = found.span
            if let start = Self.listWordStart(p, n, after: span.byteEnd) {
                for word in listGroupWords where Self.bytes(p, n, at: start, equal: word.bytes) {
                    let end = start + word.bytes.count
                    guard listWordEnds(p, n, at: end) else { continue }
                    let scalarStart = span.scalarEnd + Self.scalarCount(p, from: span.byteEnd, to: start)
                    let mention = TextSpan(
                        byteStart: start, byteEnd: end, scalarStart: scalarStart, scalarEnd: scalarStart + word.scalars)
                    if !article.overlapsAny(field: field, mention) {
                        article.add(Found(field: field, span: mention, ref: .gazetteer(word.entry)))
                    }
                }
            }
            if let (end, particle) = Self.listWordEnd(p, n, before: span.byteStart) {
                for word in listGroupWords where Self.bytes(p, n, at: end - word.bytes.count, equal: word.bytes) {
                    let start = end - word.bytes.count
                    guard start == 0 || !ScalarClass.isWord(ScalarClass.decode(p, ScalarClass.previousStart(p, start), n).scalar)
                    else { continue }
                    if particle != 0 {
                        let last = ScalarClass.decode(p, ScalarClass.previousStart(p, end), n).scalar
                        guard particleFits(particle, after: last) else { continue }
                    }
                    let scalarEnd = span.scalarStart - Self.scalarCount(p, from: end, to: span.byteStart)
                    let mention = TextSpan(
                        byteStart: start, byteEnd: end, scalarStart: scalarEnd - word.scalars, scalarEnd: scalarEnd)
                    if !article.overlapsAny(field: field, mention) {
                        article.add(Found(field: field, span: mention, ref: .gazetteer(word.entry)))
                    }
                }
            }
        }
    }

    /// Where the next member of a list starts after a name ending at `end`: past `과 `/`와 `,
    /// `, `, `·`, `ㆍ` or ` 및 `; nil when no list connector follows.
    private static func listWordStart(_ p: UnsafePointer<UInt8>, _ n: Int, after end: Int) -> Int? {
        guard end < n else { return nil }
        if end + 4 <= n && p[end + 3] == 0x20
            && (p[end] == 0xEA && p[end + 1] == 0xB3 && p[end + 2] == 0xBC  // 과
                || p[end] == 0xEC && p[end + 1] == 0x99 && p[end + 2] == 0x80)  // 와
        {
            return end + 4
        }
        if p[end] == 0x2C { return end + 1 < n && p[end + 1] == 0x20 ? end + 2 : end + 1 }
        if end + 2 <= n && p[end] == 0xC2 && p[end + 1] == 0xB7 { return end + 2 }
        if end + 3 <= n && p[end] == 0xE3 && p[end + 1] == 0x86 && p[end + 2] == 0x8D { return end + 3 }
        if end + 5 <= n && p[end] == 0x20 && p[end + 1] == 0xEB && p[end + 2] == 0xB0 && p[end + 3] == 0x8F
            && p[end + 4] == 0x20
        {
            return end + 5
        }
        return nil
    }

    /// Where the previous member of a list ends before a name starting at `start`, and the
    /// particle glued to it (`과`, `와`; 0 for punctuation): `현대와 삼성`, `현대, 삼성`, `현대·삼성`,
    /// `현대 및 삼성`.
    private static func listWordEnd(_ p: UnsafePointer<UInt8>, _ n: Int, before start: Int) -> (Int, UInt32)? {
        guard start >= 2 else { return nil }
        if p[start - 1] == 0x20 {
            if start >= 5 && p[start - 4] == 0xEA && p[start - 3] == 0xB3 && p[start - 2] == 0xBC { return (start - 4, 0xACFC) }
            if start >= 5 && p[start - 4] == 0xEC && p[start - 3] == 0x99 && p[start - 2] == 0x80 { return (start - 4, 0xC640) }
            if p[start - 2] == 0x2C { return (start - 2, 0) }
            if start >= 6 && p[start - 5] == 0x20 && p[start - 4] == 0xEB && p[start - 3] == 0xB0 && p[start - 2] == 0x8F {
                return (start - 5, 0)
            }
            return nil
        }
        if p[start - 1] == 0x2C { return (start - 1, 0) }
        if p[start - 2] == 0xC2 && p[start - 1] == 0xB7 { return (start - 2, 0) }
        if start >= 3 && p[start - 3] == 0xE3 && p[start - 2] == 0x86 && p[start - 1] == 0x8D { return (start - 3, 0) }
        return nil
    }

    /// Whether a list word ending at `end` ends there: the end of the text, a non-word scalar, or
    /// a particle chain that fits its last sound (`현대도`, `현대가`; not `현대차`, `현대적`).
    private func listWordEnds(_ p: UnsafePointer<UInt8>, _ n: Int, at end: Int) -> Bool {
        guard end < n else { return true }
        let (c, _) = ScalarClass.decode(p, end, n)
        guard ScalarClass.isWord(c) else { return true }
        guard ParticleChains.chainEnd(p, end, n, forward: chainsForward) >= 0 else { return false }
        return particleFits(c, after: ScalarClass.decode(p, ScalarClass.previousStart(p, end), n).scalar)
    }

    /// The number of scalars in `p[from..<to]`: its bytes that are not UTF-8 continuations.
    private static func scalarCount(_ p: UnsafePointer<UInt8>, from: Int, to: Int) -> Int {
        var count = 0
        for k in from..<to where p[k] & 0xC0 != 0x80 { count += 1 }
        return count
    }

    /// Particles only a vowel-final word takes (`가 는 를 와 로 랑 야`), and only a
    /// consonant-final one (`이 은 을 과 으`).
    private static let vowelOnlyParticles = ScalarSet("가는를와로랑야".unicodeScalars.map(\.value))
    private static let consonantOnlyParticles = ScalarSet("이은을과으".unicodeScalars.map(\.value))

    /// Whether a particle starting with `first` can follow a word ending in `last`.
    private func particleFits(_ first: UInt32, after last: UInt32) -> Bool {
        // Letters are read aloud by writers in more than one way (`LG가`, and `LG이` too).
        guard ScalarClass.isHangulSyllable(last) else { return true }
        let consonantFinal = (last - 0xAC00) % 28 != 0
        if consonantFinal {
            // 로 follows a final ㄹ (`…일로`), which no group name has.
            return !Self.vowelOnlyParticles.contains(first)
        }
        return !Self.consonantOnlyParticles.contains(first)
    }

    /// Suffix syllables of names that are also places: regions (`강남구`, `세종시`, `경기도`,
    /// `연천군`), their offices (`서울시청`) and ports (`부산항`).
    private let placeEndings = ScalarSet("시도군구청항".unicodeScalars.map(\.value))
    /// Words after a place name that make it the place (`서울시청 앞`, `강남구 일대`).
    /// Rooms and parts of a building count too (`연천군청 대회의실에서`, `서울시청 광장`): the
    /// office is where something happens.
    private let placeFollowers = ScalarWordSet([
        "앞", "앞에서", "앞에", "일대", "일대에서", "일대에", "인근", "인근에서", "인근에", "근처", "근처에서",
        "주변", "주변에서", "일원", "일원에서", "소재", "내", "곳곳", "곳곳에서", "전역", "전역에", "전역에서",
        "지역", "지역에서", "거주", "주민", "주민들", "방향", "쪽",
        "대회의실", "회의실", "소회의실", "청사", "광장", "강당", "대강당", "별관", "본관", "상황실", "로비",
    ])

    /// Words after any body's name that make the name only a building's (`…관리원 건물 앞`,
    /// `…교육청 남부청사에서`, `…공사 사옥`): the organization is where something happens.
    private let buildingWords = ScalarWordSet(["건물", "청사", "사옥", "본관", "별관"])
    /// `buildingWords` as UTF-8: all are two Hangul syllables (six bytes).
    private static let buildingBytes: [[UInt8]] = ["건물", "청사", "사옥", "본관", "별관"].map { Array($0.utf8) }

    /// Whether the word at `start` ends, before any particle chain, in a building word (`건물`,
    /// `남부청사에서`, `신사옥`). Reads bytes only: it runs for every agency before a space.
    private func beforeBuilding(_ p: UnsafePointer<UInt8>, _ n: Int, at start: Int) -> Bool {
        var k = start
        while k + 6 <= n && k - start < 24 && p[k] &- 0xEA < 4 {
            for word in Self.buildingBytes where p[k] == word[0] && p[k + 1] == word[1] && p[k + 2] == word[2]
                && p[k + 3] == word[3] && p[k + 4] == word[4] && p[k + 5] == word[5]
            {
                let end = k + 6
                if end >= n || !ScalarClass.isWord(ScalarClass.decode(p, end, n).scalar) { return true }
                if ParticleChains.chainEnd(p, end, n, forward: chainsForward) >= 0 { return true }
            }
            k += 3
        }
        return false
    }

    /// Endings of the landmark or area a district is the address of (`강서구 신항`, `유성구
    /// 대덕연구단지에`, `해운대구 영화의전당과`, `해운대구 센텀시티`).
    private let landmarkEndings = ScalarWordSet([
        "항", "신항", "단지", "산단", "전당", "시티", "터미널", "공항", "밸리", "타운", "캠퍼스", "청사",
        "역", "해수욕장", "야구장", "경기장",
    ])

    /// Whether a region or building named at `span` is used as a place, not as an actor: the
    /// name carries `에서` (`강남구에서 열린`, `세종시에서`), or the next word is a place word
    /// (`서울시청 앞`), a building of the body (`…관리원 건물 앞`, `…교육청 남부청사에서`), or a
    /// landmark the district is the address of (`강서구 신항 배후단지`, `해운대구 센텀시티
    /// 일대`). As subject or object (`강남구는 … 밝혔다`, `세종시와 협약`) it stays.
    private func usedAsPlace(_ p: UnsafePointer<UInt8>, _ n: Int, span: TextSpan, surface: Int) -> Bool {
        guard span.byteEnd >= 3 else { return false }
        // `X 건물`, `X 남부청사에서`: any body's name before its building.
        if span.byteEnd + 1 < n && p[span.byteEnd] == 0x20 && beforeBuilding(p, n, at: span.byteEnd + 1) {
            return true
        }
        var scalars: [UInt32] = []
        let lastStart = ScalarClass.previousStart(p, span.byteEnd)
        let last = ScalarClass.decode(p, lastStart, n).scalar
        guard placeEndings.contains(last) else { return false }
        if last == 0xCCAD {  // 청: only a regional office (시청, 도청, 구청, 군청), not 경찰청
            guard lastStart > 0 else { return false }
            let before = ScalarClass.decode(p, ScalarClass.previousStart(p, lastStart), n).scalar
            guard before == 0xC2DC || before == 0xB3C4 || before == 0xAD6C || before == 0xAD70 else { return false }
        }
        var k = span.byteEnd
        // `에서` (EC 97 90 EC 84 9C) right after the name, with or without more particles
        // (`에서는`, `에서도`).
        if k + 6 <= n && p[k] == 0xEC && p[k + 1] == 0x97 && p[k + 2] == 0x90 && p[k + 3] == 0xEC
            && p[k + 4] == 0x84 && p[k + 5] == 0x9C
        {
            return true
        }
        guard k < n, p[k] == 0x20 else { return false }
        k += 1
        if isSubdivision(p, n, at: k) { return true }
        guard let next = ContextDiscovery.word(p, n, from: k, scalar: 0) else { return false }
        ContextDiscovery.decode(p, next, &scalars)
        // A district (구, 군) before a landmark, or before any word that a place word follows.
        let district = last == 0xAD6C || last == 0xAD70
        var place = false
        var bare = false
        ParticleChains.forEachStemLength(of: scalars, backward: recognizer.chainsBackward) { stemLength in
            let stem = scalars[0..<stemLength]
            if stemLength == scalars.count { bare = true }
            place = placeFollowers.contains(stem)
            if !place && district {
                for length in 1...min(4, stemLength) {
                    if landmarkEndings.contains(stem.suffix(length)) { place = true; break }
                }
            }
            return !place
        }
        if place || !district || !bare { return place }
        // `해운대구 센텀시티 일대`: the word after the next one is the place word.
        var after = next.byteEnd
        guard after < n, p[after] == 0x20 else { return false }
        after += 1
        guard let third = ContextDiscovery.word(p, n, from: after, scalar: 0) else { return false }
        ContextDiscovery.decode(p, third, &scalars)
        ParticleChains.forEachStemLength(of: scalars, backward: recognizer.chainsBackward) { stemLength in
            place = placeFollowers.contains(scalars[0..<stemLength]) || buildingWords.contains(scalars[0..<stemLength])
            return !place
        }
        return place
    }

    /// Last syllables of the subdivision in an address (`성남시 분당구`, `서울시 강남구 역삼동`).
    private let subdivisionEndings = ScalarSet("구군시동읍면".unicodeScalars.map(\.value))

    /// Whether the word at `k` is a subdivision: two to five Hangul syllables ending in 구, 군,
    /// 시, 동, 읍 or 면, with or without a particle chain (`분당구`, `강남구는`, `연천군에서`). A
    /// region before one is its address (`성남시 분당구 소재`, `서울시 강남구는`), not an actor.
    /// Reads bytes; only the candidate last syllables are decoded.
    private func isSubdivision(_ p: UnsafePointer<UInt8>, _ n: Int, at k: Int) -> Bool {
        var end = k
        while end + 3 <= n && p[end] &- 0xEA < 4 { end += 3 }  // Hangul syllables: lead byte EA-ED
        if end < n && (p[end] >= 0x80 || p[end] &- 0x30 < 10 || p[end] | 0x20 &- 0x61 < 26) {
            return false  // letters or digits other than Hangul syllables: another kind of word
        }
        let syllables = (end - k) / 3
        guard syllables >= 2 else { return false }
        for length in 2...min(5, syllables) {
            let stemEnd = k + 3 * length
            guard subdivisionEndings.contains(ScalarClass.decode(p, stemEnd - 3, n).scalar) else { continue }
            if stemEnd == end || ParticleChains.chainEnd(p, stemEnd, n, forward: chainsForward) >= 0 { return true }
        }
        return false
    }

    // MARK: Acronyms

    /// Finds `NAME(ACR)`, `NAME(…·ACR)` and `ACR(NAME)` next to the mentions found so far.
    private func linkAcronyms(in bytes: UnsafeBufferPointer<UInt8>, field: Int, article: inout ArticleState) {
        guard let p = bytes.baseAddress else { return }
        let n = bytes.count
        for found in article.found where found.field == field {
            var k = found.span.byteEnd
            if k < n && p[k] == 0x20 { k += 1 }
            if k < n && p[k] == 0x28 {
                for acronym in acronymsInParentheses(p, n, openAt: k) {
                    article.defineAcronym(acronym, as: found.ref)
                }
            }
            let start = found.span.byteStart
            if start >= 2 && p[start - 1] == 0x28 {
                var end = start - 1
                if p[end - 1] == 0x20 { end -= 1 }
                var begin = end
                while begin > 0 && Self.isAcronymByte(p[begin - 1]) { begin -= 1 }
                let closes = found.span.byteEnd < n && (p[found.span.byteEnd] == 0x29 || p[found.span.byteEnd] == 0x2C)
                let leftOK = begin == 0 || !ScalarClass.isWord(ScalarClass.decode(p, ScalarClass.previousStart(p, begin), n).scalar)
                if closes && leftOK && begin < end {
                    let candidate = UnsafeBufferPointer(start: p + begin, count: end - begin)
                    if PatternRecognizer.isLatinAcronym(ascii: candidate) {
                        article.defineAcronym(String(decoding: candidate, as: UTF8.self), as: found.ref)
                    }
                }
            }
        }
    }

    private static func isAcronymByte(_ b: UInt8) -> Bool {
        (b &- 0x30 < 10) || ((b | 0x20) &- 0x61 < 26) || b == 0x26
    }

    /// Acronyms inside the parenthesis opening at `open`: segments split by `·`, `ㆍ`, commas,
    /// slashes, semicolons and spaces, within 80 bytes, up to the closing parenthesis.
    private func acronymsInParentheses(_ p: UnsafePointer<UInt8>, _ n: Int, openAt open: Int) -> [String] {
        var result: [String] = []
        var k = open + 1
        let limit = min(n, open + 80)
        var segmentStart = k
        func flush(_ end: Int) {
            guard end > segmentStart else { return }
            let bytes = UnsafeBufferPointer(start: p + segmentStart, count: end - segmentStart)
            if bytes.allSatisfy(Self.isAcronymByte), PatternRecognizer.isLatinAcronym(ascii: bytes) {
                result.append(String(decoding: bytes, as: UTF8.self))
            }
        }
        while k < limit {
            let (c, len) = ScalarClass.decode(p, k, n)
            if c == 0x29 {
                flush(k)
                return result
            }
            if c == 0x28 { return [] }
            if !ScalarClass.isWord(c) && c != 0x26 {
                flush(k)
                segmentStart = k + len
            }
            k += len
        }
        return []
    }

    // MARK: Names learnt from this article

    /// Every other occurrence of a pattern name or defined acronym, with the usual boundaries.
    private func findLocalNames(
        _ names: [(String, EntityRef, Bool)], in bytes: UnsafeBufferPointer<UInt8>, field: Int,
        article: inout ArticleState
    ) {
        guard let p = bytes.baseAddress, bytes.count > 0 else { return }
        let n = bytes.count
        // Occurrences of every name first, then one pass to turn byte offsets into scalar ones.
        var hits: [(start: Int, end: Int, name: Int)] = []
        for (nameIndex, (name, _, _)) in names.enumerated() {
            let needle = Array(name.utf8)
            let m = needle.count
            guard m > 0, m <= n else { continue }
            // Look for a byte that varies between names (a continuation byte for Hangul), so
            // memchr stops rarely, then compare the whole name.
            let probe = needle.firstIndex { $0 & 0xC0 == 0x80 } ?? 0
            let lastWord = name.unicodeScalars.last.map { ScalarClass.isWord($0.value) } ?? false
            var from = probe
            while from < n {
                guard let hit = memchr(p + from, Int32(needle[probe]), n - from) else { break }
                let at = UnsafeRawPointer(hit).assumingMemoryBound(to: UInt8.self) - p
                from = at + 1
                let start = at - probe
                let end = start + m
                // Continuation bytes are common in Hangul text: most probe hits fail on the
                // first or last byte, which are compared here before calling memcmp.
                guard start >= 0, end <= n, p[start] == needle[0], p[end - 1] == needle[m - 1],
                      needle.withUnsafeBytes({ $0.baseAddress.map { memcmp(p + start, $0, m) } ?? -1 }) == 0
                else { continue }
                if start > 0 {
                    let before = ScalarClass.decode(p, ScalarClass.previousStart(p, start), n).scalar
                    if ScalarClass.isWord(before) { continue }
                }
                if lastWord && ParticleChains.chainEnd(p, end, n, forward: chainsForward) < 0 { continue }
                hits.append((start, end, nameIndex))
                from = max(from, end + probe)
            }
        }
        // A learnt name that is not an acronym only adds mentions where nothing was found yet:
        // drop its hits on existing mentions (usually the place it was learnt) before any
        // offset bookkeeping. Acronym hits stay, since they may take over a gazetteer match.
        hits.removeAll { hit in
            !names[hit.name].2 && article.found.contains {
                $0.field == field && $0.span.byteStart < hit.end && hit.start < $0.span.byteEnd
            }
        }
        guard !hits.isEmpty else { return }
        hits.sort { ($0.start, $1.end) < ($1.start, $0.end) }
        // Scalar offsets: count from the nearest mention already placed (its offsets are known
        // in both units) rather than from the start of the field.
        var anchors: [(byte: Int, scalar: Int)] = [(0, 0)]
        for found in article.found where found.field == field {
            anchors.append((found.span.byteEnd, found.span.scalarEnd))
        }
        anchors.sort { $0.byte < $1.byte }
        var anchor = 0
        var counted = 0
        var scalarsBefore = 0
        for hit in hits {
            while anchor + 1 < anchors.count && anchors[anchor + 1].byte <= hit.start { anchor += 1 }
            if anchors[anchor].byte > counted {
                counted = anchors[anchor].byte
                scalarsBefore = anchors[anchor].scalar
            }
            for b in counted..<hit.start where p[b] & 0xC0 != 0x80 { scalarsBefore += 1 }
            counted = max(counted, hit.start)
            let (name, ref, isAcronym) = names[hit.name]
            let span = TextSpan(
                byteStart: hit.start, byteEnd: hit.end, scalarStart: scalarsBefore,
                scalarEnd: scalarsBefore + name.unicodeScalars.count)
            article.addLocal(Found(field: field, span: span, ref: ref), isAcronym: isAcronym)
        }
    }

    // MARK: Small scanning helpers

    private func decodeWord(_ p: UnsafePointer<UInt8>, _ word: TextSpan, _ scalars: inout [UInt32], _ offsets: inout [Int]) {
        scalars.removeAll(keepingCapacity: true)
        offsets.removeAll(keepingCapacity: true)
        var k = word.byteStart
        while k < word.byteEnd {
            let (c, len) = ScalarClass.decode(p, k, word.byteEnd)
            scalars.append(c)
            offsets.append(k)
            k += len
        }
        offsets.append(word.byteEnd)
    }

    private func wordForward(_ p: UnsafePointer<UInt8>, _ n: Int, from start: Int, scalar: Int) -> TextSpan? {
        var k = start
        var s = scalar
        while k < n {
            let (c, len) = ScalarClass.decode(p, k, n)
            if !ScalarClass.isWord(c) { break }
            k += len
            s += 1
        }
        return k > start ? TextSpan(byteStart: start, byteEnd: k, scalarStart: scalar, scalarEnd: s) : nil
    }

    private func wordBackward(_ p: UnsafePointer<UInt8>, _ n: Int, endingAt end: Int, scalar: Int) -> TextSpan? {
        var k = end
        var s = scalar
        while k > 0 {
            let previous = ScalarClass.previousStart(p, k)
            if !ScalarClass.isWord(ScalarClass.decode(p, previous, n).scalar) { break }
            k = previous
            s -= 1
        }
        return k < end ? TextSpan(byteStart: k, byteEnd: end, scalarStart: s, scalarEnd: scalar) : nil
    }

    /// Whether a foreign country stands right before the word at `start`: a Han abbreviation
    /// glued to it (`美상무부`) or the previous word, particles aside (`미국 국무부`, `중국의 상무부`).
    ///
    /// Runs for every agency match, so the common answer (no country) comes from walking back
    /// over the previous word and testing its first scalar, without decoding it into arrays.
    /// The foreign country written right before `start` (the caller knows one is there):
    /// where the mention starts (the country's first byte and scalar when it modifies the name
    /// bare, `폴란드 국방부`, `美상무부`; `start` itself after a genitive, `폴란드의 국방부`) and
    /// the country's row in `DiscoveryTables.countries`.
    private func countryBefore(_ p: UnsafePointer<UInt8>, _ n: Int, start: Int) -> (byte: Int, scalars: Int, country: Int)? {
        var k = start
        var gap = 0
        if k > 0 && p[k - 1] == 0x20 {
            k -= 1
            gap = 1
        }
        var scalars: [UInt32] = []
        var wordStart = k
        while wordStart > 0 {
            let previous = ScalarClass.previousStart(p, wordStart)
            let c = ScalarClass.decode(p, previous, n).scalar
            if !ScalarClass.isWord(c) && !foreignHanja.contains(c) { break }
            scalars.insert(c, at: 0)
            wordStart = previous
            if foreignHanja.contains(c) { break }  // Han abbreviations stand alone or glue on
        }
        guard !scalars.isEmpty else { return nil }
        var genitive = false
        if scalars.count > 1 && scalars.last == 0xC758 {  // 의
            scalars.removeLast()
            genitive = true
        }
        guard let country = countryIndex[String(String.UnicodeScalarView(scalars.compactMap(Unicode.Scalar.init)))] else {
            return nil
        }
        return genitive ? (start, 0, country) : (wordStart, scalars.count + gap, country)
    }

    /// Standard name and ISO code of every foreign country, by each way of writing it.
    private let countryIndex: [String: Int] = {
        var index: [String: Int] = [:]
        for (row, country) in DiscoveryTables.countries.enumerated() where !country.iso.isEmpty {
            for form in [country.name] + country.shortForms where index[form] == nil { index[form] = row }
        }
        return index
    }()

    /// Adds a foreign government's body named after its country (`폴란드 국방부`, `사우디 국방부`,
    /// `英 외교부`): an agency of its own, with the country's ISO code, named by the country's
    /// standard name and the body's words (`사우디아라비아 국방부`). `entry` is the gazetteer body
    /// the words matched (a Korean ministry, or a foreign body of another country, `상무부` of
    /// the US after `중국`); when that body is the country's own, it is the mention.
    private func addForeignBody(
        entry: Int?, _ p: UnsafePointer<UInt8>, _ n: Int, field: Int, span: TextSpan, article: inout ArticleState
    ) {
        guard let (byte, scalars, row) = countryBefore(p, n, start: span.byteStart) else { return }
        let country = DiscoveryTables.countries[row]
        let mention = TextSpan(byteStart: byte, byteEnd: span.byteEnd, scalarStart: span.scalarStart - scalars,
                               scalarEnd: span.scalarEnd)
        if let entry, entities[entry].country == country.iso {
            article.add(Found(field: field, span: mention, ref: .gazetteer(entry)))
            return
        }
        let body = String(decoding: UnsafeBufferPointer(start: p + span.byteStart, count: span.byteEnd - span.byteStart),
                          as: UTF8.self)
        let name = country.name + " " + body
        if !rejected.isEmpty && rejected.contains(name) { return }
        if let known = gazetteerEntry(name) {
            article.add(Found(field: field, span: mention, ref: .gazetteer(known)))
            return
        }
        let ref = Array(name.utf8).withUnsafeBufferPointer { nameBytes in
            article.localEntity(
                Entity(name: name, type: .agency, origin: .pattern, confidence: 0.85, country: country.iso,
                       evidence: "foreign:" + country.name),
                bytes: nameBytes)
        }
        article.add(Found(field: field, span: mention, ref: ref))
    }

    private func followsForeignCountry(_ p: UnsafePointer<UInt8>, _ n: Int, start: Int) -> Bool {
        guard start > 0 else { return false }
        let glued = ScalarClass.decode(p, ScalarClass.previousStart(p, start), n).scalar
        if foreignHanja.contains(glued) { return true }
        var end = start
        if p[end - 1] == 0x20 {
            end -= 1
            // `英 외교부`: a Han abbreviation is no word character, so the walk below would not see it.
            if end >= 3 && p[end - 3] &- 0xE4 < 6 && foreignHanja.contains(ScalarClass.decode(p, end - 3, n).scalar) {
                return true
            }
        }
        // The previous word: its start and length in scalars.
        var wordStart = end
        var length = 0
        while wordStart > 0 {
            let previous: Int
            let c: UInt32
            if wordStart >= 3 && p[wordStart - 3] & 0xF0 == 0xE0 {
                // A three-byte lead three bytes back starts the scalar that ends here (the field
                // is valid UTF-8): Hangul, the usual case, needs no byte-by-byte walk back.
                previous = wordStart - 3
                c = (UInt32(p[previous]) & 0x0F) << 12 | (UInt32(p[previous + 1]) & 0x3F) << 6
                    | (UInt32(p[previous + 2]) & 0x3F)
            } else {
                previous = ScalarClass.previousStart(p, wordStart)
                c = ScalarClass.decode(p, previous, n).scalar
            }
            if !ScalarClass.isWord(c) { break }
            wordStart = previous
            length += 1
        }
        // Most words before a name start with no country's first two syllables; a country with
        // its particles is at most 12 scalars.
        guard length > 0, length <= 12 else { return false }
        let (first, firstLength) = ScalarClass.decode(p, wordStart, n)
        guard foreignFirstScalars.contains(first),
              length == 1 || foreignSecondScalars.contains(ScalarClass.decode(p, wordStart + firstLength, n).scalar)
        else { return false }
        var scalars: [UInt32] = []
        scalars.reserveCapacity(length)
        var k = wordStart
        while k < end {
            let (c, len) = ScalarClass.decode(p, k, n)
            scalars.append(c)
            k += len
        }
        // Only a country that modifies the name puts it abroad: bare (`미국 증권거래위원회`) or with
        // the genitive (`중국의 상무부`). With another particle it is a clause of its own
        // (`미국에서는 금융위원회가`, `유럽에서는 EU 집행위가`) and the name keeps its own reading.
        var foreign = false
        ParticleChains.forEachStemLength(of: scalars, backward: recognizer.chainsBackward) { stemLength in
            let rest = scalars.count - stemLength
            guard rest == 0 || (rest == 1 && scalars[stemLength] == 0xC758) else { return true }  // 의
            foreign = foreignCountries.contains(scalars[0..<stemLength])
            return !foreign
        }
        return foreign
    }
}
