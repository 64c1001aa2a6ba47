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
    private let surfaceEntry: [Int]
    private let recognizer: PatternRecognizer
    /// Number of strings compiled into the automaton (names, aliases, English names).
    public let patternCount: Int
    // Tables read for every mention, held here: each read of a `static let` is a `swift_once`
    // call, and a `Set<UInt32>` lookup a hash.
    private let foreignHanja = PatternRecognizer.foreignHanja
    private let foreignFirstScalars = PatternRecognizer.foreignFirstScalars
    private let foreignCountries = PatternRecognizer.foreignCountries
    private let ambiguousEndings = ScalarSet(OrganizationTagger.ambiguousEndingText)
    private let chainsForward = ParticleChains.forward

    public init(gazetteer: Gazetteer) {
        let surfaces = gazetteer.surfaces()
        trie = ScalarTrie(keys: surfaces.enumerated().map {
            ($0.element.surface.unicodeScalars.map(\.value), Int32($0.offset))
        })
        surfaceText = surfaces.map(\.surface)
        surfaceEntry = surfaces.map(\.entry)
        patternCount = surfaces.count
        scanner = FieldScanner(
            trie: trie, suffixes: SuffixSyllables(suffixes: PatternRecognizer.rules.map { ($0.suffixScalars, $0.minimumStem) } + [(Self.stockCompany, 0)]))
        entities = gazetteer.entries.map(\.entity)
        var stems = Set<String>()
        for entry in gazetteer.entries where entry.type == .company {
            stems.insert(entry.name)
            stems.formUnion(entry.aliases)
        }
        recognizer = PatternRecognizer(knownCompanyStems: stems)
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
                for index in 0..<2 {
                    let bytes = index == 0 ? titleBytes : bodyBytes
                    for (span, surface) in index == 0 ? scans.0.hits : scans.1.hits {
                        let entry = surfaceEntry[Int(surface)]
                        // `미국 국방부`, `日 경제산업성`: the same words name a foreign body, which
                        // is never tagged; Korean agencies are not written after a country.
                        if entities[entry].type == .agency, let p = bytes.baseAddress,
                           followsForeignCountry(p, bytes.count, start: span.byteStart)
                        {
                            continue
                        }
                        article.add(Found(field: index, span: span, ref: .gazetteer(entry), surface: surface))
                    }
                }
                recognizePatterns(in: titleBytes, field: 0, scan: scans.0, article: &article)
                recognizePatterns(in: bodyBytes, field: 1, scan: scans.1, article: &article)
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

    /// The number of gazetteer matches in `text`, boundaries checked, without pattern
    /// recognition or acronym linking: the matcher alone, for benchmarks.
    public func gazetteerMatchCount(in text: String) -> Int {
        var text = text
        return text.withUTF8 { scanner.scan($0).hits.count }
    }

    /// Whether the gazetteer compiles `name` and resolves it to the entry `ref` names.
    private func gazetteerNames(_ name: String, _ ref: EntityRef) -> Bool {
        guard case .gazetteer(let entry) = ref else { return false }
        let value = trie.value(of: name.unicodeScalars.lazy.map(\.value))
        return value >= 0 && surfaceEntry[Int(value)] == entry
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
            let span = TextSpan(
                byteStart: word.byteStart, byteEnd: offsets[found.nameLength],
                scalarStart: word.scalarStart, scalarEnd: word.scalarStart + found.nameLength)
            let nameBytes = UnsafeBufferPointer(rebasing: bytes[span.byteStart..<span.byteEnd])
            let ref = article.localEntity(
                Entity(name: String(decoding: nameBytes, as: UTF8.self), type: found.type, origin: .pattern,
                       confidence: found.confidence),
                bytes: nameBytes)
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
                continue
            }
            if article.overlapsAny(field: field, span) { continue }
            guard recognizer.recognizeMarked(scalars[0..<nameLength]) else { continue }
            let nameBytes = UnsafeBufferPointer(rebasing: bytes[span.byteStart..<span.byteEnd])
            let ref = article.localEntity(
                Entity(name: String(decoding: nameBytes, as: UTF8.self), type: .company, origin: .pattern,
                       confidence: 0.9),
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
    private func followsForeignCountry(_ p: UnsafePointer<UInt8>, _ n: Int, start: Int) -> Bool {
        guard start > 0 else { return false }
        let glued = ScalarClass.decode(p, ScalarClass.previousStart(p, start), n).scalar
        if foreignHanja.contains(glued) { return true }
        var end = start
        if p[end - 1] == 0x20 { end -= 1 }
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
        // Most words before a name start with no country's first syllable; a country with its
        // particles is at most 12 scalars.
        guard length > 0, length <= 12,
              foreignFirstScalars.contains(ScalarClass.decode(p, wordStart, n).scalar)
        else { return false }
        var scalars: [UInt32] = []
        scalars.reserveCapacity(length)
        var k = wordStart
        while k < end {
            let (c, len) = ScalarClass.decode(p, k, n)
            scalars.append(c)
            k += len
        }
        var foreign = false
        ParticleChains.forEachStemLength(of: scalars, backward: recognizer.chainsBackward) { stemLength in
            foreign = foreignCountries.contains(scalars[0..<stemLength])
            return !foreign
        }
        return foreign
    }
}
