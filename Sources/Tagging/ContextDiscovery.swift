import NewsModel

/// Finds organizations missing from the gazetteer by what the sentence says about them rather
/// than by the shape of their names: `반도체 기업 넥서스칩스에` (an appositive type noun),
/// `스타트업 '온새'가` (a quoted name after one), `가온 관계자는`, `가온 측은` (a speaker),
/// `가온(대표 홍길동)`, `가온과 업무협약`, and the unknown members of a list whose other members
/// are known companies (`네이버클라우드, 다솔데이터, 한결인프라`).
///
/// The context words (`data/discovery/type_nouns.tsv`) are compiled into the gazetteer's trie
/// with values past the last surface, so the one scan that finds names also finds them, at no
/// cost in the hot loop; this type only looks at the few words around each one.
///
/// Precision first: a candidate must look like a name (`plausible`), never a common noun of
/// `stop_names.tsv`, a role, a person's name (three syllables starting with a surname) or a word
/// with a common-noun ending (`경쟁력`, `관계자`); the weaker contexts (speakers, lists) also
/// refuse two-syllable Hangul words, which are mostly common nouns.
struct ContextDiscovery: Sendable {
    /// One context word and what it says about the word next to it.
    struct Trigger: Sendable {
        enum Role: String, Sendable {
            /// `기업 NAME`, `스타트업 'NAME'`.
            case before
            /// `NAME 관계자는`, `NAME 측은`.
            case after
            /// `NAME(대표 홍길동)`.
            case ceo
            /// `NAME와 업무협약`.
            case pact
            /// `스튜디오 NAME`, `법무법인 NAME`: the word is the name's first part.
            case prefix
            /// `'NAME'라는 이름의`, `'NAME' 명의로`: the quoted text before the cue.
            case cue
            /// `Hexa Labs`, `Nexel Games`: the last word of a Latin-letter name.
            case latin
            /// `가온, 다솔, 한결 등 3개사`: a count of firms closing a list; a leading `N` in
            /// the data stands for the numbers 2 to 30.
            case count
            /// `폴란드 문화부`: a foreign ministry's name, read by the tagger after a country.
            case ministry
        }

        var word: String
        var role: Role
        var type: EntityType
        var confidence: Double
        /// The plural of a type noun (`선사들이`): it only closes a list (`A, B 등 선사들이`);
        /// the word after it is no name (`업체들 가운데`).
        var closesOnly = false
    }

    let triggers: [Trigger]
    private let stopNames: ScalarWordSet
    private let reserved: ScalarWordSet
    private let stopWords = PatternRecognizer.stopWords
    private let foreignCountries = PatternRecognizer.foreignCountries
    private let excludedSuffixes = PatternRecognizer.excludedSuffixes
    private let excludedParts = PatternRecognizer.excludedParts
    private let surnames = ScalarSet(ContextDiscovery.surnameText.unicodeScalars.map(\.value))
    private let nounEndings = ScalarSet(ContextDiscovery.nounEndingText.unicodeScalars.map(\.value))
    private let roles: ScalarWordSet
    /// Common two-syllable nouns that stand after type nouns (`기업 실적`, `업체 간`) and places
    /// (`부산`, `해남`): never a short name (`stop_names.tsv`, `two_syllable_stops.tsv`, the stems
    /// of the local governments' names).
    private let twoSyllableStops: ScalarWordSet
    private let chainsBackward = ParticleChains.backward
    private let chainsForward = ParticleChains.forward

    /// Common one-syllable Korean surnames: a three-syllable Hangul word starting with one is
    /// more often a person (`김도윤 측은`) than a company.
    static let surnameText = "김이박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉"
    /// Syllables that spell a lone foreign consonant (`…스`, `…크`): no Korean given name ends
    /// in one.
    static let loanwordFinals = ScalarSet("스즈크트프드브르츠그".unicodeScalars.map(\.value))
    /// Last syllables of common nouns (`경쟁력`, `생산성`, `디지털화`, `관계자`, `생태계`, `이용자들`).
    static let nounEndingText = "력성화적계자들님씨층권률율량감분간중내외별형급용국측쪽등회금비료세법책액물품장실팀"
    /// Roles written before a person's name (`대표 홍길동`): the word after one is a person.
    static let roleWords = [
        "대표", "회장", "부회장", "사장", "부사장", "장관", "차관", "의원", "위원장", "총리", "대통령",
        "청장", "원장", "이사장", "교수", "기자", "대변인", "전무", "상무", "이사", "본부장", "센터장",
        "실장", "국장", "과장", "팀장", "시장", "도지사", "군수", "구청장", "총장", "변호사", "CEO",
        "대표이사", "창업자", "의장", "감독", "선수", "후보", "씨",
    ]

    /// Words after a company's name that make a longer name (`지멘스 에너지`): role `extends`.
    let extensions: ScalarWordSet
    private let extensionFirsts: ScalarSet
    static let groupWord: [UInt32] = "그룹".unicodeScalars.map(\.value)
    /// Words of size or standing between `같은`/`등` and a type noun (`… 같은 중견 업체`): role
    /// `modifier`.
    private let listModifiers: ScalarWordSet
    private static let likeWord: [UInt32] = "같은".unicodeScalars.map(\.value)
    private static let etcWord: [UInt32] = "등".unicodeScalars.map(\.value)

    /// - Parameter reserved: gazetteer surfaces the matcher may refuse in some contexts (bare
    ///   group names: `LG`, `SK`): never discovered as new organizations of their own.
    init(reserved: [String] = []) {
        self.reserved = ScalarWordSet(reserved)
        triggers = DiscoveryTables.contextWords.flatMap { row -> [Trigger] in
            guard let role = Trigger.Role(rawValue: row.role) else { return [] }
            // `N개사` stands for 2개사 … 30개사.
            let words = role == .count && row.word.hasPrefix("N")
                ? (2...30).map { String($0) + row.word.dropFirst() } : [row.word]
            let type = EntityType(rawValue: row.type) ?? .company
            var expanded = words.map { Trigger(word: $0, role: role, type: type, confidence: row.confidence) }
            if role == .before {
                expanded.append(Trigger(word: row.word + "들", role: role, type: type, confidence: row.confidence,
                                        closesOnly: true))
            }
            return expanded
        }
        listModifiers = ScalarWordSet(DiscoveryTables.contextWords.filter { $0.role == "modifier" }.map(\.word))
        let extensionWords = DiscoveryTables.contextWords.filter { $0.role == "extends" }.map(\.word)
        extensions = ScalarWordSet(extensionWords)
        extensionFirsts = ScalarSet(extensionWords.compactMap { $0.unicodeScalars.first?.value })
        // A type noun is never a name of its own (`운영사 측은`, `캐피털사, 카드사`).
        let typeNouns = triggers.filter { ($0.role == .before && !$0.closesOnly) || $0.role == .prefix }.map(\.word)
        stopNames = ScalarWordSet(DiscoveryTables.stopNames + Self.roleWords + typeNouns)
        roles = ScalarWordSet(Self.roleWords)
        twoSyllableStops = ScalarWordSet(DiscoveryTables.twoSyllableStops + DiscoveryTables.stopNames + Self.roleWords
                                         + PatternRecognizer.foreignCountryNames + DiscoveryTables.placeStems)
    }

    /// A name the context admitted, before it becomes an entity.
    struct Candidate {
        var span: TextSpan
        var type: EntityType
        var confidence: Double
        var evidence: String
        /// The name is a whole list member that a shorter known name matched the start of
        /// (`가비아이,` found as 가비아 + 이): the shorter mention gives way.
        var replaces = false
    }

