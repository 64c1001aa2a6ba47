import NewsModel

/// Recognizes organizations missing from the gazetteer by the shape of their names.
///
/// Precision over recall: a wrong pattern entity becomes a bar on someone's dashboard, so a
/// name is accepted only with evidence beyond its suffix (see `PatternRule`), never when it is a
/// known common word, a number plus a counter (`10대그룹`), a university, a media company or a
/// foreign government body.
struct PatternRecognizer: Sendable {
    struct Recognition: Sendable, Equatable {
        /// Scalars of the word that form the name (the rest is a particle chain).
        var nameLength: Int
        var type: EntityType
        var confidence: Double
        /// The suffix that admitted the name, for the entity's `evidence` (`suffix:파트너스`).
        var suffix: String
    }

    /// The core rules below, then the wider company suffixes of `data/discovery/suffixes.tsv`.
    static let rules: [PatternRule] = coreRules + DiscoveryTables.suffixRules.map {
        PatternRule($0.suffix, EntityType(rawValue: $0.type) ?? .company, confidence: $0.confidence,
                    minimumStem: $0.minimumStem, stop: $0.stop)
    }

    static let coreRules: [PatternRule] = [
        // Government bodies. Central ones are all in the gazetteer; these catch the rest.
        PatternRule("부", .agency, confidence: 0.55, minimumStem: 3, government: true, stop: [
            "사업", "영업", "개발", "관리", "기술", "생산", "홍보", "인사", "재무", "총무", "기획",
            "연구", "편집", "지도", "수뇌", "사령", "지휘", "집행", "행정", "사법", "입법", "경영",
            "본", "중심", "상층", "하층", "핵심", "중앙", "외곽", "말단", "선두", "마케팅", "전략",
            "감사", "경영학", "공학", "의학", "법학", "경제학", "인문학", "문학", "약학", "내", "외",
            "남", "북", "동", "서", "상", "하", "중",
            // `전자정부`, `지방정부`, `연방정부`: a kind of government, never one body (a bare
            // `정` ending would also refuse `기획재정부`).
            "전자정", "지방정", "연방정", "중앙정", "디지털정", "자치정", "임시정", "과도정", "망명정",
            "군사정", "문민정", "차기정", "외국정", "역대정",
            // Divisions of a prosecutors' office or a court (`정보기술범죄수사부`, `형사부`,
            // `공정거래조사부`, `민사합의부`): part of the office named before them, not a body.
            "수사", "형사", "민사", "공판", "조사", "재판", "합의", "송무", "감찰",
        ]),
        PatternRule("처", .agency, confidence: 0.55, minimumStem: 3, government: true, stop: [
            "거래", "납품", "공급", "수요", "판매", "사용", "투자", "연락", "근무", "피난", "은신",
            "조달", "매출", "수출", "수입", "발주", "고객", "협력", "문의", "접수", "제출", "구매",
            "유통", "행선", "안식", "소속", "납부", "판로", "도피", "주거", "거주", "보관", "배송",
            "전달", "지급", "자금", "사무", "대", "출", "조", "상", "선", "본", "처", "용", "부",
            // Loanwords ending in 처 (`인프라스트럭처`, `아키텍처`, `벤처`).
            "스트럭", "아키텍", "벤", "픽", "캡", "텍스",
        ]),
        PatternRule("청", .agency, confidence: 0.7, minimumStem: 2, evidence: .office,
                    government: true, stop: [
            "요", "신", "초", "경", "감", "방", "환", "난", "관", "재요", "재신", "추가요", "추가신",
            "수강신", "이용신", "참가신", "가입신",
        ]),
        PatternRule("위원회", .agency, confidence: 0.7, minimumStem: 3, government: true, stop: [
            "자문", "운영", "심사", "선정", "평가", "추진", "준비", "윤리", "감사", "보상", "조직",
            "집행", "실무", "전문", "특별", "상임", "분과", "비상대책", "공천관리", "인사", "이사",
            "경영", "추천", "후보추천", "내부거래", "지속가능경영", "투자", "리스크관리",
            "소", "대책", "협의", "조정", "편집", "기획", "검토", "징계", "인권", "선거관리",
        ]),
        PatternRule("진흥원", .agency, confidence: 0.85, minimumStem: 2, government: true),
        PatternRule("평가원", .agency, confidence: 0.85, minimumStem: 2, government: true),
        PatternRule("연구원", .agency, confidence: 0.75, minimumStem: 2, evidence: .publicPrefix,
                    government: true, stop: [
            "선임", "책임", "수석", "전임", "주임", "객원", "방문", "박사후", "위촉", "초빙", "인턴",
            "학생", "전문", "보조", "소속", "연구", "박사", "석사", "일반",
        ]),
        PatternRule("공사", .agency, confidence: 0.75, minimumStem: 2, evidence: .publicPrefix,
                    government: true, stop: [
            "건설", "보수", "토목", "리모델링", "시", "착", "준", "공", "완", "내장", "전기", "설비",
            "철거", "복구", "하수", "상수", "정비", "확장", "포장", "굴착", "기초", "지하", "증축",
            "신축", "외교", "배관", "방수", "인테리어", "도로", "보강", "공", "방송", "교량", "터널",
        ]),
        PatternRule("공단", .agency, confidence: 0.75, minimumStem: 2, evidence: .publicPrefix,
                    government: true, stop: ["산업", "국가산업", "지방산업", "농공", "공업", "임해"]),
        // A foundation is public only with a public prefix (`서울문화재단`, `한국연구재단`);
        // private ones (`가온문화재단`) are neither agencies nor companies.
        PatternRule("재단", .agency, confidence: 0.65, minimumStem: 3, evidence: .publicPrefix, stop: ["법인"]),
        // Companies.
        PatternRule("테크놀로지스", .company, confidence: 0.8, minimumStem: 2),
        PatternRule("테크놀로지", .company, confidence: 0.75, minimumStem: 2, stop: [
            "나노", "바이오", "하이", "정보", "생명", "그린", "클린", "식품", "첨단",
        ]),
        PatternRule("홀딩스", .company, confidence: 0.85, minimumStem: 2),
        PatternRule("소프트", .company, confidence: 0.7, minimumStem: 2, stop: ["하드"]),
        PatternRule("전자", .company, confidence: 0.7, minimumStem: 2, stop: [
            "광", "양", "반도체", "자동차", "의료", "전력", "차량", "소비자", "유기", "인쇄", "가정",
            "생활", "산업", "기초", "응용", "디지털", "분자", "자유", "원자", "음", "열", "가전",
            "국내", "해외", "전기", "광학", "항공", "국방", "방산", "전기",
        ]),
        PatternRule("그룹", .company, confidence: 0.65, minimumStem: 2, stop: [
            "보이", "걸", "아이돌", "스터디", "워킹", "전문가", "상위", "하위", "대조", "실험", "연령",
            "고위험", "저위험", "소득", "시민", "자조", "포커스", "타깃", "타겟", "비교", "중간",
            "최상위", "최하위", "남성", "여성", "투자자", "소수", "다수", "취약", "특정", "일부",
            "주요", "대기업", "중견", "재벌", "연구", "해커", "록", "밴드", "팝", "보컬", "댄스",
            "혼성", "신인", "자회사", "계열", "관계사", "프로젝트", "작업", "사용자", "이용자",
            "고객", "소비자", "환자", "대상", "통제", "위험", "기업", "재계", "금융", "지주", "민간",
            "국내", "해외", "글로벌", "대형", "중소", "상장", "비상장", "전체", "각", "동일", "같은",
            // An industry's groups (`방산그룹`, `반도체그룹`), not one group.
            "방산", "방위산업", "반도체", "자동차", "배터리", "이차전지", "조선", "철강", "유통", "건설",
            "식품", "화학", "석유화학", "정유", "제약", "게임", "통신", "에너지", "해운", "물류", "미디어",
            "엔터", "패션", "뷰티", "플랫폼", "부동산", "가전", "헬스케어", "로봇", "우주", "원전",
            "보험", "제조", "소재", "부품", "장비", "업종", "섹터", "IT", "빅테크", "테크",
        ]),
        PatternRule("증권", .company, confidence: 0.75, minimumStem: 2, stop: [
            "유가", "유동화", "저당", "담보부", "수익", "예탁", "파생결합", "전자", "채무", "지분",
            "상장", "국내", "해외", "외국계", "대형", "중소형", "중소", "주요", "단기", "장기",
            "무기명", "기명", "국채", "회사", "토큰", "지방채", "주식", "채권", "금융", "증권형",
        ]),
        PatternRule("은행", .company, confidence: 0.75, minimumStem: 2, stop: [
            "중앙", "시중", "지방", "인터넷", "인터넷전문", "전문", "국책", "저축", "상호저축", "상업",
            "투자", "세계", "개발", "혈액", "정자", "제대혈", "특수", "일반", "외국", "외국계", "국내",
            "해외", "대형", "주요", "민간", "협동조합", "주거래", "채권", "각", "거래", "식량", "푸드",
            "종자", "뼈", "조혈모", "모유", "지역", "글로벌", "대출", "예금", "토종", "비", "데이터",
            "유전자", "시간", "재능", "장난감", "옷", "책", "주요국", "선진국", "신흥국", "미국", "중국",
            "일본", "유럽", "영국",
        ]),
        PatternRule("보험", .company, confidence: 0.75, minimumStem: 2, evidence: .insurer),
        PatternRule("라이프", .company, confidence: 0.75, minimumStem: 2, evidence: .knownStem),
        PatternRule("항공", .company, confidence: 0.75, minimumStem: 2, stop: [
            "민간", "국제", "상업", "도심", "저비용", "국내", "해외", "여객", "화물", "우주", "군용",
            "무인", "미래", "일반", "민항", "소형", "대형", "초음속", "전기", "수소", "친환경", "지역",
            "국적", "외항", "외국", "정기", "부정기", "전세", "항공", "드론", "미국", "중국", "유럽",
        ]),
        PatternRule("바이오", .company, confidence: 0.65, minimumStem: 2, stop: [
            "레드", "그린", "화이트", "블루", "K", "합성", "디지털", "제약", "의료", "농업", "해양",
            "산업", "첨단", "국내", "해외", "글로벌", "신약", "생명", "차세대", "미래", "뷰티", "푸드",
            "헬스", "한국", "중소", "바이오", "대형", "토종",
        ]),
    ]

