import NewsModel
import Testing
@testable import Tagging

/// Checks of the curated list. Entries named here are guaranteed to be in the final list; these
/// tests fail against the placeholder list and pass once the curated one is in.
@Suite struct BuiltinGazetteerTests {
    @Test func parsesAndCompiles() {
        let gazetteer = Gazetteer.builtin()
        #expect(gazetteer.count >= 1)
        let tagger = OrganizationTagger(gazetteer: gazetteer)
        #expect(tagger.patternCount >= gazetteer.count)
    }

    @Test(arguments: [
        ("과학기술정보통신부", EntityType.agency, ["과기정통부", "과기부"]),
        ("기획재정부", .agency, ["기재부"]),
        ("산업통상자원부", .agency, ["산업부"]),
        ("행정안전부", .agency, ["행안부"]),
        ("공정거래위원회", .agency, ["공정위"]),
        ("금융위원회", .agency, ["금융위"]),
        ("정보통신산업진흥원", .agency, ["NIPA"]),
        ("한국지능정보사회진흥원", .agency, ["NIA"]),
        ("정보통신기획평가원", .agency, ["IITP"]),
        ("한국전력공사", .agency, ["한전"]),
        ("경찰청", .agency, []),
        ("해양경찰청", .agency, []),
        ("네이버", .company, ["NAVER"]),
        ("네이버클라우드", .company, []),
        ("엔비디아", .company, ["NVIDIA"]),
        ("아마존웹서비스", .company, ["AWS"]),
        ("SK텔레콤", .company, ["SKT"]),
        ("KT", .company, []),
        ("삼성전자", .company, []),
        ("카카오", .company, []),
    ])
    func guaranteedEntry(name: String, type: EntityType, aliases: [String]) throws {
        let tagger = builtinTagger
        for surface in [name] + aliases {
            let body = "이번 사업에는 \(surface)가 참여했다"
            let result = tagger.tag(title: "", body: body)
            #expect(result.mentions.map(\.surface) == [surface], "\(surface)")
            #expect(result.mentions.map(\.entityName) == [name], "\(surface) names \(name)")
            #expect(result.entities.first?.type == type)
            #expect(result.entities.first?.origin == .gazetteer)
        }
    }

    @Test func builtinBoundaries() {
        let tagger = builtinTagger
        let body = "해양경찰청은 경찰청과, 네이버클라우드는 네이버와 협력한다. KTX와 KT는 다르다."
        let result = tagger.tag(title: "", body: body)
        #expect(result.mentions.map(\.entityName) == ["해양경찰청", "경찰청", "네이버클라우드", "네이버", "KT"])
    }

    /// A Korean ministry's name after a country names that country's ministry: the foreign
    /// entity when the gazetteer lists it (`미국 국방부`, `美국방부`), otherwise that country's body
    /// named after it (`일본의 국토교통부` is 일본 국토교통부, country JP), never Korea's.
    @Test func aForeignCountryBeforeAnAgencyNameMakesItForeign() {
        let tagger = builtinTagger
        let body = "미국 국방부와의 협력은 국방부가 맡는다. 일본의 국토교통부 사례도 美국방부 발표도 참고한다. 미국 엔비디아는 공급을 늘린다."
        let result = tagger.tag(title: "", body: body)
        #expect(result.mentions.map(\.surface) == ["미국 국방부", "국방부", "국토교통부", "美국방부", "엔비디아"])
        #expect(result.mentions.map(\.entityName) == ["미국 국방부", "국방부", "일본 국토교통부", "미국 국방부", "엔비디아"])
        #expect(result.mentions.dropFirst().first?.start == 13)
        #expect(result.entities.first { $0.name == "일본 국토교통부" }?.country == "JP")
        #expect(result.entities.first { $0.name == "국방부" }?.country == "KR")
    }

