import NewsModel
import Testing
@testable import Tagging

/// Pattern entities of `body` as `surface:type:evidence`, in text order.
private func patternNames(_ body: String) throws -> [String] {
    let result = try sampleTagger().tag(title: "", body: body)
    #expect(invariantViolations(result, title: "", body: body).isEmpty)
    let learnt = Dictionary(uniqueKeysWithValues: result.entities.filter { $0.origin == .pattern }.map { ($0.name, $0) })
    return result.mentions.compactMap { mention in
        guard let entity = learnt[mention.entityName] else { return nil }
        return "\(mention.surface):\(entity.type.rawValue):\(entity.evidence ?? "")"
    }
}

/// The long tail of company names: business-type nouns before a name, prefixes that are part of
/// it, quoted names after naming cues, Latin-letter names, lists opened by a type noun, and the
/// wider name suffixes. Every name here is invented.
@Suite struct BusinessTypeTests {
    @Test(arguments: [
        ("중견 건설사 가람누리가 공사를 맡았다", "가람누리:company:appositive:건설사"),
        ("근해 선사 푸른물결과 계약했다", "푸른물결:company:appositive:선사"),
        ("카페리 선사 바다마루가 운항한다", "바다마루:company:appositive:선사"),
        ("수산물 가공업체 해솔찬은 수출을 늘렸다", "해솔찬:company:appositive:가공업체"),
        ("무역상사 다온교역과 계약했다", "다온교역:company:appositive:무역상사"),
        ("민간 시행사인 누리디앤디와 계약했다", "누리디앤디:company:appositive:시행사"),
        ("저비용항공사(LCC) 하늘나래가 취항한다", "하늘나래:company:appositive:저비용항공사"),
        ("독립 제작사 별빛공방이 만들었다", "별빛공방:company:appositive:제작사"),
        ("의약품 도매상 누리약업이 적발됐다", "누리약업:company:appositive:도매상"),
        ("모회사 가온누리로부터 자금을 받았다", "가온누리:company:appositive:모회사"),
        ("스포츠마케팅사 한결스포테인을 인수했다", "한결스포테인:company:appositive:스포츠마케팅사"),
        ("중소 물류사 다솜배송은 문을 닫았다", "다솜배송:company:appositive:물류사"),
        ("인디 브랜드 별빛정원은 매장을 열었다", "별빛정원:company:appositive:브랜드"),
        ("보안 스타트업 Hexa Labs는 투자를 받았다", "Hexa Labs:company:appositive:스타트업"),
        ("미국 제약사 Arcturus Therapeutics와 계약했다", "Arcturus Therapeutics:company:appositive:제약사"),
        ("법무법인 율현이 자문했다", "법무법인 율현:company:prefix:법무법인"),
        ("회계법인 다온이 감사를 맡았다", "회계법인 다온:company:prefix:회계법인"),
        ("스튜디오 달빛나래가 제작했다", "스튜디오 달빛나래:company:prefix:스튜디오"),
        ("Nexel Games는 신작을 냈다", "Nexel Games:company:suffix:Games"),
        ("'온새미'라는 이름의 법인을 세웠다", "온새미:company:quoted:라는 이름의 법인"),
        ("'가온상사'라는 회사를 차렸다", "가온상사:company:quoted:라는 회사"),
        ("'다온상회' 명의로 계좌를 열었다", "다온상회:company:quoted:명의로"),
    ])
    func typeNounsPrefixesAndCues(body: String, expected: String) throws {
        #expect(try patternNames(body) == [expected])
    }

    /// The type noun itself, the common noun after it, people after roles, places and products
    /// are never names.
    @Test(arguments: [
        "캐피털사, 카드사, 보험사 등 2금융권이 긴장했다", "운영사 측은 밝혔다", "핀테크 업체들이 몰렸다",
        "항공사 승무원이 파업했다", "건설사 워크아웃이 이어졌다", "게임사 신작이 나왔다", "시공사 선정을 마쳤다",
        "여행사 패키지 상품이 팔렸다", "법무법인 소속 변호사가 말했다", "스튜디오 촬영을 마쳤다",
        "제작사 대표 홍길동은 말했다", "카드사 연체율이 올랐다", "'홍길동' 명의로 계좌를 열었다",
        "'갤럭시'라는 이름의 스마트폰이 나왔다", "스튜디오 녹음이 끝났다", "서울, 부산, 대구 등 3개 도시에서 열린다",
        "사과, 배, 포도 등 3개 품목이 대상이다", "보안 스타트업 관계자는 말했다", "대행사 선정 과정에서 잡음이 일었다",
        "기업인 특별사면을 건의했다", "도매상인 홍길동 씨",
        "건설사 건설 현장에서 사고가 났다", "선사 시대 유적", "운영사 선정 결과", "모회사 지원을 받았다",
        "항공편이 결항됐다", "지주회사 체제로 바뀐다",
    ])
    func refusesTypeNounsAndCommonNouns(body: String) throws {
        #expect(try patternNames(body) == [])
    }

