import Foundation
import NewsModel
import Testing
@testable import Tagging

/// Pattern entities of `body` as `surface:type:evidence`, in text order.
private func discovered(_ body: String, tagger: OrganizationTagger? = nil) throws -> [String] {
    let result = try (tagger ?? sampleTagger()).tag(title: "", body: body)
    #expect(invariantViolations(result, title: "", body: body).isEmpty)
    let learnt = Dictionary(uniqueKeysWithValues: result.entities.filter { $0.origin == .pattern }.map { ($0.name, $0) })
    return result.mentions.compactMap { mention in
        guard let entity = learnt[mention.entityName] else { return nil }
        return "\(mention.surface):\(entity.type.rawValue):\(entity.evidence ?? "")"
    }
}

/// Every mention as `surface→name`.
private func mentions(_ body: String, tagger: OrganizationTagger) -> [String] {
    let result = tagger.tag(title: "", body: body)
    #expect(invariantViolations(result, title: "", body: body).isEmpty)
    return result.mentions.map { "\($0.surface)→\($0.entityName)" }
}

@Suite struct ContextDiscoveryTests {
    @Test(arguments: [
        ("2차전지 소재 기업 가온머티리얼즈는 공장을 세운다", "가온머티리얼즈:company:appositive:기업"),
        ("미국 반도체 기업 넥서스칩스에 투자했다", "넥서스칩스:company:appositive:기업"),
        ("물류 스타트업 바로배송이 투자를 받았다", "바로배송:company:appositive:스타트업"),
        ("스타트업 '온새'가 서비스를 내놨다", "온새:company:quoted:스타트업"),
        ("게임 개발사 ‘별무리’는 신작을 공개했다", "별무리:company:quoted:개발사"),
        ("누리보안 관계자는 \"문제없다\"고 말했다", "누리보안:company:speaker:관계자는"),
        ("다솜교역 측은 사실이 아니라고 밝혔다", "다솜교역:company:speaker:측은"),
        ("다온솔라(대표 홍길동)는 설명회를 열었다", "다온솔라:company:ceo-of"),
        ("미르온 (대표이사 홍길동)이 상장한다", "미르온:company:ceo-of"),
        ("시는 한울마루와 업무협약을 맺었다", "한울마루:company:pact:업무협약"),
        ("가람누리과 MOU를 체결했다", "가람누리:company:pact:MOU"),
        ("공사는 중견 건설사 가람누리가 맡는다", "가람누리:company:appositive:건설사"),
        ("중소 제작사 봄날스튜디오가 맡는다", "봄날스튜디오:company:appositive:제작사"),
        ("두 회사의 합작사인 한빛전구체에서 받는다", "한빛전구체:company:appositive:합작사인"),
    ])
    func discoversFromContext(body: String, expected: String) throws {
        #expect(try discovered(body) == [expected])
    }

    /// Context words next to common nouns, roles, people and verbs: nothing is discovered.
    @Test(arguments: [
        "업계 관계자는 말했다", "정부 관계자는 밝혔다", "회사 측은 부인했다", "피해자 측은 반발했다",
        "김도윤 측은 부인했다", "기업 가치는 올랐다", "국내 기업 경쟁력이 떨어졌다", "기업 투자가 늘었다",
        "반도체 기업 관계자는 말했다", "스타트업 생태계가 커졌다", "기업 대표 홍길동은", "가온상회 대표 홍길동은 말했다",
        "네이버와 협력한 업체", "삼성전자와 협력한다", "결과와 업무협약", "기업 가치 제고에 나섰다",
        "한 관계자는 말했다", "모든 기업 관계자가", "(대표 홍길동)",
        "미국 관세 판결에 한국 기업 '촉각'", "수출 기업 '비상'", "중견 건설사 관계자는 말했다",
        "합작사인 만큼 지분을 나눴다", "자회사인 셈이다",
    ])
    func refusesCommonWords(body: String) throws {
        #expect(try discovered(body) == [])
    }