    /// Candidates around the context words found in one field, and the unknown members of lists
    /// with known companies. `known` says, for a mention already found, whether it is a company.
    func discover(
        _ p: UnsafePointer<UInt8>, _ n: Int, hits: [(span: TextSpan, trigger: Int)],
        found: [Found], isCompany: (Found) -> Bool, nameOf: (Found) -> String
    ) -> [Candidate] {
        var out: [Candidate] = []
        var scalars: [UInt32] = []
        for (span, index) in hits {
            let trigger = triggers[index]
            switch trigger.role {
            case .before:
                // `머스크, 하팍로이드 등 글로벌 선사들이`: the type noun closes a comma list (its last
                // member seeds the list walk); `다온랩과 미르온 등 신생 스타트업이`: it sums up a
                // list joined by 과/와, whose members are taken here.
                if let last = listClosedByTypeNoun(p, n, trigger: trigger, span: span, found: found, &scalars) {
                    if !out.contains(where: { $0.span.overlaps(last.span) }) { out.append(last) }
                } else {
                    typedList(p, n, noun: span, trigger: trigger, found: found, &scalars, into: &out)
                }
                if trigger.closesOnly { continue }
                // The type noun must stand alone (`기업 가온`, not `기업은 가온`), or as
                // `시행사인 가온`, `저비용항공사(LCC) 가온`; `기업은 가온, 다솔, …` opens a list.
                guard let (start, startScalar, listOnly) = Self.nameStart(p, n, after: span) else {
                    continue
                }
                let (q, ql) = ScalarClass.decode(p, start, n)
                if Self.isOpeningQuote(q) {
                    // `학습 플랫폼 '가온런'을`, `화장품 브랜드 '달무리'`: a quoted name after a
                    // platform or brand noun is the product; unquoted (`리셀 플랫폼 가온과`) it
                    // is the firm that runs it.
                    if listOnly || Self.productNouns.contains(trigger.word) { continue }
                    if let inner = quoted(p, n, open: start, openLength: ql, scalar: startScalar, &scalars),
                       plausible(scalars[...], strong: true)
                    {
                        out.append(Candidate(span: inner, type: trigger.type, confidence: min(0.9, trigger.confidence + 0.05),
                                             evidence: "quoted:" + trigger.word))
                    }
                    continue
                }
                if let latin = Self.latinName(p, n, from: start, scalar: startScalar) {
                    // `보안 스타트업 Hexa Labs는`: a Latin name of several capitalized words.
                    if listOnly && !Self.isPunctuation(p, n, latin.byteEnd) { continue }
                    if found.contains(where: { $0.span.overlaps(latin) }) { continue }
                    Self.decode(p, latin, &scalars)
                    guard plausible(scalars[...], strong: false) else { continue }
                    out.append(Candidate(span: latin, type: trigger.type, confidence: trigger.confidence,
                                         evidence: "appositive:" + trigger.word))
                    continue
                }
                guard let word = Self.word(p, n, from: start, scalar: startScalar) else { continue }
                if found.contains(where: { $0.span.overlaps(word) }) { continue }
                guard let name = stem(p, word, &scalars), !followedByNoun(p, n, after: word, stemEnd: name.byteEnd) else { continue }
                let nameScalars = scalars[0..<(name.scalarEnd - name.scalarStart)]
                let short = !plausible(nameScalars, strong: false)
                // `물류 업체 해온은`, `리셀 플랫폼 크림·솔드아웃`: a two-syllable name right after a
                // type noun needs more evidence (`shortName`, then one sign more).
                // Not after `브랜드`: a short word there is the product (`화장품 브랜드 설화는`).
                if short && (listOnly || Self.productNouns.contains(trigger.word) && trigger.word == "브랜드"
                    || !shortName(p, n, word: word, name: name, nameScalars)) { continue }
                // After `기업은`, only the first member of a list (`기업은 가온, 다솔`).
                if listOnly && !(name.byteEnd == word.byteEnd && Self.isPunctuation(p, n, word.byteEnd)) { continue }
                // `강관 업체 동림과 세강은`, `부품사 가람, 한빛테크와 도윤정밀이`: the type noun
                // covers every member of the list it heads.
                var members: [Candidate] = []
                var coordination = 0
                if !listOnly {
                    coordination = coordinated(p, n, after: name, word: word, trigger: trigger, found: found, &scalars, into: &members)
                }
                if short && coordination == 0 && !Self.repeated(p, n, name: name)
                    && !tradeNounBefore(p, n, noun: span, found: found)
                {
                    continue
                }
                // A two-syllable name stays in its article (below the run's propagation threshold):
                // out of its context it is too often a word.
                out.append(Candidate(span: name, type: trigger.type, confidence: short ? 0.7 : trigger.confidence,
                                     evidence: "appositive:" + trigger.word))
                for member in members where !out.contains(where: { $0.span.overlaps(member.span) }) {
                    out.append(member)
                }
            case .prefix:
                if let candidate = prefixed(p, n, trigger: trigger, span: span, found: found, &scalars) {
                    out.append(candidate)
                }
            case .cue:
                if let candidate = quotedBeforeCue(p, n, trigger: trigger, span: span, found: found, &scalars) {
                    out.append(candidate)
                }
            case .ministry:
                continue
            case .count:
                if let candidate = listClosedByCount(p, n, trigger: trigger, span: span, found: found, &scalars) {
                    out.append(candidate)
                }
            case .latin:
                if let name = Self.latinNameEnding(p, n, with: span), !found.contains(where: { $0.span.overlaps(name) }) {
                    Self.decode(p, name, &scalars)
                    if plausible(scalars[...], strong: false) {
                        out.append(Candidate(span: name, type: trigger.type, confidence: trigger.confidence,
                                             evidence: "suffix:" + trigger.word))
                    }
                }
            case .after:
                guard span.byteStart >= 2, p[span.byteStart - 1] == 0x20,
                      let word = Self.wordBefore(p, n, end: span.byteStart - 1, scalar: span.scalarStart - 1)
                else { continue }
                if found.contains(where: { $0.span.overlaps(word) }) { continue }
                Self.decode(p, word, &scalars)
                // `가온의 관계자는`: only the genitive may stand between name and speaker.
                var name = word
                if scalars.count > 2 && scalars.last == 0xC758 {  // 의
                    scalars.removeLast()
                    name.byteEnd -= 3
                    name.scalarEnd -= 1
                }
                guard plausible(scalars[...], strong: false), !precededByRole(p, n, word.byteStart) else { continue }
                out.append(Candidate(span: name, type: trigger.type, confidence: trigger.confidence,
                                     evidence: "speaker:" + trigger.word))
            case .ceo:
                // `가온(대표 홍길동)` or `가온 (대표이사 홍길동)`.
                guard span.byteStart >= 1, p[span.byteStart - 1] == 0x28 else { continue }
                var end = span.byteStart - 1
                var scalarEnd = span.scalarStart - 1
                if end > 0 && p[end - 1] == 0x20 {
                    end -= 1
                    scalarEnd -= 1
                }
                guard let word = Self.wordBefore(p, n, end: end, scalar: scalarEnd) else { continue }
                if found.contains(where: { $0.span.overlaps(word) }) { continue }
                Self.decode(p, word, &scalars)
                guard plausible(scalars[...], strong: true) else { continue }
                out.append(Candidate(span: word, type: trigger.type, confidence: trigger.confidence,
                                     evidence: "ceo-of"))
            case .pact:
                // `가온과 업무협약`, `가온와 MOU`: the word before ends in 와 or 과.
                guard span.byteStart >= 2, p[span.byteStart - 1] == 0x20,
                      let word = Self.wordBefore(p, n, end: span.byteStart - 1, scalar: span.scalarStart - 1)
                else { continue }
                Self.decode(p, word, &scalars)
                guard scalars.count >= 3, scalars.last == 0xC640 || scalars.last == 0xACFC else { continue }  // 와 과
                scalars.removeLast()
                let name = TextSpan(byteStart: word.byteStart, byteEnd: word.byteEnd - 3,
                                    scalarStart: word.scalarStart, scalarEnd: word.scalarEnd - 1)
                if found.contains(where: { $0.span.overlaps(name) }) { continue }
                guard plausible(scalars[...], strong: false) else { continue }
                out.append(Candidate(span: name, type: trigger.type, confidence: trigger.confidence,
                                     evidence: "pact:" + trigger.word))
            }
        }
        listMembers(p, n, found: found, isCompany: isCompany, nameOf: nameOf, &scalars, into: &out)
        return out
    }