    /// Foreign governments' bodies the gazetteer does not list (`폴란드 국방부`, `사우디 국방부`,
    /// `英 외교부`, `영국 문화부`): agencies of their country, with its ISO code, named by the
    /// country's standard name (data/discovery/countries.tsv) and the body.
    @Test(arguments: [
        ("폴란드 국방부는 전차 도입을 발표했다", "폴란드 국방부", "폴란드 국방부", "PL"),
        ("사우디 국방부가 협력을 제안했다", "사우디 국방부", "사우디아라비아 국방부", "SA"),
        ("인도네시아 해양수산부와 협약을 맺었다", "인도네시아 해양수산부", "인도네시아 해양수산부", "ID"),
        ("英 외교부는 성명을 냈다", "英 외교부", "영국 외교부", "GB"),
        ("영국 문화부가 지원한다", "영국 문화부", "영국 문화부", "GB"),
        ("캐나다 외무부는 반발했다", "캐나다 외무부", "캐나다 외무부", "CA"),
        ("튀르키예 재무부는 밝혔다", "튀르키예 재무부", "튀르키예 재무부", "TR"),
        ("베트남의 교육부는 밝혔다", "교육부", "베트남 교육부", "VN"),
    ])
    func foreignGovernmentBodies(body: String, surface: String, name: String, country: String) {
        let result = builtinTagger.tag(title: "", body: body)
        #expect(result.mentions.map(\.surface) == [surface])
        #expect(result.mentions.map(\.entityName) == [name])
        #expect(result.entities.first?.type == .agency)
        #expect(result.entities.first?.country == country)
        #expect(result.entities.first?.origin == .pattern)
    }

    /// Ministry words with no foreign country before them, or a country with another particle
    /// (a clause of its own): no foreign body. `문화부 기자` is a newsroom's desk.
    @Test(arguments: [
        "문화부 기자가 썼다", "내무부 장관 출신", "폴란드에서 국방부는 밝혔다", "미래 세대를 위해 외무부",
    ])
    func noForeignBodyWithoutItsCountry(body: String) {
        let result = builtinTagger.tag(title: "", body: body)
        #expect(!result.entities.contains { $0.country != nil && $0.country != "KR" }, "\(body)")
        #expect(!result.entities.contains { $0.origin == .pattern }, "\(body)")
    }

    /// Korea's regional private broadcasters are companies under their call-sign brands
    /// (data/gazetteer/media.tsv): `TBC대구방송` and `대구방송` are TBC.
    @Test func regionalBroadcastersAreCompanies() {
        let body = "KNN과 TBC대구방송, kbc광주방송, TJB대전방송이 공동 제작한다. UBC울산방송과 JTV전주방송, CJB청주방송, G1강원민방, JIBS제주방송, OBS경인TV도 참여했다. 대구방송은 밝혔다."
        let result = builtinTagger.tag(title: "", body: body)
        #expect(result.mentions.map(\.entityName) == ["KNN", "TBC", "KBC", "TJB", "UBC", "JTV", "CJB", "G1", "JIBS", "OBS", "TBC"])
        #expect(result.entities.allSatisfy { $0.type == .company && $0.origin == .gazetteer })
    }

    /// Aliases that are everyday words would tag ordinary sentences (`우리는`, `현대 사회`).
    @Test func noAliasIsAnEverydayWord() {
        let everyday: Set<String> = [
            "우리", "하나", "국민", "정부", "한국", "미래", "현대", "대우", "동원", "진로", "경기", "중앙",
            "동부", "서부", "남부", "북부", "대한", "세계", "시장", "기업", "회사", "은행", "경제", "사회",
            "문화", "과학", "기술", "산업", "정보", "통신", "전자", "에너지", "건설", "화학", "서울",
            "AI", "IT", "CEO", "GPU",
        ]
        let clashes = Gazetteer.builtin().entries.flatMap { entry in
            ([entry.name] + entry.aliases).filter(everyday.contains).map { "\($0) (\(entry.name))" }
        }
        #expect(clashes == [])
    }

    /// Universities are never listed; broadcasters are, as companies (data/gazetteer/media.tsv),
    /// under the names news writes (`KBS`, alias `한국방송공사`).
    @Test func noUniversitiesAndBroadcastersAreCompanies() {
        let excluded = Gazetteer.builtin().entries.filter { PatternRecognizer.isExcludedKind($0.name) }
        #expect(excluded.map(\.name) == [])
        for name in ["KBS", "MBC", "SBS", "JTBC", "CJ ENM"] {
            #expect(Gazetteer.builtin().entry(named: name)?.type == .company, "\(name)")
        }
    }
}