    @Test func listMembersBesideKnownCompaniesAreCompanies() throws {
        let body = "참여 기업은 네이버클라우드, 다솔데이터, 한결정보통신, 카카오, 별빛정보 등이다."
        #expect(try discovered(body) == [
            "다솔데이터:company:list-with:네이버클라우드", "한결정보통신:company:list-with:네이버클라우드",
            "별빛정보:company:list-with:네이버클라우드",
        ])
        // Middle dots and a closing 와 count too; members before the known one as well.
        #expect(try discovered("다솔데이터·미르온·네이버·카카오와 손잡았다") == [
            "다솔데이터:company:list-with:네이버", "미르온:company:list-with:네이버",
        ])
        // One known company is enough in a punctuated list of three (round 2: real lists name
        // one famous company among several unknown ones).
        #expect(try discovered("다솔데이터·미르온·별빛정보·네이버와 손잡았다") == [
            "다솔데이터:company:list-with:네이버", "미르온:company:list-with:네이버", "별빛정보:company:list-with:네이버",
        ])
        #expect(try discovered("네이버·KT, 스마트홈 AI 동맹") == [])
    }

    /// A type noun after `같은`/`등` says what the list before it holds.
    @Test func listsATypeNounSumsUp() throws {
        #expect(try discovered("예산이 늘면서 빅텍, 한빛방산 같은 중견 업체가 수혜를 봤다") == ["한빛방산:company:list-count:업체"])
        #expect(try discovered("다온랩과 미르온 등 신생 스타트업이 참여했다") == [
            "다온랩:company:suffix:랩", "미르온:company:list-of:스타트업",
        ])
        #expect(try discovered("네이버, 미르온 같은 상장 기업") == ["미르온:company:list-count:기업"])
        // Places, common nouns, a single member and other modifiers are no such list.
        #expect(try discovered("서울, 부산 등 업체 10곳을 조사했다") == [])
        #expect(try discovered("배터리, 반도체 같은 첨단 기업이 늘었다") == [])
        #expect(try discovered("이 같은 중소 기업 환경에서 미르온 같은 중견 업체는 드물다") == [])
        // Without a modifier of size or standing the members are as often sectors.
        #expect(try discovered("핀테크, 프롭테크 등 스타트업과 물류, 커머스 같은 스타트업") == [])
        #expect(try discovered("게임, 엔터테인먼트 등 유망 기업이 몰렸다") == [])
    }

    @Test func listsNeedThreeMembersAndAComma() throws {
        #expect(try discovered("네이버와 다솔데이터가 손잡았다") == [])
        // A phrase after the comma ends the list: 반도체 업계 is not a member.
        #expect(try discovered("네이버, 카카오, 반도체 업계가 모였다") == [])
        // Common nouns in a list stay out.
        #expect(try discovered("네이버, 카카오, 스타트업, 대기업 등이 참석했다") == [])
    }

    @Test(arguments: [
        ("푸른저축은행이 영업정지됐다", "푸른저축은행:company:suffix:저축은행"),
        ("라온인베스트먼트가 투자했다", "라온인베스트먼트:company:suffix:인베스트먼트"),
        ("하늘벤처스는 펀드를 만들었다", "하늘벤처스:company:suffix:벤처스"),
        ("태극디펜스가 수주했다", "태극디펜스:company:suffix:디펜스"),
        ("누리텔레콤의 실적", "누리텔레콤:company:suffix:텔레콤"),
        ("바른로보틱스는 로봇을 만든다", "바른로보틱스:company:suffix:로보틱스"),
        ("산들식품이 출시했다", "산들식품:company:suffix:식품"),
        ("이음앤컴퍼니가 밝혔다", "이음앤컴퍼니:company:suffix:컴퍼니"),
        ("한결인프라는 수주했다", "한결인프라:company:suffix:인프라"),
        ("누리캐피탈이 대출했다", "누리캐피탈:company:suffix:캐피탈"),
        ("가온파트너스가 인수했다", "가온파트너스:company:suffix:파트너스"),
        ("미르중공업은 선박을 만든다", "미르중공업:company:suffix:중공업"),
        ("다온모빌리티는 밝혔다", "다온모빌리티:company:suffix:모빌리티"),
        ("가온에너지가 발전소를 짓는다", "가온에너지:company:suffix:에너지"),
        ("누리제약이 허가를 받았다", "누리제약:company:suffix:제약"),
        ("가온테크다.", "가온테크:company:suffix:테크"),
        ("가온테크였다.", "가온테크:company:suffix:테크"),
    ])
    func widerSuffixes(body: String, expected: String) throws {
        #expect(try discovered(body) == [expected])
    }

    @Test(arguments: [
        "인프라스트럭처가 부족하다", "디지털인프라 투자", "재생에너지 비중", "건강식품 시장", "도심모빌리티 시대",
        "바이오제약 산업", "핀테크 기업들이", "신재생에너지를", "벤처캐피탈이 투자했다",
    ])
    func widerSuffixesRefuseCommonNouns(body: String) throws {
        #expect(try discovered(body) == [])
    }

    /// A name learnt from context anywhere in the article is found at its other mentions.
    @Test func contextNameIsFoundAgainInTheArticle() throws {
        let body = "반도체 기업 넥서스칩스는 공장을 세운다. 넥서스칩스의 매출은 늘었다. 넥서스칩스측은"
        #expect(try discovered(body) == [
            "넥서스칩스:company:appositive:기업", "넥서스칩스:company:appositive:기업", "넥서스칩스:company:appositive:기업",
        ])
    }
}