    /// Rules by the last scalar of their suffix, so a word is checked only against rules that
    /// can end it.
    static let rulesByLastScalar: [UInt32: [PatternRule]] = {
        var byLast: [UInt32: [PatternRule]] = [:]
        for rule in rules {
            guard let last = rule.suffixScalars.last else { continue }
            byLast[last, default: []].append(rule)
        }
        for key in byLast.keys {
            byLast[key]?.sort { $0.suffixScalars.count > $1.suffixScalars.count }
        }
        return byLast
    }()


    /// Prefixes that mark a public body: the nation, national and the regions.
    static let publicPrefixes = ScalarWordSet([
        "한국", "국립", "국가", "국민", "대한", "중앙", "정부", "공공", "서울", "부산", "대구", "인천",
        "광주", "대전", "울산", "세종", "경기", "강원", "충북", "충남", "충청", "전북", "전남", "전라",
        "경북", "경남", "경상", "제주", "수원", "성남", "고양", "용인", "창원", "청주", "전주", "포항",
        "천안", "김해", "화성", "안산", "안양", "평택", "시흥", "파주", "의정부", "김포", "원주", "춘천",
        "강릉", "여수", "순천", "목포", "구미", "경주", "진주", "거제", "군산", "익산", "세종시",
    ])
    /// Regions whose 시청/도청 is a government office, not watching or wiretapping.
    static let officeRegions = ScalarWordSet([
        "서울", "부산", "대구", "인천", "광주", "대전", "울산", "세종", "경기", "강원", "충청북",
        "충청남", "전라북", "전라남", "경상북", "경상남", "제주", "충북", "충남", "전북", "전남",
        "경북", "경남", "수원", "성남", "고양", "용인", "창원", "청주", "전주", "포항", "천안", "김해",
        "화성", "안산", "안양", "평택", "시흥", "파주", "의정부", "김포", "원주", "춘천", "강릉",
        "여수", "순천", "목포", "구미", "경주", "진주", "거제", "군산", "익산", "부천", "남양주",
        "강원특별자치", "전북특별자치", "제주특별자치", "세종특별자치",
    ])
    /// Countries whose ministries Korean news names, with their short forms (`data/discovery/
    /// countries.tsv`); a name after one is a foreign body.
    static let foreignCountryNames: [String] = DiscoveryTables.countries.flatMap { [$0.name] + $0.shortForms }
    /// Han abbreviations of countries, written glued to the name in headlines (`美상무부`): the
    /// one-scalar short forms outside Hangul.
    static let foreignHanja = ScalarSet(DiscoveryTables.countries.flatMap(\.shortForms).compactMap { form -> UInt32? in
        let scalars = Array(form.unicodeScalars)
        guard scalars.count == 1, !ScalarClass.isHangulSyllable(scalars[0].value), scalars[0].value >= 0x3000 else { return nil }
        return scalars[0].value
    })
    /// Whole words that end in a suffix but never name an organization.
    static let stopWords = ScalarWordSet([
        "정부", "일부", "내부", "외부", "전부", "본부", "세부", "간부", "학부", "여부", "지부",
        "남부", "북부", "중부", "동부", "서부", "상부", "하부", "대부", "국부", "흉부", "복부",
        "두부", "행정부", "사법부", "입법부", "지도부", "수뇌부", "사령부", "지휘부", "집행부",
        "연구원", "진흥원", "평가원", "위원회", "공사", "공단", "재단", "은행", "증권", "보험",
        "그룹", "전자", "항공", "바이오", "소프트", "라이프", "홀딩스", "테크놀로지", "시청",
        "도청", "구청", "군청", "요청", "신청", "초청", "주식회사", "문화재단", "장학재단",
        "자선재단", "공익재단", "민간재단", "가족재단", "비영리재단", "공익법인재단",
    ])
    /// Words that may stand next to a company marker but are not names (`해당 주식회사`).
    static let markerStopWords = ScalarWordSet([
        "해당", "이", "그", "모", "각", "동", "본", "자", "관계", "계열", "신규", "비상장", "상장",
        "외국", "국내", "해외", "같은", "다른", "한", "두", "세", "여러", "주", "회사", "법인",
    ])
    static let foreignCountries = ScalarWordSet(foreignCountryNames)
    /// First scalars of the country names: a cheap test before the word is decoded.
    static let foreignFirstScalars = ScalarSet(foreignCountryNames.compactMap { $0.unicodeScalars.first?.value })
    /// Second scalars of the country names, and the genitive `의` after a one-scalar short form
    /// (`미의`): with the first, a cheap test that rules out most words starting like a country
    /// (`사업에는` starts like 사우디, `그는` like 그리스).
    static let foreignSecondScalars = ScalarSet(foreignCountryNames.compactMap { name -> UInt32? in
        let scalars = Array(name.unicodeScalars)
        return scalars.count >= 2 ? scalars[1].value : nil
    } + [0xC758])
    /// Two-syllable or longer country names, rejected at the start of a name (`미국상무부`).
    static let foreignCountryPrefixes = ScalarWordSet(foreignCountryNames.filter { $0.unicodeScalars.count >= 2 })
    static let excludedSuffixes = ScalarWordSet(["학교", "일보", "신문", "신문사", "방송", "방송사", "통신사"])
    static let excludedParts = ScalarWordSet(["대학", "방송공사"])

