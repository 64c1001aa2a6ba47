import NewsModel
import Testing
@testable import Tagging

/// (surface, canonical name, type) of the pattern entities found in `body`.
private func patterns(_ body: String) throws -> [String] {
    let result = try sampleTagger().tag(title: "", body: body)
    #expect(invariantViolations(result, title: "", body: body).isEmpty)
    let learnt = Dictionary(uniqueKeysWithValues: result.entities.filter { $0.origin == .pattern }.map { ($0.name, $0) })
    return result.mentions.compactMap { mention in
        guard let entity = learnt[mention.entityName] else { return nil }
        return "\(mention.surface):\(entity.type.rawValue)"
    }
}

@Suite struct PatternDiscoveryTests {
    @Test(arguments: [
        ("한국콘텐츠진흥원은 지원 사업을 공고했다", "한국콘텐츠진흥원:agency"),
        ("한국교육과정평가원이 발표했다", "한국교육과정평가원:agency"),
        ("서울교통공사는 적자를 냈다", "서울교통공사:agency"),
        ("SH공사가 분양한다", "SH공사:agency"),
        ("국민건강보험공단에 따르면", "국민건강보험공단:agency"),
        ("한국전자통신연구원 연구진", "한국전자통신연구원:agency"),
        ("국가인공지능위원회에서는 논의했다", "국가인공지능위원회:agency"),
        ("4차산업혁명위원회 출범", "4차산업혁명위원회:agency"),
        ("서울시청은 밝혔다", "서울시청:agency"),
        ("강남구청은 밝혔다", "강남구청:agency"),
        ("부산지방국세청에 따르면", "부산지방국세청:agency"),
        ("서울경찰청은 수사에 착수했다", "서울경찰청:agency"),
        ("서울문화재단이 후원한다", "서울문화재단:agency"),
        ("미래창조과학부 시절", "미래창조과학부:agency"),
        ("(주)한빛소프트가 공개했다", "한빛소프트:company"),
        ("㈜다온랩스와 계약했다", "다온랩스:company"),
        ("㈜ 다온랩스와 계약했다", "다온랩스:company"),
        ("주식회사 가온누리는 밝혔다", "가온누리:company"),
        ("누리플랜(주)은 수주했다", "누리플랜:company"),
        ("누리플랜㈜의 실적", "누리플랜:company"),
        ("한빛테크놀로지의 신제품", "한빛테크놀로지:company"),
        ("가온홀딩스 이사회", "가온홀딩스:company"),
        ("누리전자가 출시했다", "누리전자:company"),
        ("SK그룹은 투자한다", "SK그룹:company"),
        ("카카오그룹의 계열사", "카카오그룹:company"),
        ("다온증권 리서치센터", "다온증권:company"),
        ("누리은행에서 대출", "누리은행:company"),
        ("가온손해보험은 출시했다", "가온손해보험:company"),
        ("KB라이프는 밝혔다", "KB라이프:company"),
        ("제주항공이 취항한다", "제주항공:company"),
        ("다온바이오가 임상에 들어갔다", "다온바이오:company"),
    ])
    func discovers(body: String, expected: String) throws {
        #expect(try patterns(body) == [expected])
    }