@Suite struct LongestNameTests {
    static let tsv = sampleTSV + "\n지멘스\tcompany\tSiemens\t\n구글\tcompany\tGoogle\t\n"

    @Test(arguments: [
        ("지멘스 에너지는 풍력 사업을 줄였다", ["지멘스 에너지→지멘스 에너지"]),
        ("구글 코리아가 밝혔다", ["구글 코리아→구글 코리아"]),
        ("지멘스는 에너지 사업을 줄였다", ["지멘스→지멘스"]),
        ("지멘스 에너지 사업부는", ["지멘스 에너지→지멘스 에너지"]),
        ("카카오 그룹 전체가", ["카카오→카카오"]),
        ("다솜테크놀로지 그룹은 밝혔다", ["다솜테크놀로지 그룹→다솜테크놀로지 그룹"]),
    ])
    func longerNameWins(body: String, expected: [String]) throws {
        let tagger = OrganizationTagger(gazetteer: try Gazetteer(tsv: Self.tsv, source: "test"))
        #expect(mentions(body, tagger: tagger) == expected)
    }
}

@Suite struct BylineTests {
    static let tsv = sampleTSV + "\n가온뉴스\tcompany\tGaon News\t\n"

    @Test(arguments: [
        ("(서울=가온뉴스) 홍길동 기자 = 카카오가 밝혔다", ["카카오→카카오"]),
        ("가온뉴스 홍길동 기자 hong@example.com", []),
        ("ⓒ 가온뉴스, 무단 전재 및 재배포 금지", []),
        ("가온뉴스 무단전재 및 재배포 금지", []),
        ("가온뉴스가 제작한 다큐멘터리가 넷플릭스에서 공개됐다", ["가온뉴스→가온뉴스"]),
        ("가온뉴스와 카카오가 손잡았다", ["가온뉴스→가온뉴스", "카카오→카카오"]),
    ])
    func outletSigningThePageIsNoMention(body: String, expected: [String]) throws {
        let tagger = OrganizationTagger(gazetteer: try Gazetteer(tsv: Self.tsv, source: "test"))
        #expect(mentions(body, tagger: tagger) == expected)
    }
}

@Suite struct PlaceAndActorTests {
    static let tsv = """
        name\ttype\tname_en\taliases
        서울특별시 강남구\tagency\tGangnam-gu\t강남구
        세종특별자치시\tagency\tSejong City\t세종시
        부산항만공사\tagency\tBusan Port Authority\t
        경찰청\tagency\tKorean National Police Agency\t
        """

    @Test(arguments: [
        ("서울 강남구에서 열린 행사", [String]()),
        ("세종시에서 만났다", []),
        ("강남구 일대가 붐볐다", []),
        ("서울시청 앞에서 집회가 열렸다", []),
        ("강남구는 지원책을 밝혔다", ["강남구→서울특별시 강남구"]),
        ("세종시와 협약을 맺었다", ["세종시→세종특별자치시"]),
        ("세종시가 예산을 늘렸다", ["세종시→세종특별자치시"]),
        ("서울시청은 발표했다", ["서울시청→서울시청"]),
        ("경찰청에서 발표했다", ["경찰청→경찰청"]),
    ])
    func placeOrActor(body: String, expected: [String]) throws {
        let tagger = OrganizationTagger(gazetteer: try Gazetteer(tsv: Self.tsv, source: "test"))
        #expect(mentions(body, tagger: tagger) == expected)
    }
}

@Suite struct GroupNameTests {
    static let tsv = """
        name\ttype\tname_en\taliases
        삼성그룹\tcompany\tSamsung Group\t삼성
        삼성전자\tcompany\tSamsung Electronics\t
        SK그룹\tcompany\tSK Group\tSK
        SK하이닉스\tcompany\tSK hynix\t
        SK텔레콤\tcompany\tSK Telecom\tSKT
        LG그룹\tcompany\tLG Group\tLG
        LG전자\tcompany\tLG Electronics\t
        현대그룹\tcompany\tHyundai Group\t현대
        현대자동차\tcompany\tHyundai Motor\t
        """