    /// Names (and aliases) of gazetteer companies: `카카오` before `…라이프` or `…그룹` is evidence.
    let knownCompanyStems: ScalarWordSet

    // The tables above, held by the instance: every read of a `static let` is a `swift_once`
    // call, and a recognition reads a dozen of them.
    private let rulesByLast: [UInt32: [PatternRule]]
    private let stopWords: ScalarWordSet
    private let markerStopWords: ScalarWordSet
    private let excludedSuffixes: ScalarWordSet
    private let excludedParts: ScalarWordSet
    private let publicPrefixes: ScalarWordSet
    private let officeRegions: ScalarWordSet
    private let foreignCountryPrefixes: ScalarWordSet
    /// `ParticleChains.backward`, for splitting a word into stem and particle chain.
    let chainsBackward: ScalarTrie

    init(knownCompanyStems: Set<String>) {
        self.knownCompanyStems = ScalarWordSet(knownCompanyStems)
        rulesByLast = Self.rulesByLastScalar
        stopWords = Self.stopWords
        markerStopWords = Self.markerStopWords
        excludedSuffixes = Self.excludedSuffixes
        excludedParts = Self.excludedParts
        publicPrefixes = Self.publicPrefixes
        officeRegions = Self.officeRegions
        foreignCountryPrefixes = Self.foreignCountryPrefixes
        chainsBackward = ParticleChains.backward
    }