    /// The longer name a company's name at `span` is the start of: the next word, particles
    /// aside, is an extension word (`지멘스 에너지는`, `구글 코리아가`). Returns the span of the
    /// longer name; `그룹` only when `discovered` (`카카오 그룹` stays 카카오).
    func extended(_ p: UnsafePointer<UInt8>, _ n: Int, span: TextSpan, discovered: Bool) -> TextSpan? {
        // Runs for every company mention: most next words start with no extension word's first
        // syllable, which is tested before anything is decoded.
        guard span.byteEnd + 1 < n, p[span.byteEnd] == 0x20,
              extensionFirsts.contains(ScalarClass.decode(p, span.byteEnd + 1, n).scalar),
              let word = Self.word(p, n, from: span.byteEnd + 1, scalar: span.scalarEnd + 1)
        else { return nil }
        var scalars: [UInt32] = []
        Self.decode(p, word, &scalars)
        var length = 0
        ParticleChains.forEachStemLength(of: scalars, backward: chainsBackward) { stemLength in
            if extensions.contains(scalars[0..<stemLength]) {
                length = stemLength
                return false
            }
            return true
        }
        guard length > 0, discovered || !scalars[0..<length].elementsEqual(Self.groupWord) else { return nil }
        var byteEnd = word.byteStart
        for c in scalars[0..<length] { byteEnd += c < 0x80 ? 1 : c < 0x800 ? 2 : 3 }
        return TextSpan(byteStart: span.byteStart, byteEnd: byteEnd, scalarStart: span.scalarStart,
                        scalarEnd: word.scalarStart + length)
    }

    // MARK: Type nouns, prefixes, cues, Latin names

    /// Where a name may start after a type noun at `span`: after a space (`건설사 가온`), after the
    /// copula `인` (`시행사인 가온`), after an acronym in parentheses (`저비용항공사(LCC) 가온`);
    /// `listOnly` after a subject or topic particle (`기업은 가온, 다솔`), where only a list's first
    /// member counts.
    static func nameStart(_ p: UnsafePointer<UInt8>, _ n: Int, after span: TextSpan) -> (Int, Int, Bool)? {
        let k = span.byteEnd
        guard k + 1 < n else { return nil }
        if p[k] == 0x20 { return (k + 1, span.scalarEnd + 1, false) }
        if p[k] == 0x28 {  // `(LCC) `
            var j = k + 1
            while j < n && j - k <= 11 && (ScalarClass.isASCIIUpper(UInt32(p[j])) || p[j] &- 0x30 < 10) { j += 1 }
            guard j - k >= 3, j + 2 < n, p[j] == 0x29, p[j + 1] == 0x20 else { return nil }
            return (j + 2, span.scalarEnd + (j + 2 - k), false)
        }
        guard k + 4 < n, p[k + 3] == 0x20 else { return nil }
        switch ScalarClass.decode(p, k, n).scalar {
        case 0xC778:  // 인, after …사 or …체 only: `기업인`, `도매상인` are people
            let last = ScalarClass.decode(p, ScalarClass.previousStart(p, k), n).scalar
            return last == 0xC0AC || last == 0xCCB4 ? (k + 4, span.scalarEnd + 2, false) : nil
        case 0xC740, 0xB294, 0xC774, 0xAC00: return (k + 4, span.scalarEnd + 2, true)  // 은 는 이 가
        default: return nil
        }
    }

    /// `스튜디오 달무리`, `법무법인 가온`: the prefix and the word after it, as one name. A law or
    /// accounting firm (`…법인`) is often two syllables (`법무법인 가온`), so its word is held to
    /// the strong test; other prefixes to the weak one or, for two syllables, to `shortName`
    /// (`스튜디오 촬영` is no name).
    private func prefixed(
        _ p: UnsafePointer<UInt8>, _ n: Int, trigger: Trigger, span: TextSpan, found: [Found], _ scalars: inout [UInt32]
    ) -> Candidate? {
        guard span.byteEnd + 1 < n, p[span.byteEnd] == 0x20,
              let word = Self.word(p, n, from: span.byteEnd + 1, scalar: span.scalarEnd + 1),
              !found.contains(where: { $0.span.overlaps(word) }),
              let name = stem(p, word, &scalars)
        else { return nil }
        let firm = trigger.word.hasSuffix("법인")
        let nameScalars = scalars[0..<(name.scalarEnd - name.scalarStart)]
        // `제작사 스튜디오 온새, 바람픽처스`: a two-syllable word after a prefix is the name's
        // second part when it is no common noun (`스튜디오 촬영을`) and a particle or a list
        // separator follows.
        guard plausible(nameScalars, strong: firm) || shortName(p, n, word: word, name: name, nameScalars),
              !followedByNoun(p, n, after: word, stemEnd: name.byteEnd)
        else { return nil }
        return Candidate(
            span: TextSpan(byteStart: span.byteStart, byteEnd: name.byteEnd, scalarStart: span.scalarStart,
                           scalarEnd: name.scalarEnd),
            type: trigger.type, confidence: trigger.confidence, evidence: "prefix:" + trigger.word)
    }

    /// `'가온'라는 이름의`, `'가온' 명의로`: the quoted text right before the cue, when it is not a
    /// person's name (three syllables starting with a surname).
    private func quotedBeforeCue(
        _ p: UnsafePointer<UInt8>, _ n: Int, trigger: Trigger, span: TextSpan, found: [Found], _ scalars: inout [UInt32]
    ) -> Candidate? {
        var k = span.byteStart
        var s = span.scalarStart
        if k > 0 && p[k - 1] == 0x20 {
            k -= 1
            s -= 1
        }
        guard k > 0 else { return nil }
        let close = ScalarClass.previousStart(p, k)
        guard Self.isClosingQuote(ScalarClass.decode(p, close, n).scalar) else { return nil }
        let end = close
        let scalarEnd = s - 1
        var j = close
        var count = 0
        while j > 0 && count <= 24 {
            let previous = ScalarClass.previousStart(p, j)
            let c = ScalarClass.decode(p, previous, n).scalar
            if Self.isOpeningQuote(c) {
                let inner = TextSpan(byteStart: j, byteEnd: end, scalarStart: scalarEnd - count, scalarEnd: scalarEnd)
                guard count >= 2, !found.contains(where: { $0.span.overlaps(inner) }) else { return nil }
                Self.decode(p, inner, &scalars)
                guard plausible(scalars[...], strong: true),
                      !(scalars.count == 3 && scalars.allSatisfy(ScalarClass.isHangulSyllable) && surnames.contains(scalars[0]))
                else { return nil }
                return Candidate(span: inner, type: trigger.type, confidence: trigger.confidence,
                                 evidence: "quoted:" + trigger.word)
            }
            if c == 0x0A || c == 0x28 || c == 0x29 { return nil }
            j = previous
            count += 1
        }
        return nil
    }

    /// The last member of a list that a type noun closes: `A, B 등 글로벌 선사들이`, `A, B 같은
    /// 중견 업체` (one modifier word must stand before the type noun).
    private func listClosedByTypeNoun(
        _ p: UnsafePointer<UInt8>, _ n: Int, trigger: Trigger, span: TextSpan, found: [Found], _ scalars: inout [UInt32]
    ) -> Candidate? {
        guard span.byteStart >= 2, p[span.byteStart - 1] == 0x20,
              var word = Self.wordBefore(p, n, end: span.byteStart - 1, scalar: span.scalarStart - 1)
        else { return nil }
        // A modifier of size, standing or origin must stand between (`등 글로벌 선사들이`, `같은
        // 중견 업체`): without one the members are as often sectors (`핀테크, 프롭테크 등 스타트업`).
        for round in 0..<2 {
            Self.decode(p, word, &scalars)
            if scalars == Self.deung || scalars == Self.gateun {
                guard round == 1, let candidate = lastListMember(p, n, before: word, trigger: trigger, found: found, &scalars)
                else { return nil }
                return candidate
            }
            // One modifier of size or origin (`글로벌`, `중견`) stands between; an industry
            // word (`냉장고, 세탁기 같은 가전 업체`) makes the list one of products.
            guard listModifiers.contains(scalars[...]), word.byteStart >= 2, p[word.byteStart - 1] == 0x20,
                  let previous = Self.wordBefore(p, n, end: word.byteStart - 1, scalar: word.scalarStart - 1)
            else { return nil }
            word = previous
        }
        return nil
    }

