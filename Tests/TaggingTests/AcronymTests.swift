import NewsModel
import Testing
@testable import Tagging

/// A gazetteer without the acronyms, so every link below comes from the article's own text.
private func taggerWithoutAcronyms() throws -> OrganizationTagger {
    OrganizationTagger(gazetteer: try Gazetteer(tsv: """
        정보통신산업진흥원\tagency\t\t
        한국지능정보사회진흥원\tagency\t\t
        정보통신기획평가원\tagency\t\t
        네이버\tcompany\t\t
        """, source: "t"))
}

@Suite struct AcronymLinkingTests {
    @Test(arguments: [
        "정보통신산업진흥원(NIPA)은 17일 공고했다. NIPA는 올해",
        "NIPA(정보통신산업진흥원)는 17일 공고했다. NIPA는 올해",
        "정보통신산업진흥원 (NIPA)은 17일 공고했다. NIPA는 올해",
        "정보통신산업진흥원(원장 홍길동·NIPA)은 17일 공고했다. NIPA는 올해",
        "정보통신산업진흥원(NIPA, 원장 홍길동)은 17일 공고했다. NIPA는 올해",
    ])
    func definitionLinksEveryOccurrence(body: String) throws {
        let tagger = try taggerWithoutAcronyms()
        let result = tagger.tag(title: "", body: body)
        let nipa = result.mentions.filter { $0.surface == "NIPA" }
        #expect(nipa.count == 2)
        #expect(nipa.allSatisfy { $0.entityName == "정보통신산업진흥원" })
        #expect(result.entities.map(\.name) == ["정보통신산업진흥원"])
        #expect(invariantViolations(result, title: "", body: body).isEmpty)
    }

    @Test func bodyDefinitionLinksTheTitle() throws {
        let tagger = try taggerWithoutAcronyms()
        let title = "NIA, 공공 AI 사업 착수"
        let body = "한국지능정보사회진흥원(원장 김철수·NIA)은 18일 사업에 착수한다고 밝혔다."
        let result = tagger.tag(title: title, body: body)
        #expect(result.mentions.map(\.field) == [.title, .body, .body])
        #expect(result.mentions.map(\.entityName) == Array(repeating: "한국지능정보사회진흥원", count: 3))
        #expect(invariantViolations(result, title: title, body: body).isEmpty)
    }

    @Test func acronymsAreLinkedOnlyWhereDefined() throws {
        let tagger = try taggerWithoutAcronyms()
        #expect(found(tagger, "NIPA는 올해 사업을 공고했다") == [])
        // A definition in one article does not leak into the next.
        _ = tagger.tag(title: "", body: "정보통신산업진흥원(NIPA)")
        #expect(found(tagger, "NIPA는 올해") == [])
    }

    @Test func acronymKeepsItsBoundaries() throws {
        let tagger = try taggerWithoutAcronyms()
        let body = "정보통신기획평가원(IITP)은 IITPX, xIITP, IITP2와 달리 IITP의 사업을"
        #expect(found(tagger, body) == ["정보통신기획평가원", "IITP=정보통신기획평가원", "IITP=정보통신기획평가원"])
    }

    @Test func notAcronymsInParentheses() throws {
        let tagger = try taggerWithoutAcronyms()
        // Stock codes, one capital, lowercase and Korean text are not acronyms.
        let body = "네이버(035420)와 네이버(Naver), 네이버(대표 최수연), 네이버(naver) 네이버(N)"
        #expect(found(tagger, body) == ["네이버", "네이버", "네이버", "네이버", "네이버"])
        #expect(found(tagger, "Naver는 035420 N은") == [])
    }

    @Test func patternEntityAcronym() throws {
        let tagger = try taggerWithoutAcronyms()
        let body = "한국콘텐츠진흥원(KOCCA)은 밝혔다. KOCCA 관계자는"
        let result = tagger.tag(title: "", body: body)
        #expect(result.mentions.map(\.surface) == ["한국콘텐츠진흥원", "KOCCA", "KOCCA"])
        #expect(Set(result.mentions.map(\.entityName)) == ["한국콘텐츠진흥원"])
        #expect(result.entities.first?.origin == .pattern)
    }

    /// When an article defines an acronym the gazetteer gives to someone else, the article is
    /// right about itself (old names, namesakes).
    @Test func articleDefinitionOverridesGazetteerAcronym() throws {
        let tagger = try sampleTagger()
        let body = "당시 한국정보화진흥원(NIA)은 사업을 맡았다. NIA는 이후 이름을 바꿨다."
        let result = tagger.tag(title: "", body: body)
        #expect(result.mentions.map(\.entityName) == ["한국정보화진흥원", "한국정보화진흥원", "한국정보화진흥원"])
        // Without the definition the gazetteer alias holds.
        #expect(found(tagger, "NIA는 이후") == ["NIA=한국지능정보사회진흥원"])
    }

    @Test func firstDefinitionWins() throws {
        let tagger = try taggerWithoutAcronyms()
        let body = "정보통신산업진흥원(NIPA)과 정보통신기획평가원(NIPA)이 NIPA를"
        let result = tagger.tag(title: "", body: body)
        #expect(result.mentions.filter { $0.surface == "NIPA" }.allSatisfy { $0.entityName == "정보통신산업진흥원" })
    }
}