    /// Examines one whole word; returns how much of it is a name, or nil.
    ///
    /// `foreignContext` is asked only when a government suffix matched: it says whether a
    /// foreign country stands right before the word (`미국 국무부`, `美상무부`).
    func recognize(word: [UInt32], foreignContext: () -> Bool) -> Recognition? {
        var recognition: Recognition?
        ParticleChains.forEachStemLength(of: word, backward: chainsBackward) { stemLength in
            guard stemLength >= 2, let candidates = rulesByLast[word[stemLength - 1]]
            else { return true }
            for rule in candidates {
                let sl = rule.suffixScalars.count
                guard stemLength > sl, word[stemLength - sl..<stemLength].elementsEqual(rule.suffixScalars)
                else { continue }
                if let confidence = accept(
                    name: word[0..<stemLength], stem: word[0..<(stemLength - sl)], rule: rule,
                    foreignContext: foreignContext)
                {
                    recognition = Recognition(
                        nameLength: stemLength, type: rule.type, confidence: confidence, suffix: rule.suffix)
                }
                return false
            }
            return true
        }
        return recognition
    }

    /// A name next to a company marker (`㈜한빛소프트`, `주식회사 가나다`).
    func recognizeMarked(_ name: ArraySlice<UInt32>) -> Bool {
        Self.letterCount(name) >= 2 && !markerStopWords.contains(name)
            && !stopWords.contains(name) && !isExcludedKind(name) && !Self.isCounted(name)
    }