    private static let deung: [UInt32] = [0xB4F1]  // 등
    private static let gateun: [UInt32] = [0xAC19, 0xC740]  // 같은

    /// The list member right before the word `closer` (`등`, `같은`), when a comma or middle dot
    /// stands before that member: a candidate seed for the list walk.
    private func lastListMember(
        _ p: UnsafePointer<UInt8>, _ n: Int, before closer: TextSpan, trigger: Trigger, found: [Found],
        _ scalars: inout [UInt32]
    ) -> Candidate? {
        guard closer.byteStart >= 2, p[closer.byteStart - 1] == 0x20,
              let word = Self.wordBefore(p, n, end: closer.byteStart - 1, scalar: closer.scalarStart - 1),
              let previous = separator(p, n, before: word.byteStart, scalar: word.scalarStart),
              !previous.conjunction
        else { return nil }
        if found.contains(where: { $0.span.overlaps(word) }) { return nil }
        Self.decode(p, word, &scalars)
        guard plausible(scalars[...], strong: false) else { return nil }
        return Candidate(span: word, type: trigger.type, confidence: 0.75, evidence: "list-count:" + trigger.word.dropLast(trigger.closesOnly ? 1 : 0))
    }

    /// The last member of a list closed by a count of firms (`가온, 다솔, 한결 등 3개사`), as a
    /// seed the list walk goes back from. Only a list of two or more (a comma or middle dot before
    /// the member) counts.
    private func listClosedByCount(
        _ p: UnsafePointer<UInt8>, _ n: Int, trigger: Trigger, span: TextSpan, found: [Found], _ scalars: inout [UInt32]
    ) -> Candidate? {
        let k = span.byteStart
        // ` 등 ` before the count: 등 is EB 93 B1.
        guard k >= 6, p[k - 1] == 0x20, p[k - 4] == 0xEB, p[k - 3] == 0x93, p[k - 2] == 0xB1, p[k - 5] == 0x20 else {
            return nil
        }
        let closer = TextSpan(byteStart: k - 4, byteEnd: k - 1, scalarStart: span.scalarStart - 2, scalarEnd: span.scalarStart - 1)
        return lastListMember(p, n, before: closer, trigger: trigger, found: found, &scalars)
    }

    /// A capitalized ASCII word: letters and digits, the first an upper-case letter.
    private static func latinWordEnd(_ p: UnsafePointer<UInt8>, _ n: Int, from start: Int) -> Int? {
        guard start < n, ScalarClass.isASCIIUpper(UInt32(p[start])) else { return nil }
        var k = start + 1
        while k < n && (ScalarClass.isASCIILetterOrDigit(UInt32(p[k])) || p[k] == 0x26) { k += 1 }
        return k
    }

    /// A Latin name of two to four capitalized words from `start` (`Nexel Games`, `Hexa Labs`);
    /// nil for a single word, which the ordinary word rules read.
    static func latinName(_ p: UnsafePointer<UInt8>, _ n: Int, from start: Int, scalar: Int) -> TextSpan? {
        guard var end = latinWordEnd(p, n, from: start) else { return nil }
        var words = 1
        while words < 4, end + 1 < n, p[end] == 0x20, let next = latinWordEnd(p, n, from: end + 1) {
            end = next
            words += 1
        }
        guard words >= 2 else { return nil }
        return TextSpan(byteStart: start, byteEnd: end, scalarStart: scalar, scalarEnd: scalar + (end - start))
    }

    /// The Latin name that a company word at `span` ends (`Hexa Labs`, `Arcturus Therapeutics`):
    /// one to three capitalized words before it, each after a space.
    static func latinNameEnding(_ p: UnsafePointer<UInt8>, _ n: Int, with span: TextSpan) -> TextSpan? {
        var start = span.byteStart
        var words = 0
        while words < 3, start >= 2, p[start - 1] == 0x20 {
            var j = start - 1
            while j > 0 && (ScalarClass.isASCIILetterOrDigit(UInt32(p[j - 1])) || p[j - 1] == 0x26) { j -= 1 }
            guard j < start - 1, ScalarClass.isASCIIUpper(UInt32(p[j])) else { break }
            // The word must stand alone: no Hangul glued before it (`가온Bio` is one word).
            if j > 0 && p[j - 1] >= 0x80 { break }
            start = j
            words += 1
        }
        guard words >= 1 else { return nil }
        return TextSpan(byteStart: start, byteEnd: span.byteEnd, scalarStart: span.scalarStart - (span.byteStart - start),
                        scalarEnd: span.scalarEnd)
    }

    // MARK: Lists