    /// Two-syllable names right after a type noun, with one more sign of a name: a noun of trade
    /// before the type noun, the name again in the article, or a coordination. They stay in their
    /// article (confidence 0.7, under the run's propagation threshold).
    @Test(arguments: [
        ("물류 업체 해온은 창고를 열었다", ["해온:company:appositive:업체"]),
        ("떡 프랜차이즈 소담은 가맹점을 늘렸다", ["소담:company:appositive:프랜차이즈"]),
        ("보안 스타트업 라움은 투자를 받았다. 라움 관계자는 말했다",
         ["라움:company:appositive:스타트업", "라움:company:appositive:스타트업"]),
        ("중고 거래 플랫폼 누리·다락이 세무조사를 받는다",
         ["누리:company:appositive:플랫폼", "다락:company:list-of:플랫폼"]),
    ])
    func shortNamesAfterATypeNoun(body: String, expected: [String]) throws {
        #expect(try patternNames(body) == expected)
        let result = try sampleTagger().tag(title: "", body: body)
        #expect(result.entities.filter { $0.origin == .pattern }.allSatisfy { $0.confidence < RunDiscoveries.strongConfidence })
    }

    /// A two-syllable word after a prefix (`스튜디오 온새`) is the name's second part when a
    /// particle or a list separator follows and it is no common noun (`스튜디오 촬영을`).
    @Test func shortNamesAfterAPrefix() throws {
        #expect(try patternNames("제작사 스튜디오 온새, 바람픽처스, 원더클리프는 지역 제작을 늘린다") == [
            "스튜디오 온새:company:prefix:스튜디오", "바람픽처스:company:suffix:픽처스",
            "원더클리프:company:list-with:바람픽처스",
        ])
        #expect(try patternNames("스튜디오 촬영을 마쳤다") == [])
        #expect(try patternNames("스튜디오 대관은 무료다") == [])
    }

    /// Every member of a list a type noun heads (`강관 업체 동림과 세강은`), the later ones too.
    @Test(arguments: [
        ("강관 업체 동림과 세강은 수출을 줄였다", ["동림:company:appositive:업체", "세강:company:list-of:업체"]),
        ("부품사 가람, 한빛테크와 도윤정밀이 납품한다",
         ["가람:company:appositive:부품사", "한빛테크:company:suffix:테크", "도윤정밀:company:suffix:정밀"]),
        ("반도체 장비 업체 세원, 한결, 다솔이 수주했다",
         ["세원:company:appositive:업체", "한결:company:list-of:업체", "다솔:company:list-of:업체"]),
        ("시행사 누리디앤디와 가온개발이 맡는다",
         ["누리디앤디:company:appositive:시행사", "가온개발:company:list-of:시행사"]),
    ])
    func coordinationAfterATypeNoun(body: String, expected: [String]) throws {
        #expect(try patternNames(body) == expected)
    }

    /// Common two-syllable words after type nouns, verb phrases after 와/과, places in a list
    /// and names with no second sign: nothing, or only the first name.
    @Test(arguments: [
        ("기업 실적이 좋아졌다", []), ("업체 모두가 반발했다", []), ("국내 기업 규모가 작다", []),
        ("해당 업체 직원이 다쳤다", []), ("기업 스스로 나섰다", []), ("업체 수가 늘었다", []),
        ("조달청은 재입찰 공고를 냈다", []), ("유망한 기업 가치를 본다", []),
        ("국내 업체 해온은 밝혔다", []),
        ("근해 선사 푸른물결과 계약했다", ["푸른물결:company:appositive:선사"]),
        ("미국 반도체 기업 아크라실리콘, 한국에 연구소", ["아크라실리콘:company:appositive:기업"]),
        ("정부는 모태펀드와 성장펀드 출자를 늘린다. 방산그룹과 반도체그룹이 수혜를 본다", []),
    ])
    func shortWordsThatAreNoNames(body: String, expected: [String]) throws {
        #expect(try patternNames(body) == expected)
    }

    /// A two-syllable member of a list with two known companies is one too; places, common
    /// nouns and lists of mostly short words are not.
    @Test func shortMembersOfListsWithKnownCompanies() throws {
        #expect(try patternNames("참여사는 네이버, 카카오, 해온, 다솔데이터 등이다.")
            == ["해온:company:list-with:네이버", "다솔데이터:company:list-with:네이버"])
        #expect(try patternNames("서울, 부산, 네이버, 카카오가 참여했다.") == [])
        #expect(try patternNames("정부, 네이버, 카카오, 업계가 모였다.") == [])
        #expect(try patternNames("네이버, 카카오, 부산의 선사들") == [])
        // One known company is not enough for a short member.
        #expect(try patternNames("네이버, 해온, 다솔데이터 등이 참여했다.") == ["다솔데이터:company:list-with:네이버"])
    }

    @Test func listsOpenedByATypeNoun() throws {
        #expect(try patternNames("참여 기업은 가람소프트웨어, 다솔데이터, 한결정보통신이다.") == [
            "가람소프트웨어:company:appositive:기업", "다솔데이터:company:list-with:가람소프트웨어",
            "한결정보통신:company:list-with:가람소프트웨어",
        ])
        #expect(try patternNames("선사 MSC, ONE, 바다누리 등 3개사가 참여했다") == [
            "MSC:company:appositive:선사", "ONE:company:list-of:선사", "바다누리:company:list-of:선사",
        ])
        // Latin names of several words and acronyms are members too.
        #expect(try patternNames("게임사 가온게임즈, Nexel Games, 별빛놀이 등이 참가했다") == [
            "가온게임즈:company:appositive:게임사", "Nexel Games:company:suffix:Games",
            "별빛놀이:company:list-with:가온게임즈",
        ])
    }

    @Test func listsClosedByACountOfFirms() throws {
        #expect(try patternNames("가온누리, 다솔데이터, 한결솔루션 등 3개사가 참여했다") == [
            "가온누리:company:list-with:한결솔루션", "다솔데이터:company:list-with:한결솔루션",
            "한결솔루션:company:list-count:3개사",
        ])
        #expect(try patternNames("별빛놀이터·미르온 등 2개 업체를 선정했다") == [
            "별빛놀이터:company:list-with:미르온", "미르온:company:list-count:2개 업체",
        ])
        // A type noun closes a list too, after 등 or 같은 and one modifier word.
        #expect(try patternNames("KMX, 바다솔, 하늘마루 등 글로벌 선사들이 참여했다") == [
            "KMX:company:list-with:하늘마루", "바다솔:company:list-with:하늘마루", "하늘마루:company:list-count:선사",
        ])
        #expect(try patternNames("누리텍, 다온텍 같은 중견 업체가 수혜를 입는다") == [
            "누리텍:company:list-with:다온텍", "다온텍:company:list-count:업체",
        ])
        #expect(try patternNames("업체들 가운데 상당수가 문을 닫았다") == [])
        #expect(try patternNames("냉장고, 세탁기 같은 가전 업체의 제품") == [])
        // One name, or common nouns, before the count are no list.
        #expect(try patternNames("가온누리 등 3개사가 참여했다") == [])
        #expect(try patternNames("신라, 고려 등 2개사") == [])
        #expect(try patternNames("반도체, 배터리, 디스플레이 등 3개 기업") == [])
    }

    @Test func listsWithOneKnownCompany() throws {
        #expect(try patternNames("네이버, 다솔데이터, 미르온 등이 참여했다") == [
            "다솔데이터:company:list-with:네이버", "미르온:company:list-with:네이버",
        ])
        // A known name that only starts a member before a comma gives way to the whole word.
        #expect(try patternNames("네이버, 카카오이, 다솔데이터 등이 참여했다") == [
            "카카오이:company:list-with:네이버", "다솔데이터:company:list-with:네이버",
        ])
        // With a public body in the list, one company does not make the rest companies.
        #expect(try patternNames("과기정통부, 네이버, 미르온 등이 참석했다") == [])
        // Particles before commas stay particles.
        #expect(try patternNames("삼성전자도, 카카오도, 네이버도 나섰다") == [])
        // Two members are no list.
        #expect(try patternNames("네이버, 미르온이 손잡았다") == [])
    }

    @Test(arguments: [
        ("한빛종합건설이 공사를 맡았다", "한빛종합건설:company:suffix:종합건설"),
        ("가온해운은 선박을 늘렸다", "가온해운:company:suffix:해운"),
        ("누리상선이 운항한다", "누리상선:company:suffix:상선"),
        ("바다솔수산이 수출했다", "바다솔수산:company:suffix:수산"),
        ("다온물산은 밝혔다", "다온물산:company:suffix:물산"),
        ("한결건설이 수주했다", "한결건설:company:suffix:건설"),
        ("미르산업개발이 분양한다", "미르산업개발:company:suffix:산업개발"),
        ("가람산업이 납품했다", "가람산업:company:suffix:산업"),
        ("누리플랜트가 준공했다", "누리플랜트:company:suffix:플랜트"),
        ("가온에듀가 상장했다", "가온에듀:company:suffix:에듀"),
        ("다온코스메틱은 수출했다", "다온코스메틱:company:suffix:코스메틱"),
        ("한빛로지스가 배송한다", "한빛로지스:company:suffix:로지스"),
        ("누리로지스틱스는 밝혔다", "누리로지스틱스:company:suffix:로지스틱스"),
        ("가온스포츠가 후원한다", "가온스포츠:company:suffix:스포츠"),
        ("별빛픽처스가 배급한다", "별빛픽처스:company:suffix:픽처스"),
        ("다온팜이 재배한다", "다온팜:company:suffix:팜"),
        ("한결인베스트가 투자했다", "한결인베스트:company:suffix:인베스트"),
        ("미르에셋이 운용한다", "미르에셋:company:suffix:에셋"),
        ("누리디앤씨가 시행한다", "누리디앤씨:company:suffix:디앤씨"),
        ("다온테라퓨틱스는 임상을 시작했다", "다온테라퓨틱스:company:suffix:테라퓨틱스"),
        ("가온소재가 양산한다", "가온소재:company:suffix:소재"),
        ("다온정밀이 납품했다", "다온정밀:company:suffix:정밀"),
        ("미르특수강이 증설했다", "미르특수강:company:suffix:특수강"),
        ("가람웍스가 개발했다", "가람웍스:company:suffix:웍스"),
        ("가온반도체가 양산한다", "가온반도체:company:suffix:반도체"),
        ("누리솔교육이 교재를 냈다", "누리솔교육:company:suffix:교육"),
    ])
    func widerSuffixes(body: String, expected: String) throws {
        #expect(try patternNames(body) == [expected])
    }

    @Test(arguments: [
        "방위산업 수출이 늘었다", "주택건설 경기가 나쁘다", "블록체인 기술을 쓴다", "신소재 개발에 나섰다",
        "스마트팜 보급을 늘린다", "프로스포츠 관중이 늘었다", "산업 전반에 퍼졌다", "수산물 수출이 늘었다",
        "첨단소재 기업들이", "보호필름을 붙였다", "초정밀 가공 기술", "리빙랩을 운영한다", "교육 현장에서",
        "콘텐츠산업 육성", "공공주택건설 계획", "밸류체인 전반", "서울 소재 기업", "이온트랩 방식을 맡는다",
        "네이팜 폭탄", "전력반도체 시장", "평생교육 과정", "안전교육을 받았다", "코딩교육 열풍", "사교육비가 늘었다", "시스템반도체 육성", "차량용반도체 부족",
    ])
    func widerSuffixesRefuseCommonNouns(body: String) throws {
        #expect(try patternNames(body) == [])
    }

    /// Bare 두산 and 코오롱 are their groups, standing alone like 삼성 and SK; inside longer words
    /// (`백두산`, `두산에너빌리티`, `코오롱인더스트리`) they are not.
    @Test func moreBareGroupNames() {
        func names(_ body: String) -> [String] {
            builtinTagger.tag(title: "", body: body).mentions.map { "\($0.surface)→\($0.entityName)" }
        }
        #expect(names("삼성과 두산, 코오롱이 투자를 늘린다").contains("두산→두산그룹"))
        #expect(names("삼성과 두산, 코오롱이 투자를 늘린다").contains("코오롱→코오롱그룹"))
        #expect(!names("백두산 관광이 늘었다").contains { $0.hasSuffix("두산그룹") })
        #expect(!names("두산에너빌리티가 수주했다").contains { $0.hasSuffix("두산그룹") })
    }
}