    private func accept(
        name: ArraySlice<UInt32>, stem: ArraySlice<UInt32>, rule: PatternRule,
        foreignContext: () -> Bool
    ) -> Double? {
        if stopWords.contains(name) || isExcludedKind(name) { return nil }
        let letters = Self.letterCount(stem)
        if letters < rule.minimumStem || Self.isCounted(stem) { return nil }
        if rule.stopStemEndings.isSuffix(of: stem) { return nil }
        if rule.agencyOfGovernment && (foreignCountryPrefixes.isPrefix(of: name) || foreignContext()) {
            return nil
        }
        let latinStem = Self.isLatinAcronym(stem)
        let known = knownCompanyStems.contains(stem)
        let publicPrefix = publicPrefixes.isPrefix(of: stem, proper: rule.suffix == "부")
        var confidence = rule.confidence
        switch rule.evidence {
        case .stem:
            if rule.type == .company && (known || latinStem) { confidence = max(confidence, 0.85) }
            if rule.type == .agency && publicPrefix { confidence = min(0.9, confidence + 0.1) }
        case .publicPrefix:
            if !(publicPrefix || latinStem) { return nil }
        case .knownStem:
            if !(known || latinStem) { return nil }
        case .insurer:
            guard let line = Self.insuranceLineLength(stem), stem.count - line >= 2 else { return nil }
        case .office:
            let body = stem.dropLast()
            switch stem.last {
            case 0xC2DC, 0xB3C4:  // 시, 도
                if !officeRegions.contains(body) { return nil }
            case 0xAD6C, 0xAD70:  // 구, 군
                if body.isEmpty { return nil }
            default:
                if letters < 3 { return nil }
            }
        }
        return confidence
    }

