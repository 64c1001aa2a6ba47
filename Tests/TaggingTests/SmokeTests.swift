import Testing
import NewsModel
@testable import Tagging

@Test func smoke() throws {
    let tagger = try sampleTagger()
    let body = "과기정통부는 네이버클라우드와 KT의 협력을 발표했다. 해양경찰청에서는 (주)한빛소프트가 NIPA(정보통신산업진흥원)와 함께 한빛소프트의 KTX 경찰청장 美엔비디아 선임연구원 한국콘텐츠진흥원(KOCCA)은 KOCCA는"
    let r = tagger.tag(title: "네이버, 한국콘텐츠진흥원과 협약", body: body)
    for m in r.mentions { print(m.field, m.start, m.end, m.surface, m.entityName) }
    for e in r.entities { print(e) }
    #expect(invariantViolations(r, title: "네이버, 한국콘텐츠진흥원과 협약", body: body).isEmpty)
}