    /// Unknown members of a list with a known or just discovered company: `가온, 네이버클라우드,
    /// 다솔데이터 등`, `중견 건설사 가온, 다솔, 한결 등`. Members are single words (or Latin names of
    /// several capitalized words, `Nexel Games`) separated by `,`, `·`, `ㆍ`, `와`/`과` or ` 및 `;
    /// a member followed by more words (`반도체 업계`) ends the list, since it is a phrase, not a name.
    private func listMembers(
        _ p: UnsafePointer<UInt8>, _ n: Int, found: [Found], isCompany: (Found) -> Bool,
        nameOf: (Found) -> String, _ scalars: inout [UInt32], into out: inout [Candidate]
    ) {
        // Seeds: known companies and the names the context words just admitted (`건설사 가온,`).
        // A list closed by a count of firms (`가온·다솔 등 2개사`) needs only two members.
        // A seed's name is made only for a list that qualifies: most seeds start none.
        var seeds: [(span: TextSpan, known: Int, counted: Bool)] = []
        for index in found.indices where isCompany(found[index]) { seeds.append((found[index].span, index, false)) }
        for candidate in out where candidate.confidence >= 0.75 {
            seeds.append((candidate.span, -1, candidate.evidence.hasPrefix("list-count:")))
        }
        let contextual = out
        /// The known or admitted member at `word`, and whether it is a company.
        func member(_ word: TextSpan) -> (span: TextSpan, company: Bool)? {
            if let other = Self.member(found, overlapping: word) { return (other.span, isCompany(other)) }
            if let other = contextual.first(where: { $0.span.overlaps(word) }) { return (other.span, true) }
            return nil
        }
        // Known members reached while walking a list: their own walk would find the same list.
        var walked: [Int] = []
        for seed in seeds where !walked.contains(seed.span.byteStart) {
            // A list has three or more members and at least one comma or middle dot: `A와 B`
            // alone is as often a name and a verb phrase (`네이버와 협력한`).
            var members = 1
            var companies = 1
            var others = 0
            /// A known organization met on the walk: a member, and a company or not.
            func countKnown(_ other: (span: TextSpan, company: Bool)) {
                members += 1
                if other.company { walked.append(other.span.byteStart); companies += 1 } else { others += 1 }
            }
            var punctuated = false
            var shortMembers = 0
            var list: [Candidate] = []
            // Forward from the seed; `가비아이, 다솔` names 가비아이, not 가비아 + 이.
            var end = seed.span.byteEnd
            var scalarEnd = seed.span.scalarEnd
            if let whole = Self.wholeMember(p, n, known: seed.span) {
                list.append(Candidate(span: whole, type: .company, confidence: 0.7, evidence: "", replaces: true))
                end = whole.byteEnd
                scalarEnd = whole.scalarEnd
            }
            var steps = 0
            while steps < 12, let next = separator(p, n, after: end, scalar: scalarEnd) {
                steps += 1
                if Self.isPunctuation(p, n, end) { punctuated = true }
                if let latin = Self.latinName(p, n, from: next.byte, scalar: next.scalar) {
                    if let other = member(latin) {
                        countKnown(other)
                        end = other.span.byteEnd
                        scalarEnd = other.span.scalarEnd
                        continue
                    }
                    members += 1
                    list.append(Candidate(span: latin, type: .company, confidence: 0.7, evidence: ""))
                    if !Self.continuesList(p, n, latin.byteEnd) { break }
                    end = latin.byteEnd
                    scalarEnd = latin.scalarEnd
                    continue
                }
                guard let word = Self.word(p, n, from: next.byte, scalar: next.scalar) else { break }
                if let other = member(word) {
                    countKnown(other)
                    end = other.span.byteEnd
                    scalarEnd = other.span.scalarEnd
                    if other.company, let whole = Self.wholeMember(p, n, known: other.span) {
                        list.append(Candidate(span: whole, type: .company, confidence: 0.7, evidence: "", replaces: true))
                        end = whole.byteEnd
                        scalarEnd = whole.scalarEnd
                    }
                    continue
                }
                guard var name = stem(p, word, &scalars) else { break }
                // No particle stands before a comma or ` 등`: `별빛놀이, `, `별빛놀이 등` are whole.
                if name.byteEnd < word.byteEnd && (Self.isPunctuation(p, n, word.byteEnd) || Self.followedByDeung(p, n, word.byteEnd)) {
                    name = word
                    Self.decode(p, word, &scalars)
                }
                let listEnds = !Self.continuesList(p, n, name.byteEnd)
                if followedByNoun(p, n, after: word, stemEnd: name.byteEnd) { break }
                // Only a name-like word is a member: `네이버와 손잡았다` is no list. A two-syllable
                // word that is no common noun is one only among known organizations (below).
                let memberScalars = scalars[0..<(name.scalarEnd - name.scalarStart)]
                let short = !plausible(memberScalars, strong: false)
                if short {
                    guard shortMember(p, n, word: word, name: name, memberScalars) else { break }
                    shortMembers += 1
                }
                members += 1
                list.append(Candidate(span: name, type: .company, confidence: 0.7, evidence: short ? "short" : ""))
                if listEnds { break }
                end = name.byteEnd
                scalarEnd = name.scalarEnd
            }
            // Backward: `다솔데이터, 네이버클라우드`. A 와/과 before the seed counts only
            // when the list goes on after it, since many words end in 과 (`결과 네이버`).
            let knownContinues = Self.continuesList(p, n, seed.span.byteEnd)
            var start = seed.span.byteStart
            var scalarStart = seed.span.scalarStart
            steps = 0
            while steps < 12, let previous = separator(p, n, before: start, scalar: scalarStart) {
                steps += 1
                if !previous.conjunction && Self.isPunctuation(p, n, previous.byte) { punctuated = true }
                guard let word = Self.wordBefore(p, n, end: previous.byte, scalar: previous.scalar) else { break }
                if let other = member(word) {
                    countKnown(other)
                    start = other.span.byteStart
                    scalarStart = other.span.scalarStart
                    continue
                }
                if previous.conjunction && !knownContinues { break }
                if !previous.conjunction, let latin = Self.latinNameEnding(p, n, with: word), latin.byteStart < word.byteStart {
                    // `Nexel Games, 가온`: a Latin name of several words before the separator.
                    members += 1
                    list.append(Candidate(span: latin, type: .company, confidence: 0.7, evidence: ""))
                    start = latin.byteStart
                    scalarStart = latin.scalarStart
                    continue
                }
                Self.decode(p, word, &scalars)
                var name = word
                if previous.conjunction {  // `다솔데이터와 네이버`: drop the 와
                    scalars.removeLast()
                    name.byteEnd -= 3
                    name.scalarEnd -= 1
                }
                // The word before a list's first member must not run into it (`업계 다솔데이터,`
                // is fine; `반도체, 네이버` has 반도체 caught by the stop list).
                let short = !plausible(scalars[...], strong: false)
                if short {
                    // A bare two-syllable word right after a separator: `해온, 네이버`.
                    guard !previous.conjunction, shortMember(p, n, word: name, name: name, scalars[...]),
                          !precededByWord(p, n, name.byteStart)
                    else { break }
                    shortMembers += 1
                }
                members += 1
                list.append(Candidate(span: name, type: .company, confidence: 0.7, evidence: short ? "short" : ""))
                start = word.byteStart
                scalarStart = word.scalarStart
            }
            // Three members and a comma (`LG전자·KT, 스마트홈 …` in a headline is two clauses,
            // not a list, hence a punctuated list of three).
            // With public bodies in it (`과기정통부, 가온전자, 카이스트`), a list is one of
            // organizations of any kind: two companies are needed to call the rest companies.
            guard members >= (seed.counted ? 2 : 3) && punctuated && (others == 0 || companies >= 2) else { continue }
            // Two-syllable members need two known organizations beside them, and most of the
            // list to be names (`네이버, 카카오, 해온`; not `서울, 부산, 네이버`).
            if shortMembers > 0 && (seed.known < 0 || companies < 2 || shortMembers * 2 >= members) {
                list.removeAll { $0.evidence == "short" }
            }
            guard !list.isEmpty else { continue }
            let seedName = seed.known >= 0 ? nameOf(found[seed.known]) : String(decoding: UnsafeBufferPointer(
                start: p + seed.span.byteStart, count: seed.span.byteEnd - seed.span.byteStart), as: UTF8.self)
            let evidence = "list-with:" + seedName
            for var candidate in list where !out.contains(where: { $0.span.overlaps(candidate.span) }) {
                candidate.evidence = evidence
                out.append(candidate)
            }
        }
    }

    /// The members of a list that a type noun sums up (`빅텍, 퍼스텍 같은 중견 업체`, `다온랩과
    /// 미르온 등 신생 스타트업`): the noun, after `같은` or `등` and a `modifier` word of size or
    /// standing, says what they are. Two or more members, each a known organization or a name-like word; the unknown ones
    /// become candidates of the noun's type with the weak confidence of a list (0.7, not matched
    /// beyond the article). Asked only where a type noun stands, a few times per article.
    private func typedList(
        _ p: UnsafePointer<UInt8>, _ n: Int, noun span: TextSpan, trigger: Trigger, found: [Found],
        _ scalars: inout [UInt32], into out: inout [Candidate]
    ) {
        guard span.byteStart >= 2, p[span.byteStart - 1] == 0x20,
              var word = Self.wordBefore(p, n, end: span.byteStart - 1, scalar: span.scalarStart - 1)
        else { return }
        Self.decode(p, word, &scalars)
        // Without a modifier of size or standing the members are as often sectors (`핀테크,
        // 프롭테크 등 스타트업`, `물류, 커머스 같은 스타트업`).
        guard listModifiers.contains(scalars[...]), word.byteStart >= 2, p[word.byteStart - 1] == 0x20,
              let before = Self.wordBefore(p, n, end: word.byteStart - 1, scalar: word.scalarStart - 1)
        else { return }
        word = before
        Self.decode(p, word, &scalars)
        guard scalars.elementsEqual(Self.likeWord) || scalars.elementsEqual(Self.etcWord),
              word.byteStart >= 2, p[word.byteStart - 1] == 0x20,
              var member = Self.wordBefore(p, n, end: word.byteStart - 1, scalar: word.scalarStart - 1)
        else { return }
        var list: [Candidate] = []
        var members = 0
        var conjunction = false
        for _ in 0..<12 {
            var start = member
            if let other = Self.member(found, overlapping: member) {
                start = other.span
            } else {
                Self.decode(p, member, &scalars)
                var name = member
                if conjunction {  // `빅텍과 퍼스텍 같은`: drop the 과
                    scalars.removeLast()
                    name.byteEnd -= 3
                    name.scalarEnd -= 1
                }
                if plausible(scalars[...], strong: false) {
                    list.append(Candidate(span: name, type: trigger.type, confidence: 0.7, evidence: "list-of:" + trigger.word))
                } else if !(scalars.count == 2 && plausible(scalars[...], strong: true)) {
                    // Two syllables (`빅텍`) are as often a place or a common noun: such a member
                    // counts towards the list but is not taken.
                    break
                }
            }
            members += 1
            guard let previous = separator(p, n, before: start.byteStart, scalar: start.scalarStart),
                  let next = Self.wordBefore(p, n, end: previous.byte, scalar: previous.scalar)
            else { break }
            conjunction = previous.conjunction
            member = next
        }
        guard members >= 2 else { return }
        for candidate in list where !out.contains(where: { $0.span.overlaps(candidate.span) }) {
            out.append(candidate)
        }
    }