    private static func insuranceLineLength(_ stem: ArraySlice<UInt32>) -> Int? {
        for line in ["화재해상", "손해", "화재", "해상", "생명"] {
            let scalars = line.unicodeScalars.map(\.value)
            if stem.count >= scalars.count && stem.suffix(scalars.count).elementsEqual(scalars) {
                return scalars.count
            }
        }
        return nil
    }

    static func letterCount(_ scalars: ArraySlice<UInt32>) -> Int {
        var count = 0
        for c in scalars where ScalarClass.isHangulSyllable(c) || (c < 0x80 && (c | 0x20) &- 0x61 < 26) {
            count += 1
        }
        return count
    }

    /// Universities, schools and media are never tagged. By suffix, so public bodies about
    /// schools or media (사립학교교직원연금공단, 한국언론진흥재단) stay taggable.
    static func isExcludedKind(_ name: ArraySlice<UInt32>) -> Bool {
        excludedSuffixes.isSuffix(of: name) || excludedParts.occurs(in: name)
    }

    /// `isExcludedKind` on the instance's copies of the lists.
    private func isExcludedKind(_ name: ArraySlice<UInt32>) -> Bool {
        excludedSuffixes.isSuffix(of: name) || excludedParts.occurs(in: name)
    }

    static func isExcludedKind(_ name: String) -> Bool {
        isExcludedKind(name.unicodeScalars.map(\.value)[...])
    }

    /// A number plus a counter (`10대그룹`, `3개은행`): a count of organizations, not a name.
    static func isCounted(_ scalars: ArraySlice<UInt32>) -> Bool {
        guard let first = scalars.first, first &- 0x30 < 10 else { return false }
        let letters = scalars.filter { ScalarClass.isHangulSyllable($0) }.count
        return letters < 4
    }

    /// `NIPA`, `SK`, `KoDATA`: two or more capitals, ASCII letters and digits only.
    static func isLatinAcronym(_ scalars: ArraySlice<UInt32>) -> Bool {
        guard scalars.count >= 2, scalars.count <= 12, let first = scalars.first,
              ScalarClass.isASCIIUpper(first)
        else { return false }
        var capitals = 0
        for c in scalars {
            guard ScalarClass.isASCIILetterOrDigit(c) || c == 0x26 else { return false }
            if ScalarClass.isASCIIUpper(c) { capitals += 1 }
        }
        return capitals >= 2
    }

    /// `isLatinAcronym` on bytes taken as scalars (ASCII bytes are their own scalars), for text
    /// next to a parenthesis, without copying it into arrays first.
    static func isLatinAcronym(ascii bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count >= 2, bytes.count <= 12, ScalarClass.isASCIIUpper(UInt32(bytes[0])) else { return false }
        var capitals = 0
        for b in bytes {
            let c = UInt32(b)
            guard ScalarClass.isASCIILetterOrDigit(c) || c == 0x26 else { return false }
            if ScalarClass.isASCIIUpper(c) { capitals += 1 }
        }
        return capitals >= 2
    }
}