    @Test(arguments: [
        ("삼성과 SK, 현대자동차 등이 참여했다", ["삼성→삼성그룹", "SK→SK그룹", "현대자동차→현대자동차"]),
        ("SK 측과 협업한다", ["SK→SK그룹"]),
        ("삼성은 투자를 늘렸다", ["삼성→삼성그룹"]),
        ("LG.", ["LG→LG그룹"]),
        ("삼성동 삼성역 근처에서 만났다", []),
        ("삼성전자와 SK하이닉스, SKT, LG전자가 참여했다",
         ["삼성전자→삼성전자", "SK하이닉스→SK하이닉스", "SKT→SK텔레콤", "LG전자→LG전자"]),
        ("현대 사회의 문제", []),
        ("현대적인 건물", []),
        ("삼성 반도체 공장", []),
    ])
    func bareGroupNamesStandAlone(body: String, expected: [String]) throws {
        let tagger = OrganizationTagger(gazetteer: try Gazetteer(tsv: Self.tsv, source: "test"))
        #expect(mentions(body, tagger: tagger) == expected)
    }
}

@Suite struct ForeignContextTests {
    static let tsv = """
        name\ttype\tname_en\taliases
        대법원\tagency\tSupreme Court of Korea\t
        미국 연방대법원\tagency\tSupreme Court of the United States\t미국 대법원|미 대법원|美 대법원|연방대법원
        상무부\tagency\t\t
        미국 상무부\tagency\tU.S. Department of Commerce\t미 상무부|美 상무부|美상무부
        중국 상무부\tagency\tMinistry of Commerce of China\t중 상무부|中 상무부
        산업통상자원부\tagency\t\t산업부
        """

    @Test(arguments: [
        ("미 대법원은 판결했다", ["미 대법원→미국 연방대법원"]),
        ("美 상무부가 발표했다", ["美 상무부→미국 상무부"]),
        ("중국 상무부는 반발했다", ["중국 상무부→중국 상무부"]),
        ("미국 정부가 낸 소송에서 대법원은 관세를 위법이라고 봤다", ["대법원→미국 연방대법원"]),
        ("트럼프 대통령의 관세에 대해 대법원이 판단한다", ["대법원→미국 연방대법원"]),
        ("중국이 희토류를 막자 상무부는 대응했다", ["상무부→중국 상무부"]),
        ("대법원은 원심을 확정했다", ["대법원→대법원"]),
        ("미국은 떠났다. 대법원은 원심을 확정했다", ["대법원→대법원"]),
        ("미래 세대를 위해 대법원은", ["대법원→대법원"]),
        // After the article names the foreign court, its bare name is that court; a Korean court
        // named first keeps the bare name, and ministries are never carried over.
        ("미 대법원이 심리를 열었다. 대법원이 판단을 유지하면 환급한다", ["미 대법원→미국 연방대법원", "대법원→미국 연방대법원"]),
        ("대법원은 원심을 확정했다. 미 대법원은 달랐다. 대법원은 다시 밝혔다",
         ["대법원→대법원", "미 대법원→미국 연방대법원", "대법원→대법원"]),
        ("미 상무부가 발표했다. 상무부는 대응했다", ["미 상무부→미국 상무부", "상무부→상무부"]),
        // A foreign body the gazetteer does not have is still not the Korean one: it is that
        // country's, named after it.
        ("일본 산업부는 밝혔다", ["일본 산업부→일본 산업부"]),
    ])
    func koreanNamesInForeignContext(body: String, expected: [String]) throws {
        let tagger = OrganizationTagger(gazetteer: try Gazetteer(tsv: Self.tsv, source: "test"))
        #expect(mentions(body, tagger: tagger) == expected)
    }
}

@Suite struct AliasVariantTests {
    static let tsv = """
        name\ttype\tname_en\taliases
        한국지능정보사회진흥원\tagency\tNIA\t
        국가인공지능위원회\tagency\t\t
        과학기술정보통신부\tagency\t\t과기정통부
        """

    @Test(arguments: [
        ("지능정보사회진흥원은 밝혔다", ["지능정보사회진흥원→한국지능정보사회진흥원"]),
        ("국가AI위원회가 출범했다", ["국가AI위원회→국가인공지능위원회"]),
        ("국가인공지능위원회가 출범했다", ["국가인공지능위원회→국가인공지능위원회"]),
    ])
    func variantsLinkToTheGazetteerEntry(body: String, expected: [String]) throws {
        let tagger = OrganizationTagger(gazetteer: try Gazetteer(tsv: Self.tsv, source: "test"))
        #expect(mentions(body, tagger: tagger) == expected)
    }
}

