import NewsModel
import Testing
@testable import Export

/// `entities.country` holds the gazetteer's country of a public body, read back from the file.
@Suite struct EntityCountryTests {
    @Test func countryIsStoredAndUpdated() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("news.sqlite")
        var builder = ArticleBuilder(
            url: "https://news.example.kr/article/1", title: "가온국 산업청 방문",
            body: "가온국 산업청은 한빛소프트와 다온시청을 방문했다.")
        builder.addEntity("가온국 산업청")
        builder.addEntity("한빛소프트", type: .company, origin: .pattern, confidence: 0.7)
        builder.addEntity("다온시청")
        builder.entities[0].country = "XG"
        builder.entities[2].country = "KR"
        try runOnce(path, [builder.analyzed])
        let select = "SELECT name, country FROM entities ORDER BY entity_id"
        #expect(try rows(path, select) == [
            [.text("가온국 산업청"), .text("XG")], [.text("한빛소프트"), .null], [.text("다온시청"), .text("KR")],
        ])

        // A corrected gazetteer (another country) rewrites the row in a later run.
        var corrected = ArticleBuilder(
            url: "https://news.example.kr/article/2", title: "재발표", body: "가온국 산업청이 다시 발표했다.")
        corrected.addEntity("가온국 산업청")
        corrected.entities[0].country = "XH"
        try runOnce(path, [corrected.analyzed], startedAt: "2025-06-29T03:00:00+09:00")
        #expect(try rows(path, "SELECT country FROM entities WHERE name = '가온국 산업청'") == [[.text("XH")]])
        try expectIntact(path)
    }
}