    /// A list member that a known name at `known` only starts: the word runs one Hangul
    /// syllable further and a comma or middle dot follows (`가비아이, 다솔` is 가비아이: no
    /// particle stands before a list's comma).
    /// Particles that do stand before a list's comma (`삼성도, LG도`, `네이버와, `).
    private static let wholeMemberParticles = ScalarSet("도만와과의은는을를에로서엔랑며".unicodeScalars.map(\.value))

    static func wholeMember(_ p: UnsafePointer<UInt8>, _ n: Int, known: TextSpan) -> TextSpan? {
        let k = known.byteEnd
        let c = ScalarClass.decode(p, k, n).scalar
        guard k + 3 < n, ScalarClass.isHangulSyllable(c), !wholeMemberParticles.contains(c),
              isPunctuation(p, n, k + 3),
              // A list continues: a space follows the comma.
              ScalarClass.decode(p, k + 3, n).length + k + 3 < n
        else { return nil }
        return TextSpan(byteStart: known.byteStart, byteEnd: k + 3, scalarStart: known.scalarStart,
                        scalarEnd: known.scalarEnd + 1)
    }

    /// The mention overlapping `span`, by binary search: `found` is in text order (the caller
    /// sorts it), and a list walk asks this at every step.
    static func member(_ found: [Found], overlapping span: TextSpan) -> Found? {
        var low = 0
        var high = found.count
        while low < high {
            let middle = (low + high) / 2
            if found[middle].span.byteEnd <= span.byteStart { low = middle + 1 } else { high = middle }
        }
        return low < found.count && found[low].span.overlaps(span) ? found[low] : nil
    }

    /// Where the next list member starts after a member ending at `end`: `, `, `·`, `ㆍ`, `와 `,
    /// `과 `, ` 및 `.
    private func separator(_ p: UnsafePointer<UInt8>, _ n: Int, after end: Int, scalar: Int) -> (byte: Int, scalar: Int)? {
        guard end < n else { return nil }
        var k = end
        var s = scalar
        let (c, len) = ScalarClass.decode(p, k, n)
        switch c {
        case 0x2C, 0xB7, 0x318D, 0x3001, 0x30FB:  // , · ㆍ 、 ・
            k += len
            s += 1
        case 0xC640, 0xACFC:  // 와 과, then a space
            guard k + 3 < n, p[k + 3] == 0x20 else { return nil }
            k += 4
            s += 2
            return (k, s)
        case 0x20:
            // ` 및 `
            if k + 5 < n, p[k + 1] == 0xEB, p[k + 2] == 0xB0, p[k + 3] == 0x8F, p[k + 4] == 0x20 {
                return (k + 5, s + 3)
            }
            return nil
        default:
            return nil
        }
        if k < n && p[k] == 0x20 {
            k += 1
            s += 1
        }
        return (k, s)
    }

    /// Where the previous list member ends before a member starting at `start`; `conjunction`
    /// when that member carries 와/과.
    private func separator(_ p: UnsafePointer<UInt8>, _ n: Int, before start: Int, scalar: Int) -> (byte: Int, scalar: Int, conjunction: Bool)? {
        guard start >= 2 else { return nil }
        var k = start
        var s = scalar
        if p[k - 1] == 0x20 {
            k -= 1
            s -= 1
            // `가온와 네이버`: the previous word ends in 와/과.
            if k >= 3 {
                let c = ScalarClass.decode(p, k - 3, n).scalar
                if c == 0xC640 || c == 0xACFC { return (k, s, true) }
            }
            // ` 및 `
            if k >= 4, p[k - 3] == 0xEB, p[k - 2] == 0xB0, p[k - 1] == 0x8F, p[k - 4] == 0x20 {
                return (k - 4, s - 2, false)
            }
        }
        guard k > 0 else { return nil }
        let previous = ScalarClass.previousStart(p, k)
        switch ScalarClass.decode(p, previous, n).scalar {
        case 0x2C, 0xB7, 0x318D, 0x3001, 0x30FB:
            return (previous, s - 1, false)
        default:
            return nil
        }
    }

    /// Whether ` 등` follows at byte `k` (`가온 등`, `가온 등이`).
    private static func followedByDeung(_ p: UnsafePointer<UInt8>, _ n: Int, _ k: Int) -> Bool {
        guard k + 3 < n && p[k] == 0x20 && p[k + 1] == 0xEB && p[k + 2] == 0x93 && p[k + 3] == 0xB1 else { return false }
        // `등이`, `등의`, `등과` …, never `등산`.
        guard k + 4 < n, p[k + 4] >= 0x80 else { return true }
        return deungParticles.contains(ScalarClass.decode(p, k + 4, n).scalar)
    }
    private static let deungParticles = ScalarSet("이은을의과도에으으로와만")

    /// Whether a comma or middle dot is at byte `k`.
    private static func isPunctuation(_ p: UnsafePointer<UInt8>, _ n: Int, _ k: Int) -> Bool {
        guard k < n else { return false }
        switch ScalarClass.decode(p, k, n).scalar {
        case 0x2C, 0xB7, 0x318D, 0x3001, 0x30FB: return true
        default: return false
        }
    }

    /// Whether the list goes on after a member's name ending at `end`: a separator follows
    /// (with no particle in between, or 와/과).
    private static func continuesList(_ p: UnsafePointer<UInt8>, _ n: Int, _ end: Int) -> Bool {
        guard end < n else { return false }
        let (c, _) = ScalarClass.decode(p, end, n)
        switch c {
        case 0x2C, 0xB7, 0x318D, 0x3001, 0x30FB: return true
        case 0xC640, 0xACFC: return end + 3 < n && p[end + 3] == 0x20
        case 0x20: return end + 4 < n && p[end + 1] == 0xEB && p[end + 2] == 0xB0 && p[end + 3] == 0x8F
        default: return false
        }
    }

    // MARK: Names

    /// Whether a word with no particle is followed by another noun, making it a modifier in a
    /// phrase (`기업 가치 제고`, `반도체 업계`) rather than a name. A following `등`, `및`, a
    /// speaker word or the end of the clause is fine.
    private func followedByNoun(_ p: UnsafePointer<UInt8>, _ n: Int, after word: TextSpan, stemEnd: Int) -> Bool {
        guard stemEnd == word.byteEnd, word.byteEnd + 1 < n, p[word.byteEnd] == 0x20 else { return false }
        guard let next = Self.word(p, n, from: word.byteEnd + 1, scalar: 0) else { return false }
        var scalars: [UInt32] = []
        Self.decode(p, next, &scalars)
        guard let first = scalars.first else { return false }
        // 등, 및, 측, 관계자, 대표, 회장 … end a name's phrase; any other word (`스마트홈 AI
        // 서비스`, `기업 가치 제고`) makes it a modifier.
        if first == 0xB4F1 || first == 0xBC0F || first == 0xCE21 { return false }  // 등 및 측
        if roles.isPrefix(of: scalars[...]) { return false }
        if scalars.starts(with: [0xAD00, 0xACC4, 0xC790]) { return false }  // 관계자
        return true
    }

