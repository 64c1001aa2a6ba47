import Foundation
import NewsModel
import Testing
@testable import Tagging

@Suite struct ConcurrencyTests {
    /// One tagger serves every worker thread: results must not depend on which thread or how
    /// many run at once (acronym and pattern state is per call).
    @Test func sharedTaggerGivesTheSameResultsOnEveryThread() async throws {
        let tagger = try sampleTagger()
        let articles = (0..<64).map { index in
            (title: "과기정통부, 사업 \(index)",
             body: index.isMultiple(of: 2)
                ? "정보통신산업진흥원(NIPA)은 (주)한빛소프트와 협력한다. NIPA는 \(index)억원을 지원한다."
                : "NIPA는 KT와 네이버클라우드의 사업을 지원한다. 한빛소프트는 참여하지 않는다.")
        }
        let expected = articles.map { tagger.tag(title: $0.title, body: $0.body) }
        let results = await withTaskGroup(of: (Int, TaggingResult).self) { group in
            for round in 0..<4 {
                for (index, article) in articles.enumerated() {
                    group.addTask { (index, tagger.tag(title: article.title, body: article.body + String(repeating: " ", count: round))) }
                }
            }
            var collected: [(Int, TaggingResult)] = []
            for await result in group { collected.append(result) }
            return collected
        }
        #expect(results.count == articles.count * 4)
        for (index, result) in results {
            #expect(result == expected[index])
        }
        // The definition in even articles never leaks into odd ones.
        #expect(expected[1].mentions.allSatisfy { $0.surface != "NIPA" || $0.entityName == "정보통신산업진흥원" })
        // Nor does the (주) evidence: the odd articles know 한빛소프트 by its suffix only.
        #expect(expected[0].entities.first { $0.name == "한빛소프트" }?.confidence == 0.9)
        #expect(expected[1].entities.first { $0.name == "한빛소프트" }?.confidence == 0.7)
    }
}
