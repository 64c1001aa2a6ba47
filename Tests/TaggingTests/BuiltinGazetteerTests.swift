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
    /// entity when the gazetteer lists it (`미국 국방부`, `美국방부`), otherwise nothing.
    @Test func aForeignCountryBeforeAnAgencyNameMakesItForeign() {
        let tagger = builtinTagger
        let body = "미국 국방부와의 협력은 국방부가 맡는다. 일본의 국토교통부 사례도 美국방부 발표도 참고한다. 미국 엔비디아는 공급을 늘린다."
        let result = tagger.tag(title: "", body: body)
        #expect(result.mentions.map(\.surface) == ["미국 국방부", "국방부", "美국방부", "엔비디아"])
        #expect(result.mentions.map(\.entityName) == ["미국 국방부", "국방부", "미국 국방부", "엔비디아"])
        #expect(result.mentions.dropFirst().first?.start == 13)
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