    /// Whether two scalars may be a short name at all: two Hangul syllables, plausible as a
    /// name, and no common noun of `two_syllable_stops.tsv`. Both short-name rules start here.
    private func isShortCandidate(_ scalars: ArraySlice<UInt32>) -> Bool {
        scalars.count == 2 && scalars.allSatisfy(ScalarClass.isHangulSyllable)
            && plausible(scalars, strong: true) && !twoSyllableStops.contains(scalars)
    }

    /// Whether a two-syllable list member may be a name (`네이버, 카카오, 해온 등`): Hangul, no
    /// common noun, whole or with a particle of a list's member.
    private func shortMember(
        _ p: UnsafePointer<UInt8>, _ n: Int, word: TextSpan, name: TextSpan, _ scalars: ArraySlice<UInt32>
    ) -> Bool {
        guard isShortCandidate(scalars) else { return false }
        return name.byteEnd == word.byteEnd || Self.actorParticles.contains(ScalarClass.decode(p, name.byteEnd, n).scalar)
    }

    /// Whether a word stands right before `start`, after a space (`경기 해온,` has 경기 before):
    /// then the list's first member is a phrase, not a name.
    private func precededByWord(_ p: UnsafePointer<UInt8>, _ n: Int, _ start: Int) -> Bool {
        guard start >= 2, p[start - 1] == 0x20 else { return false }
        return ScalarClass.isWord(ScalarClass.decode(p, ScalarClass.previousStart(p, start - 1), n).scalar)
    }

    /// Whether a two-syllable Hangul word right after a type noun (`물류 업체 해온은`) may be a
    /// name: never a common noun (`stop_names.tsv`, `two_syllable_stops.tsv`: `기업 실적이`,
    /// `업체 간`), never bare (a particle, a comma or a middle dot follows). The caller asks one
    /// more sign: another member of a coordination (`크림·솔드아웃`), the word standing again
    /// elsewhere with a particle or a speaker word (`해온은 … 해온 관계자는`), or a noun of
    /// trade before the type noun (`떡 프랜차이즈 소담은`) rather than a word of size or standing
    /// (`국내 기업`).
    private func shortName(
        _ p: UnsafePointer<UInt8>, _ n: Int, word: TextSpan, name: TextSpan, _ scalars: ArraySlice<UInt32>
    ) -> Bool {
        guard isShortCandidate(scalars) else { return false }
        return name.byteEnd < word.byteEnd || Self.continuesList(p, n, name.byteEnd)
    }

    /// Whether the word before a type noun is a noun of trade (`떡 프랜차이즈`, `강관 업체`): a bare
    /// Hangul noun of at most four syllables, no particle or ending on it, not a word of size,
    /// standing or reference (`국내 기업`, `해당 업체`), not an organization.
    private func tradeNounBefore(_ p: UnsafePointer<UInt8>, _ n: Int, noun: TextSpan, found: [Found]) -> Bool {
        guard noun.byteStart >= 2, p[noun.byteStart - 1] == 0x20,
              let before = Self.wordBefore(p, n, end: noun.byteStart - 1, scalar: noun.scalarStart - 1),
              !found.contains(where: { $0.span.overlaps(before) })
        else { return false }
        var previous: [UInt32] = []
        Self.decode(p, before, &previous)
        guard previous.count <= 4, previous.allSatisfy(ScalarClass.isHangulSyllable),
              !listModifiers.contains(previous[...]), !stopWords.contains(previous[...]),
              !Self.determiners.contains(previous[...]), !foreignCountries.contains(previous[...]),
              let last = previous.last, !Self.adnominalFinals.contains(last)
        else { return false }
        var chained = false
        ParticleChains.forEachStemLength(of: previous, backward: chainsBackward) { length in
            if length < previous.count {
                chained = true
                return false
            }
            return true
        }
        return !chained
    }

    /// Last syllables of adnominal forms (`있는`, `새로운`, `유망한`, `혁신적`): a word of quality
    /// before a type noun, not its trade.
    private static let adnominalFinals = ScalarSet("는은운한된던할될인을적던난른".unicodeScalars.map(\.value))

    /// Words before a type noun that say which firm, not what trade (`해당 업체 소속`, `이 회사`).
    private static let determiners = ScalarWordSet([
        "해당", "이", "그", "저", "각", "모든", "다른", "여러", "일부", "관련", "한", "두", "세", "몇", "어느", "같은", "이런",
        "그런", "새", "옛", "전", "현", "前", "現", "기존", "신규", "주요", "대부분", "상당수", "다수", "소수", "일반",
    ])

    /// Whether the name at `name` stands again elsewhere in the text as a word of its own with a
    /// particle, a comma or a speaker word after it (`해온은`, `해온 관계자`, `해온 측`).
    static func repeated(_ p: UnsafePointer<UInt8>, _ n: Int, name: TextSpan) -> Bool {
        let length = name.byteEnd - name.byteStart
        guard length > 0 else { return false }
        let first = p[name.byteStart]
        var k = 0
        while k + length <= n {
            defer { k += 1 }
            guard p[k] == first, k != name.byteStart else { continue }
            var same = true
            for i in 1..<length where p[k + i] != p[name.byteStart + i] {
                same = false
                break
            }
            guard same else { continue }
            // A word start: nothing word-like glued before.
            if k > 0 && ScalarClass.isWord(ScalarClass.decode(p, ScalarClass.previousStart(p, k), n).scalar) { continue }
            let end = k + length
            if end >= n { continue }
            if isPunctuation(p, n, end) { return true }
            if p[end] == 0x20 {
                // `해온 관계자`, `해온 측`
                if end + 4 <= n && (p[end + 1] == 0xEA && p[end + 2] == 0xB4 && p[end + 3] == 0x80  // 관
                    || p[end + 1] == 0xEC && p[end + 2] == 0xB8 && p[end + 3] == 0xA1)  // 측
                {
                    return true
                }
                continue
            }
            let after = ParticleChains.chainEnd(p, end, n)
            if after > end { return true }
        }
        return false
    }

    /// The members after the first of a list a type noun heads (`업체 동림과 세강은`, `부품사
    /// 가람, 한빛테크와 도윤정밀이`): each a name-like word, or a two-syllable word no common noun,
    /// joined by `,`, `·`, `와`/`과` or ` 및 `. A member after 와/과 must itself carry a case
    /// particle or continue the list (`동림과 협력해` is a verb phrase, not a list). Returns the
    /// number of members after the first, known organizations included.
    @discardableResult
    private func coordinated(
        _ p: UnsafePointer<UInt8>, _ n: Int, after first: TextSpan, word firstWord: TextSpan, trigger: Trigger,
        found: [Found], _ scalars: inout [UInt32], into out: inout [Candidate]
    ) -> Int {
        var count = 0
        var end = first.byteEnd
        var scalarEnd = first.scalarEnd
        // A particle on the first member other than 와/과 ends the list (`해온은 세강과`).
        if first.byteEnd < firstWord.byteEnd {
            let c = ScalarClass.decode(p, first.byteEnd, n).scalar
            guard (c == 0xC640 || c == 0xACFC) && firstWord.byteEnd - first.byteEnd == 3 else { return 0 }
        }
        var steps = 0
        while steps < 8, let next = separator(p, n, after: end, scalar: scalarEnd) {
            steps += 1
            let conjunction = !Self.isPunctuation(p, n, end) && p[end] != 0x20
            guard let word = Self.word(p, n, from: next.byte, scalar: next.scalar) else { return count }
            if let other = Self.member(found, overlapping: word) {
                count += 1
                end = other.span.byteEnd
                scalarEnd = other.span.scalarEnd
                continue
            }
            guard var name = stem(p, word, &scalars) else { return count }
            if name.byteEnd < word.byteEnd && Self.isPunctuation(p, n, word.byteEnd) {
                name = word
                Self.decode(p, word, &scalars)
            }
            if followedByNoun(p, n, after: word, stemEnd: name.byteEnd) { return count }
            let nameScalars = scalars[0..<(name.scalarEnd - name.scalarStart)]
            let short = nameScalars.count == 2 && nameScalars.allSatisfy(ScalarClass.isHangulSyllable)
                && plausible(nameScalars, strong: true) && !twoSyllableStops.contains(nameScalars)
            guard plausible(nameScalars, strong: false) || short else { return count }
            let continues = Self.continuesList(p, n, name.byteEnd)
            // What follows the stem is a particle, not an ending (`계약했다` is no member).
            if name.byteEnd < word.byteEnd && !continues
                && !Self.memberParticles.contains(ScalarClass.decode(p, name.byteEnd, n).scalar)
            {
                return count
            }
            // A two-syllable member ends the list with a case particle of an actor (`세강은`,
            // `세강이`, `세강과`), not a place's (`한국에`).
            if short && !plausible(nameScalars, strong: false) && name.byteEnd < word.byteEnd && !continues
                && !Self.actorParticles.contains(ScalarClass.decode(p, name.byteEnd, n).scalar)
            {
                return count
            }
            // After 와/과 the member carries a particle or the list goes on.
            if conjunction && name.byteEnd == word.byteEnd && !continues && !Self.isPunctuation(p, n, word.byteEnd) { return count }
            count += 1
            let isShort = !plausible(nameScalars, strong: false)
            if !out.contains(where: { $0.span.overlaps(name) }) {
                out.append(Candidate(span: name, type: trigger.type, confidence: isShort ? 0.7 : trigger.confidence,
                                     evidence: "list-of:" + trigger.word))
            }
            guard continues else { return count }
            end = name.byteEnd
            scalarEnd = name.scalarEnd
        }
        return count
    }

