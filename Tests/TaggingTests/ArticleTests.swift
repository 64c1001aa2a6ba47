import Foundation
import NewsModel
import Testing
@testable import Tagging

private let articleFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures/articles")

/// A fixture article: first line the title, the rest the body.
private func article(_ name: String) throws -> (title: String, body: String) {
    let text = try String(contentsOf: articleFolder.appendingPathComponent(name), encoding: .utf8)
    let lines = text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)
    return (String(lines[0]), lines.count > 1 ? String(lines[1]) : "")
}

@Suite struct ArticleTests {
    static let articles = ["ai-budget.txt", "energy-police.txt", "edge-cases.txt"]

    @Test(arguments: articles)
    func offsetsSelectTheSurfaceOfEveryMention(name: String) throws {
        let (title, body) = try article(name)
        for tagger in [try sampleTagger(), builtinTagger] {
            let result = tagger.tag(title: title, body: body)
            #expect(!result.mentions.isEmpty)
            #expect(invariantViolations(result, title: title, body: body) == [])
        }
    }

    @Test func aiBudgetArticle() throws {
        let (title, body) = try article("ai-budget.txt")
        let result = try sampleTagger().tag(title: title, body: body)
        let names = Set(result.entities.map(\.name))
        #expect(names.isSuperset(of: [
            "과학기술정보통신부", "정보통신산업진흥원", "한국지능정보사회진흥원", "산업통상자원부", "네이버",
            "네이버클라우드", "카카오", "KT", "SK텔레콤", "엔비디아", "아마존웹서비스", "삼성전자",
            "정보통신기획평가원", "한빛데이터랩", "한국데이터산업진흥원",
        ]))
        // 정보통신기획평가원 is not in the sample list: found by its suffix, IITP by its definition.
        #expect(result.mentions.filter { $0.surface == "IITP" }.map(\.entityName) == ["정보통신기획평가원"])
        #expect(result.mentions.filter { $0.surface == "NIPA" }.count == 4)
        #expect(result.mentions.filter { $0.entityName == "과학기술정보통신부" }.map(\.field) == [.title, .body, .body])
        // Nothing is made of 정부, 일부, 내부, 연구원, 위원 or the amounts.
        #expect(names.allSatisfy { !["정부", "일부", "내부", "연구원", "위원", "선임연구원", "억원"].contains($0) })
        let pattern = result.entities.filter { $0.origin == .pattern }.map(\.name).sorted()
        #expect(pattern == ["기획재정부", "정보통신기획평가원", "한국데이터산업진흥원", "한빛데이터랩"])
    }

    @Test func energyArticle() throws {
        let (title, body) = try article("energy-police.txt")
        let result = try sampleTagger().tag(title: title, body: body)
        let mentions = result.mentions.map { "\($0.surface)=\($0.entityName)" }
        #expect(mentions.contains("해경=해양경찰청"))
        #expect(!mentions.contains { $0.hasPrefix("KT=") && $0.contains("KTX") })
        let pattern = Set(result.entities.filter { $0.origin == .pattern }.map(\.name))
        // 한전 and 행정안전부 are only in the curated list; here 행정안전부 is found by its suffix.
        // 美에너지부 and 미국 국무부 are US bodies the sample list lacks: named after their country.
        #expect(pattern == ["한국전력공사", "중부해양경찰청", "행정안전부", "누리에너지", "가온전자", "서울교통공사", "부산지방국세청",
                            "미국 에너지부", "미국 국무부"])
        #expect(!pattern.contains("에너지부"), "美에너지부 is a foreign ministry")
        #expect(!pattern.contains("국무부"))
        #expect(result.entities.filter { $0.name.hasPrefix("미국 ") }.allSatisfy { $0.country == "US" })
    }

    @Test func edgeCaseArticle() throws {
        let (title, body) = try article("edge-cases.txt")
        let result = try sampleTagger().tag(title: title, body: body)
        let titleSurfaces = result.mentions.filter { $0.field == .title }.map(\.surface)
        #expect(titleSurfaces == ["네이버", "카카오", "KT"])
        let bodySurfaces = result.mentions.filter { $0.field == .body }.map(\.surface)
        #expect(bodySurfaces.filter { $0.hasPrefix("과기") } == [
            "과기부", "과기정통부", "과기정통부", "과기정통부", "과기정통부", "과기정통부", "과기정통부",
        ])
        #expect(!bodySurfaces.contains("naver") && !bodySurfaces.contains("KTX") && !bodySurfaces.contains("kt"))
        #expect(bodySurfaces.last == "엔비디아")
        let pattern = Set(result.entities.filter { $0.origin == .pattern }.map(\.name))
        #expect(pattern == ["다온", "누리", "가온랩"])
    }

    /// Hostile text never crashes and keeps the offsets right.
    @Test(arguments: [
        "", "(", "(주", "(주)", "㈜", "주식회사", "네이버(", "NIPA(", "(NIPA", "정보통신산업진흥원(", "정보통신산업진흥원(NIPA",
        "e\u{301}네이버", "👩‍👩‍👧네이버👍는", "\u{0}네이버\u{0}", String(repeating: "가", count: 5000),
        String(repeating: "네이버", count: 300), String(repeating: "은", count: 50), "네이버" + String(repeating: "는", count: 40),
        "\u{FEFF}KT\u{200B}는", "ＫＴ는 ＮＡＶＥＲ", "KT\r\n네이버\r\n", "㈜㈜㈜", "(주)(주)(주)한빛", "NIPA(NIPA(NIPA))",
    ])
    func hostileInput(body: String) throws {
        for tagger in [try sampleTagger(), builtinTagger] {
            let result = tagger.tag(title: body, body: body)
            #expect(invariantViolations(result, title: body, body: body) == [])
        }
    }
}