@Suite struct PropagationTests {
    /// Names discovered elsewhere in the run are matched where no context names them.
    @Test func discoveredNamesAreMatchedWithoutContext() throws {
        let first = try sampleTagger().tag(title: "", body: "반도체 기업 넥서스칩스는 공장을 세운다")
        let strong = first.entities.filter { $0.origin == .pattern }
        #expect(strong.map(\.name) == ["넥서스칩스"])
        let body = "넥서스칩스가 또 투자했다"
        #expect(try discovered(body) == [], "no context, no discovery")
        let tagger = OrganizationTagger(gazetteer: try sampleGazetteer(), discovered: strong)
        let result = tagger.tag(title: "", body: body)
        #expect(result.mentions.map(\.surface) == ["넥서스칩스"])
        let entity = try #require(result.entities.first)
        #expect(entity.origin == .pattern)
        #expect(entity.evidence == "appositive:기업")
        #expect(entity.confidence == 0.8)
    }

    /// Acronyms an article defines are matched in the run's other articles.
    @Test func acronymsDefinedInOneArticleAreMatchedInOthers() throws {
        let first = try sampleTagger().tag(title: "", body: "반도체 기업 넥서스칩스(NXC)와 경찰청(KNPA)이 협약했다")
        #expect(Set(first.acronyms) == [
            DefinedAcronym(acronym: "NXC", entityName: "넥서스칩스"), DefinedAcronym(acronym: "KNPA", entityName: "경찰청"),
        ])
        var run = RunDiscoveries()
        run.add(first)
        #expect(Set(run.acronyms.map(\.acronym)) == ["NXC", "KNPA"])
        let tagger = OrganizationTagger(gazetteer: try sampleGazetteer(), discovered: run.entities, acronyms: run.acronyms)
        #expect(mentions("KNPA는 NXC를 조사했다. NXCA는 아니다", tagger: tagger) == ["KNPA→경찰청", "NXC→넥서스칩스"])
        // Without the run, the second article names nothing.
        #expect(mentions("KNPA는 NXC를 조사했다", tagger: try sampleTagger()) == [])
    }

    @Test func discoveredNamesNeverShadowTheGazetteer() throws {
        let tagger = OrganizationTagger(
            gazetteer: try sampleGazetteer(),
            discovered: [Entity(name: "네이버", type: .agency, origin: .pattern, confidence: 0.8, evidence: "x")])
        let result = tagger.tag(title: "", body: "네이버가 밝혔다")
        #expect(result.entities.map(\.origin) == [.gazetteer])
        #expect(result.entities.map(\.type) == [.company])
    }
}

/// `Sources/Tagging/DiscoveryTables.swift` is generated from `data/discovery/*.tsv`; this fails
/// when someone edits a TSV file without running `scripts/generate_discovery.py`.
@Suite struct DiscoveryTablesTests {
    static let dataFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("data/discovery")

    static func rows(_ file: String) throws -> [[String]] {
        let text = try String(contentsOf: dataFolder.appendingPathComponent(file), encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: true)
            .filter { !$0.hasPrefix("#") && !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        return lines.dropFirst().map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
    }

    @Test func generatedTablesMatchTheData() throws {
        let suffixes = try Self.rows("suffixes.tsv")
        #expect(suffixes.map { $0[0] } == DiscoveryTables.suffixRules.map(\.suffix))
        #expect(suffixes.map { $0.count > 4 ? $0[4].split(separator: "|").map(String.init) : [] }
            == DiscoveryTables.suffixRules.map(\.stop))
        #expect(suffixes.map { Double($0[2]) } == DiscoveryTables.suffixRules.map { Optional($0.confidence) })
        let words = try Self.rows("type_nouns.tsv")
        #expect(words.map { "\($0[0]) \($0[1]) \($0[2])" }
            == DiscoveryTables.contextWords.map { "\($0.word) \($0.role) \($0.type)" })
        #expect(try Self.rows("stop_names.tsv").map { $0[0] } == DiscoveryTables.stopNames)
    }
}