    /// Particles a list's member may carry (`한빛테크와`, `도윤정밀이`, `도윤정밀에`).
    private static let memberParticles = ScalarSet("은는이가도을를의와과에로만".unicodeScalars.map(\.value))

    /// Particles that make a list's last member an actor or a patient (`세강은`, `세강을`).
    private static let actorParticles = ScalarSet("은는이가도을를의와과".unicodeScalars.map(\.value))

    /// Type nouns after which a quoted name is a product, not its maker.
    static let productNouns: Set<String> = ["플랫폼", "브랜드"]

    /// Whether `name` may be an organization's name. `strong` contexts (a quoted name, a CEO in
    /// parentheses) accept short and person-like words that the weak ones refuse.
    func plausible(_ name: ArraySlice<UInt32>, strong: Bool) -> Bool {
        guard name.count >= 2, name.count <= 24, let first = name.first, let last = name.last else { return false }
        var hangul = 0
        var latin = 0
        for c in name {
            if ScalarClass.isHangulSyllable(c) {
                hangul += 1
            } else if ScalarClass.isASCIILetterOrDigit(c) {
                if c >= 0x41 { latin += 1 }
            } else if !(c == 0x26 || c == 0x2E || c == 0x2D || c == 0x20) {
                return false
            }
        }
        if hangul + latin < 2 || first &- 0x30 < 10 || first == 0x20 || last == 0x20 { return false }
        if stopNames.contains(name) || stopWords.contains(name) || foreignCountries.contains(name)
            || reserved.contains(name) { return false }
        if excludedSuffixes.isSuffix(of: name) || excludedParts.occurs(in: name) || PatternRecognizer.isCounted(name) {
            return false
        }
        if strong { return true }
        if latin == 0 {
            if hangul == 2 { return false }
            // `위닉스`: a given name never ends in the 으-syllables that spell a foreign
            // consonant (스, 즈, 크, 트 …), so a surname first is no sign of a person then.
            if hangul == 3 && surnames.contains(first) && !Self.loanwordFinals.contains(last) { return false }
            if nounEndings.contains(last) { return false }
        }
        return true
    }

    /// The name in a word: the word without a particle chain (shortest stem of two or more
    /// scalars), its span and scalars in `scalars`.
    private func stem(_ p: UnsafePointer<UInt8>, _ word: TextSpan, _ scalars: inout [UInt32]) -> TextSpan? {
        Self.decode(p, word, &scalars)
        var length = scalars.count
        ParticleChains.forEachStemLength(of: scalars, backward: chainsBackward) { stemLength in
            if stemLength >= 2 { length = stemLength }
            return true
        }
        guard length >= 2 else { return nil }
        var byteEnd = word.byteStart
        for c in scalars[0..<length] { byteEnd += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4 }
        return TextSpan(byteStart: word.byteStart, byteEnd: byteEnd, scalarStart: word.scalarStart,
                        scalarEnd: word.scalarStart + length)
    }

    /// The text between a pair of quotes after a type noun (`스타트업 '온새'가`), at most 24
    /// scalars on one line; nil without a closing quote.
    private func quoted(
        _ p: UnsafePointer<UInt8>, _ n: Int, open: Int, openLength: Int, scalar: Int, _ scalars: inout [UInt32]
    ) -> TextSpan? {
        scalars.removeAll(keepingCapacity: true)
        var k = open + openLength
        while k < n && scalars.count <= 24 {
            let (c, len) = ScalarClass.decode(p, k, n)
            if Self.isClosingQuote(c) {
                return TextSpan(byteStart: open + openLength, byteEnd: k, scalarStart: scalar + 1,
                                scalarEnd: scalar + 1 + scalars.count)
            }
            if c == 0x0A || c == 0x28 || c == 0x29 { return nil }
            scalars.append(c)
            k += len
        }
        return nil
    }

    private static func isOpeningQuote(_ c: UInt32) -> Bool {
        c == 0x27 || c == 0x22 || c == 0x2018 || c == 0x201C || c == 0x300C || c == 0x300E
    }

    private static func isClosingQuote(_ c: UInt32) -> Bool {
        c == 0x27 || c == 0x22 || c == 0x2019 || c == 0x201D || c == 0x300D || c == 0x300F
    }

    /// Whether a role stands right before the word at `start` (`대표 홍길동`): the word is a person.
    func precededByRole(_ p: UnsafePointer<UInt8>, _ n: Int, _ start: Int) -> Bool {
        guard start >= 2, p[start - 1] == 0x20, let word = Self.wordBefore(p, n, end: start - 1, scalar: 0) else {
            return false
        }
        var scalars: [UInt32] = []
        Self.decode(p, word, &scalars)
        return roles.contains(scalars[...])
    }

    // MARK: Words

    static func decode(_ p: UnsafePointer<UInt8>, _ word: TextSpan, _ scalars: inout [UInt32]) {
        scalars.removeAll(keepingCapacity: true)
        var k = word.byteStart
        while k < word.byteEnd {
            let (c, len) = ScalarClass.decode(p, k, word.byteEnd)
            scalars.append(c)
            k += len
        }
    }

    /// The word starting at `start` (word scalars, plus `&` inside Latin names).
    static func word(_ p: UnsafePointer<UInt8>, _ n: Int, from start: Int, scalar: Int) -> TextSpan? {
        var k = start
        var s = scalar
        while k < n {
            let (c, len) = ScalarClass.decode(p, k, n)
            if !ScalarClass.isWord(c) && !(c == 0x26 && k > start) { break }
            k += len
            s += 1
        }
        return k > start ? TextSpan(byteStart: start, byteEnd: k, scalarStart: scalar, scalarEnd: s) : nil
    }

    /// The word ending at `end`.
    static func wordBefore(_ p: UnsafePointer<UInt8>, _ n: Int, end: Int, scalar: Int) -> TextSpan? {
        var k = end
        var s = scalar
        while k > 0 {
            let previous = ScalarClass.previousStart(p, k)
            let c = ScalarClass.decode(p, previous, n).scalar
            if !ScalarClass.isWord(c) && c != 0x26 { break }
            k = previous
            s -= 1
        }
        return k < end ? TextSpan(byteStart: k, byteEnd: end, scalarStart: s, scalarEnd: scalar) : nil
    }
}