    /// Words that end like organization names but are not organizations.
    @Test(arguments: [
        "정부는 발표했다", "일부 기업", "내부 검토", "외부에서 영입", "전부 팔았다", "본부장은",
        "선임연구원인 김씨", "책임연구원은 말했다", "연구원들이 실험했다", "연구원은 설명했다",
        "10억원을 투자", "3조원 규모", "위원은 지적했다", "회원 수", "직원에게", "사업부는 흑자",
        "지도부가 결정", "수뇌부는", "도로공사 구간", "보수공사가 끝났다", "건설공사 현장",
        "시중은행은 금리를", "인터넷은행이 늘었다", "중앙은행은 동결", "유가증권시장", "유가증권",
        "자동차보험 손해율", "생명보험 가입", "실손보험을 청구", "걸그룹 공연", "아이돌그룹의 팬",
        "보이그룹 데뷔", "10대그룹 총수", "5대그룹", "반월공단 입주", "산업공단에", "재요청했다",
        "요청했다", "신청서", "수강신청", "TV시청 시간", "거래처를 늘렸다", "납품처", "상처를",
        "대처했다", "문화재단", "장학재단",
        "우주항공 산업", "저비용항공 시장", "레드바이오", "광전자 소자", "디지털라이프 전시",
        "서울대학교", "위원회는 열렸다", "자문위원회", "심사위원회가", "행정부는", "사법부의",
        "3개 은행", "관계부처 합동", "정부부처", "연구원", "재단", "공사", "은행", "그룹",
        "합성바이오", "K바이오", "나노테크놀로지", "전력전자", "스터디그룹", "상위그룹",
        "투자은행", "저축은행", "국책은행이", "혈액은행", "초청했다", "경청했다", "방청객",
        "공단", "우리 그룹", "해당 주식회사", "(주)", "㈜", "주식회사", "한국방송공사", "조선일보",
        "전자정부 서비스를", "지방정부들이", "연방정부는", "가온문화재단이 후원한다", "다솜나눔재단은",
        "정보기술범죄수사부는 기소했다", "공정거래조사부가 압수수색했다", "형사합의부는",
    ])
    func ignoresCommonWords(body: String) throws {
        #expect(try patterns(body) == [])
    }

    @Test func discoveredNameIsFoundAgainEverywhereInTheArticle() throws {
        let tagger = try sampleTagger()
        let title = "한빛소프트, 신작 공개"
        let body = "(주)한빛소프트가 17일 신작을 공개했다. 한빛소프트는 네이버와 협력한다. 한빛소프트측은"
        let result = tagger.tag(title: title, body: body)
        #expect(result.mentions.map(\.surface) == ["한빛소프트", "한빛소프트", "한빛소프트", "네이버", "한빛소프트"])
        let entity = try #require(result.entities.first { $0.name == "한빛소프트" })
        #expect(entity.origin == .pattern)
        #expect(entity.type == .company)
        #expect(entity.confidence == 0.9, "the (주) marker is the strongest evidence")
        #expect(invariantViolations(result, title: title, body: body).isEmpty)
    }

    /// A name known only from a company marker (다온랩스 ends in no suffix) is searched for again:
    /// each occurrence with a word boundary is a mention, the ones already found (after each
    /// marker) only once, and none inside a longer word.
    @Test func markedNameIsFoundAgainOnlyWhereNotFoundYet() throws {
        let tagger = try sampleTagger()
        let title = "다온미르, 신작 공개"
        let body = "㈜다온미르와 계약했다. 다온미르는 17일, 다온미르측은 X다온미르 다온미르의 (주)다온미르"
        let result = tagger.tag(title: title, body: body)
        #expect(result.mentions.map { "\($0.field):\($0.start)-\($0.end)" }
            == ["title:0-4", "body:1-5", "body:13-17", "body:24-28", "body:37-41", "body:46-50"])
        #expect(result.mentions.allSatisfy { $0.surface == "다온미르" && $0.entityName == "다온미르" })
        #expect(result.entities.map(\.name) == ["다온미르"])
        #expect(invariantViolations(result, title: title, body: body).isEmpty)
    }

    @Test func patternNeverOverlapsGazetteer() throws {
        let tagger = try sampleTagger()
        // 정보통신산업진흥원 ends in 진흥원 and 삼성전자 in 전자, but both are listed.
        let result = tagger.tag(title: "", body: "정보통신산업진흥원과 삼성전자, ㈜삼성전자")
        #expect(result.entities.allSatisfy { $0.origin == .gazetteer })
        #expect(result.mentions.map(\.surface) == ["정보통신산업진흥원", "삼성전자", "삼성전자"])
    }

    @Test func confidenceReflectsEvidence() throws {
        let tagger = try sampleTagger()
        let result = tagger.tag(title: "", body: "한국콘텐츠진흥원과 미래창조과학부, 누리전자, 카카오그룹")
        let confidence = Dictionary(uniqueKeysWithValues: result.entities.map { ($0.name, $0.confidence) })
        #expect(confidence["미래창조과학부"] ?? 1 < confidence["한국콘텐츠진흥원"] ?? 0)
        #expect(confidence["누리전자"] ?? 1 < confidence["카카오그룹"] ?? 0, "a known company stem is evidence")
        #expect(result.entities.allSatisfy { $0.confidence > 0 && $0.confidence < 1 })
    }
}