/// Places that the next words make an address, buildings of a body, and bodies written with
/// their branch: all on invented names.
@Suite struct AddressBranchAndForeignTests {
    static let tsv = """
        name\ttype\tname_en\taliases\tcountry
        가온광역시 누리구\tagency\tNuri-gu\t누리구\tKR
        가온해양청\tagency\tGaon Maritime Agency\t\tKR
        가온정보원\tagency\tGaon Information Service\t\tKR
        미국 가온해사국\tagency\tUS Gaon Maritime Bureau\t가온해사국\tUS
        """

    static let tagger = try! OrganizationTagger(gazetteer: Gazetteer(tsv: tsv, source: "test"))

    @Test(arguments: [
        // A district before a landmark or an area is the landmark's address.
        ("누리구 별빛신항 배후부지에 창고를 지었다", [String]()),
        ("누리구 별빛연구단지에 입주했다", []),
        ("누리구 별빛의전당과 광장에서 열렸다", []),
        ("누리구 별빛타워 일대가 붐볐다", []),
        // A body's name before its building or hall is the place.
        ("가온정보원 건물 앞에는 차량이 섰다", []),
        ("가온정보원 남부청사에서 회의가 열렸다", []),
        // As actors they stay.
        ("누리구는 별빛신항 개발 계획을 밝혔다", ["누리구→가온광역시 누리구"]),
        ("가온정보원은 건물 매각을 검토한다", ["가온정보원→가온정보원"]),
        // A country with a particle is a clause of its own, not a marker before the name.
        ("미국에서는 미국 가온해사국이 조사에 나섰다", ["미국 가온해사국→미국 가온해사국"]),
        // A parent body followed by its branch or committee is one body, named as written.
        ("가온해양청 누리지청은 단속을 밝혔다", ["가온해양청 누리지청→가온해양청 누리지청"]),
    ])
    func addressesBuildingsAndBranches(body: String, expected: [String]) {
        #expect(mentions(body, tagger: Self.tagger) == expected)
    }

    @Test func branchKeepsTheParentsCountryAndEvidence() {
        let result = Self.tagger.tag(title: "", body: "가온해양청 누리지청은 단속을 밝혔다")
        let branch = result.entities.first { $0.name == "가온해양청 누리지청" }
        #expect(branch?.country == "KR")
        #expect(branch?.evidence == "branch:가온해양청")
    }
}

@Suite struct SubUnitsProductsAndLoanwordTests {
    @Test(arguments: [
        // A local cooperative written after its county is named with it.
        ("해남 별빛농협이 폐기를 요청했다", "해남 별빛농협:company:suffix:농협"),
        ("가온상호저축은행이 영업정지를 받았다", "가온상호저축은행:company:suffix:상호저축은행"),
        ("신생 항공사 누리에어가 취항한다", "누리에어:company:suffix:에어"),
        // A surname first is no sign of a person when the name ends in a foreign consonant.
        ("모회사 서라닉스로부터 자금을 받았다", "서라닉스:company:appositive:모회사"),
    ])
    func found(body: String, expected: String) throws {
        #expect(try discovered(body, tagger: builtinTagger).contains(expected))
    }

    @Test(arguments: [
        // A numbered department inside a body is no body.
        "누리지방검찰청 금융조사2부는 수사를 시작했다",
        "학습 플랫폼 '가온런'을 전면 도입했다",
        "화장품 브랜드 '달무리'를 출시했다",
        "ADC 플랫폼 기술이전…선급금 받아",
        "부실 은행을 가교저축은행으로 넘겼다",
    ])
    func notFound(body: String) throws {
        let names = try discovered(body, tagger: builtinTagger)
        #expect(!names.contains { $0.hasPrefix("금융조사") || $0.hasPrefix("가온런") || $0.hasPrefix("달무리")
            || $0.hasPrefix("기술이전") || $0.hasPrefix("가교") }, "\(names)")
    }

    @Test func discoveredKoreanAgenciesAreKR() {
        let result = builtinTagger.tag(title: "", body: "누리구청은 계획을 밝혔다")
        let agency = result.entities.first { $0.origin == .pattern && $0.type == .agency }
        #expect(agency?.country == "KR")
        let cooperative = builtinTagger.tag(title: "", body: "해남 별빛농협이 폐기를 요청했다").entities
        #expect(cooperative.map(\.name) == ["해남별빛농협"])
        // The next cooperative of a list is in the same county, and so is its later bare mention.
        let listed = builtinTagger.tag(title: "", body: "해남 별빛농협과 누리농협이 요청했다. 누리농협은 밝혔다.")
        #expect(listed.mentions.map(\.entityName) == ["해남별빛농협", "해남누리농협", "해남누리농협"])
    }
}
